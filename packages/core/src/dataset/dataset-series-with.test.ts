import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { datasetFromCompact } from './compact-dataset.js';
import { toCompactDataset } from './compact-dataset-write.js';
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
