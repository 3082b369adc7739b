import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { checkImportedDataset } from './_check-imported-dataset.js';
import { ImportLog } from './_report.js';

const source: Source = {
  id: 'seed-004',
  publisher: 'Ministry of Industry and Trade of Vietnam',
  title: 'Promoting border trade, strengthening Vietnam–Laos trade relations',
  date: '2024-10-24',
  language: 'en',
};

function flow(fields: Partial<TradeFlowJson> = {}): TradeFlowJson {
  return {
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'export',
    period: '2024-01/2024-09',
    value: '491900000',
    currency: 'USD',
    status: 'preliminary',
    source: 'seed-004',
    ...fields,
  };
}

function issuesOf(run: () => void) {
  try {
    run();
  } catch (error) {
    if (error instanceof BilateralError) return error.issues;
    throw error;
  }
  throw new Error('checked without an error');
}

describe('checkImportedDataset', () => {
  it('passes a dataset parseDataset accepts', () => {
    const log = new ImportLog(['rows']);
    expect(() =>
      checkImportedDataset({ sources: [source], flows: [flow()] }, 'Import', [3], log),
    ).not.toThrow();
  });

  it("puts a flow's issue at the row it came from, its message followed by the suffix", () => {
    const log = new ImportLog(['records']);
    const document = { sources: [source], flows: [flow(), flow({ source: 'unknown' })] };
    const issues = issuesOf(() =>
      checkImportedDataset(document, 'Import', [2, 7], log, ' (in the imported flow)'),
    );
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.path.slice(0, 2)).toEqual(['records', 7]);
      expect(issue.message).toMatch(/ \(in the imported flow\)$/);
    }
  });

  it("names the row's line for CSV input, as the importer's own checks do", () => {
    const log = new ImportLog(['rows'], (row) => row + 2);
    const big = `1${'0'.repeat(36)}`;
    const issues = issuesOf(() =>
      checkImportedDataset(
        { sources: [source], flows: [flow({ value: big })] },
        'Import',
        [4],
        log,
      ),
    );
    expect(issues).toEqual([
      {
        path: ['rows', 4, 'value'],
        message: expect.stringMatching(/^is past the supported range: .* \(line 6\)$/),
      },
    ]);
  });
});
