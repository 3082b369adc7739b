import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, finite, qSub, roundedArbitrary } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';
import { subtractIntervals } from './subtract-intervals.js';

describe('subtractIntervals', () => {
  it('gives the balance of nine months 2024 (seed 004) with crossed ends', () => {
    const balance = subtractIntervals(
      interval('491.85', '491.95', '[)'),
      interval('500', '1500', '[)'),
    );
    expect(formatInterval(balance)).toBe('(-1008.15, -8.05)');
  });

  it('contains the exact difference of any values within the inputs', () => {
    const figure = roundedArbitrary({ max: 10n ** 12n, maxStep: 9 });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const difference = subtractIntervals(a.range, b.range);
        expect(finite(difference)).toBe(true);
        expect(contains(difference, qSub(a.exact, b.exact))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
