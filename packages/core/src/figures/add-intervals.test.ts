import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, finite, qAdd, roundedArbitrary } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { addIntervals } from './add-intervals.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';

describe('addIntervals', () => {
  it('adds exports and imports of Q1 2021 (seed 003)', () => {
    const total = addIntervals(
      interval('159.55', '159.65', '[)'),
      interval('178.5', '179.5', '[)'),
    );
    expect(formatInterval(total)).toBe('[338.05, 339.15)');
  });

  it('closes an end only when both ends are closed', () => {
    const total = addIntervals(interval('1', '2', '(]'), interval('3', '4', '[]'));
    expect(formatInterval(total)).toBe('(4, 6]');
  });

  it('contains the exact sum of any values within the inputs', () => {
    const figure = roundedArbitrary({ max: 10n ** 12n, maxStep: 9 });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const total = addIntervals(a.range, b.range);
        expect(finite(total)).toBe(true);
        expect(contains(total, qAdd(a.exact, b.exact))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
