import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import type { Dataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';
import { type DatasetSection, sliceDataset } from './slice-dataset.js';

describe('sliceDataset', () => {
  it('keeps the sections asked for and the sources they cite, in order', () => {
    const series = sliceDataset(vietnamLaos, ['flows', 'statements', 'targets']);
    expect(series.flows).toBe(vietnamLaos.flows);
    expect(series.statements).toBe(vietnamLaos.statements);
    expect(series.targets).toBe(vietnamLaos.targets);
    expect([series.crossings, series.facilities, series.crossingCounts]).toEqual([[], [], []]);
    expect([series.id, series.title]).toEqual([vietnamLaos.id, vietnamLaos.title]);
    const cited = new Set([
      ...vietnamLaos.flows.map((flow) => flow.source),
      ...vietnamLaos.statements.map((statement) => statement.source),
      ...vietnamLaos.targets.map((target) => target.source),
    ]);
    expect(series.sources.map((source) => source.id)).toEqual(
      vietnamLaos.sources.filter((source) => cited.has(source.id)).map((source) => source.id),
    );
    expect(series.sources.length).toBeLessThan(vietnamLaos.sources.length);
  });

  it('draws the same series from the slice as from the whole dataset', () => {
    const series = sliceDataset(vietnamLaos, ['flows', 'statements', 'targets']);
    for (const measure of ['exports', 'imports', 'turnover'] as const) {
      const request = { reporter: 'VNM', partner: 'LAO', measure, periodKind: 'year' } as const;
      expect(datasetSeries(series, request)).toEqual(datasetSeries(vietnamLaos, request));
    }
  });

  it('keeps the crossings with their own sources, and refuses a section that is not one', () => {
    const gates = sliceDataset(vietnamLaos, ['crossings', 'facilities', 'crossingCounts']);
    expect(gates.crossings).toBe(vietnamLaos.crossings);
    expect(gates.flows).toEqual([]);
    expect(gates.sources.length).toBeGreaterThan(0);
    expect(() => sliceDataset(vietnamLaos, ['routes' as DatasetSection])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['sections'] })],
      }),
    );
  });

  it('refuses a dataset that is not one and sections that are not a list, naming each', () => {
    const refusal = (dataset: unknown, sections: unknown) => {
      try {
        sliceDataset(dataset as Dataset, sections as DatasetSection[]);
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return [error.code, error.issues[0]?.path, error.issues[0]?.message];
      }
      return 'not refused';
    };
    expect(refusal(undefined, ['flows'])).toEqual([
      'INVALID_INPUT',
      ['dataset'],
      'expected a Dataset (from parseDataset), got undefined',
    ]);
    expect(refusal(vietnamLaos, 'flows')).toEqual([
      'INVALID_INPUT',
      ['sections'],
      'expected a list of sections (flows, statements, targets, crossings, facilities, crossingCounts), got "flows"',
    ]);
  });
});
