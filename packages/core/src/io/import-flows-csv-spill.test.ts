import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { memoryStore } from './__fixtures__/memory-spill-store.js';
import { PARTITIONS } from './_observation-spill.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';
import type { SpillStore } from './spill-store.js';

const HEADER = 'reporter,partner,flow,period,commodity,source,value,currency';

/** A row's key: a few of each part, so keys (and series) repeat. */
const KEY = fc.record({
  reporter: fc.constantFrom('VNM', 'LAO'),
  partner: fc.constantFrom('LAO', 'THA', 'THA', 'VNM'),
  flow: fc.constantFrom('export', 'import'),
  period: fc.constantFrom('2023', '2024', '2024-Q1'),
  commodity: fc.constantFrom('', '1001', '10'),
  source: fc.constantFrom('', 'moit'),
});
/** A row's value and currency, drawn for each row (a repeat may have another currency). */
const VALUE = fc.record({
  value: fc.constantFrom('1', '1.5', '1.5', 'x'),
  currency: fc.constantFrom('USD', 'USD', 'LAK'),
});

/** The flows, sources and report of a streamed import, or its error. */
async function outcome(
  text: string,
  options: { spill?: { store: SpillStore; records: number }; examples?: number } = {},
): Promise<unknown> {
  const flows: TradeFlowJson[] = [];
  try {
    const { sources, report } = await importFlowsCsvStream([text], {
      date: '2024-06-01',
      ...options,
      onFlows: (batch) => {
        flows.push(...batch);
      },
    });
    return { sources, flows, report: { ...report } };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { code: error.code, issues: error.issues };
  }
}

const csv = (rows: readonly Record<string, string>[]) =>
  `${[
    HEADER,
    ...rows.map((row) =>
      HEADER.split(',')
        .map((name) => row[name])
        .join(','),
    ),
  ].join('\n')}\n`;

describe('importFlowsCsvStream with spill', () => {
  it('gives exactly what the import in memory gives, whatever the budget: flows, report, issues', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(KEY, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), VALUE), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        async (keys, picks, records) => {
          const text = csv(
            picks.map(([pick, value]) => ({ ...keys[pick % keys.length], ...value })),
          );
          const store = memoryStore();
          const expected = await outcome(text);
          const actual = await outcome(text, { spill: { store, records } });
          expect(actual).toEqual(expected);
          expect(store.live()).toBe(0);
        },
      ),
      propertyRuns(20261202, { ci: 60, full: 2000 }),
    );
  });

  it('finds a repeat past the budget once the file has ended, naming both rows and its line', async () => {
    const store = memoryStore();
    const text = csv([
      {
        reporter: 'VNM',
        partner: 'LAO',
        flow: 'export',
        period: '2024',
        commodity: '',
        source: '',
        value: '1',
        currency: 'USD',
      },
      {
        reporter: 'VNM',
        partner: 'THA',
        flow: 'export',
        period: '2024',
        commodity: '',
        source: '',
        value: '2',
        currency: 'USD',
      },
      {
        reporter: 'VNM',
        partner: 'THA',
        flow: 'export',
        period: '2024',
        commodity: '',
        source: '',
        value: '3',
        currency: 'LAK',
      },
    ]);
    expect(await outcome(text, { spill: { store, records: 1 } })).toEqual({
      code: 'INVALID_IMPORT',
      issues: [
        {
          path: ['rows', 2],
          message:
            'repeats row 1 (line 3): same reporter, partner, flow, period (2024), commodity and source (line 4)',
        },
      ],
    });
    expect(store.made).toBe(PARTITIONS);
    expect(store.live()).toBe(0);
  });

  it('lists the first rows of each note and counts the others', async () => {
    const rows = Array.from({ length: 5 }, (_, at) => ({
      ...{ reporter: 'VNM', partner: 'LAO', flow: 'export', period: `${2020 + at}` },
      ...{ commodity: '', source: '', value: '1', currency: 'USD' },
    }));
    const result = (await outcome(csv(rows), { examples: 2 })) as {
      report: { notes: unknown[] };
    };
    expect(result.report.notes).toContainEqual({
      code: 'default-status',
      rows: [0, 1],
      lines: [2, 3],
      omitted: 3,
      message: expect.any(String),
    });
  });
});
