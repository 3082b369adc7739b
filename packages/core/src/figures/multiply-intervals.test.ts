import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, finite, qMul, roundedArbitrary } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';
import { multiplyIntervals } from './multiply-intervals.js';

describe('multiplyIntervals', () => {
  it('multiplies a level by a growth factor', () => {
    const product = multiplyIntervals(interval('150', '150'), interval('1.0635', '1.0645', '[)'));
    expect(formatInterval(product)).toBe('[159.525, 159.675)');
  });

  it('handles signs and a closed zero', () => {
    expect(
      formatInterval(multiplyIntervals(interval('-1', '2', '[)'), interval('3', '4', '[)'))),
    ).toBe('(-4, 8)');
    expect(
      formatInterval(multiplyIntervals(interval('0', '1', '[)'), interval('2', '3', '()'))),
    ).toBe('[0, 3)');
    expect(formatInterval(multiplyIntervals(interval('-2', '-1'), interval('-3', '-2')))).toBe(
      '[2, 6]',
    );
  });

  it('contains the exact product of any values within the inputs', () => {
    const figure = roundedArbitrary({ max: 10n ** 9n, maxStep: 6 });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const product = multiplyIntervals(a.range, b.range);
        expect(finite(product)).toBe(true);
        expect(contains(product, qMul(a.exact, b.exact))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
