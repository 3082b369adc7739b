// A fault while implying a base is thrown, not taken for a base that cannot be implied (review
// h160 B9): impliedBase is replaced here so that it can fail as no input makes it fail.
import { describe, expect, it, vi } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { datasetSeries } from './dataset-series.js';

const fault = vi.hoisted(() => ({ error: undefined as unknown }));

vi.mock('../_internal/implied-base.js', async (load) => {
  const actual = await load<typeof import('../_internal/implied-base.js')>();
  return {
    ...actual,
    impliedBase: (...args: Parameters<typeof actual.impliedBase>) => {
      if (fault.error !== undefined) throw fault.error;
      return actual.impliedBase(...args);
    },
  };
});

const request = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  periodKind: 'year',
  impliedBases: true,
} as const;

const implied = () =>
  datasetSeries(vietnamLaos, request).points.filter((point) => point.derivation !== undefined);

describe('checkedDatasetSeries implying bases', () => {
  it('skips a base whose amount is past the supported range, and throws any other error', () => {
    fault.error = undefined;
    expect(implied().length).toBeGreaterThan(0);
    try {
      fault.error = new BilateralError('OUT_OF_RANGE', [{ path: [], message: 'past the range' }]);
      expect(implied()).toEqual([]);
      // Before h171 a fault was swallowed too, and the base silently left out.
      fault.error = new TypeError('a fault');
      expect(implied).toThrow(TypeError);
    } finally {
      fault.error = undefined;
    }
  });
});
