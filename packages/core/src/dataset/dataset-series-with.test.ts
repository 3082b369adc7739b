import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { datasetSeries } from './dataset-series.js';
import { type DatasetSeriesRequest, datasetSeriesWith } from './dataset-series-with.js';

const request: DatasetSeriesRequest = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
  impliedBases: true,
};

describe('datasetSeriesWith', () => {
  it('asks the reader only for level statements without a precision', () => {
    const asked: string[] = [];
    const reader = (text: string, currency: string) => {
      asked.push(`${text} ${currency}`);
      return new Decimal('10000000');
    };
    datasetSeriesWith(vietnamLaos, request, reader);
    const unread = vietnamLaos.statements.filter(
      (s) => s.kind === 'level' && s.amount.precision === undefined,
    );
    expect(unread.length).toBeGreaterThan(0);
    expect(asked.length).toBeGreaterThan(0);
    // Compact data gives every precision: the reader is never called.
    const compact = datasetFromCompact(toCompactDataset(vietnamLaos));
    const never = () => {
      throw new Error('read');
    };
    expect(datasetSeriesWith(compact, request, never)).toEqual(datasetSeries(vietnamLaos, request));
  });

  it("passes on the reader's error", () => {
    const refuse = () => {
      throw new BilateralError('INVALID_DATASET', [{ path: ['statements'], message: 'not yet' }]);
    };
    expect(() => datasetSeriesWith(vietnamLaos, request, refuse)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    );
  });
});

describe('datasetSeriesWith checks its request once, with the errors it always gave', () => {
  // Compact data gives every precision: the reader is never called.
  const compact = datasetFromCompact(toCompactDataset(vietnamLaos));
  const never = () => {
    throw new Error('read');
  };
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof BilateralError ? [error.code, error.issues] : error;
    }
    return undefined;
  };

  it('refuses a dataset whose sources are not an array, at `sources`', () => {
    const odd = { ...compact, sources: 'none' } as unknown as typeof compact;
    expect(failure(() => datasetSeriesWith(odd, request, never))).toEqual([
      'INVALID_INPUT',
      [{ path: ['sources'], message: 'expected the dataset\'s sources (an array), got "none"' }],
    ]);
    // A dataset without sources draws as one whose sources list none.
    const bare = { ...compact, sources: undefined } as unknown as typeof compact;
    const none = { ...compact, sources: [] };
    expect(datasetSeriesWith(bare, request, never)).toEqual(
      datasetSeriesWith(none, request, never),
    );
  });

  it('reports every bad field of the request in one error, and a request source the dataset lacks as before', () => {
    const bad = { reporter: 'vnm', partner: 'LAO', measure: 'exportz', periodKind: 'years' };
    const [code, issues] = failure(() =>
      datasetSeriesWith(compact, bad as unknown as DatasetSeriesRequest, never),
    ) as [string, { path: string[] }[]];
    expect(code).toBe('INVALID_INPUT');
    expect(issues.map((issue) => issue.path)).toEqual([['reporter'], ['measure'], ['periodKind']]);
    const unknown = datasetSeriesWith(compact, { ...request, source: 'no-such' }, never);
    expect(unknown.points).toEqual([]);
  });
});
