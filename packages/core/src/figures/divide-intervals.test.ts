import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  closureContains,
  contains,
  finite,
  q,
  qDiv,
  roundedArbitrary,
} from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { divideIntervals } from './divide-intervals.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';

describe('divideIntervals', () => {
  it('divides a part by a whole, rounding outward', () => {
    const share = divideIntervals(
      interval('159.55', '159.65', '[)'),
      interval('338.55', '338.65', '[)'),
    );
    expect(formatInterval(share)).toBe('(0.471135, 0.47157)');
    expect(share.lo.lte('0.47113540') && share.lo.gte('0.47113539')).toBe(true);
  });

  it('handles a negative denominator', () => {
    expect(formatInterval(divideIntervals(interval('1', '2'), interval('-4', '-2')))).toBe(
      '[-1, -0.25]',
    );
  });

  it('refuses a denominator that reaches zero, even at an open end', () => {
    for (const denominator of [
      interval('0', '1', '(]'),
      interval('-1', '1'),
      interval('-1', '0', '[)'),
      interval('0', '0'),
    ]) {
      try {
        divideIntervals(interval('1', '2'), denominator);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        expect((error as BilateralError).code).toBe('DIVISION_BY_ZERO');
      }
    }
  });

  it('contains the exact ratio, or refuses a denominator whose closure holds 0', () => {
    const figure = roundedArbitrary({ max: 10n ** 9n, maxStep: 6 });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        let ratio: ReturnType<typeof divideIntervals>;
        try {
          ratio = divideIntervals(a.range, b.range);
        } catch (error) {
          expect((error as BilateralError).code).toBe('DIVISION_BY_ZERO');
          expect(closureContains(b.range, q(0n))).toBe(true);
          return;
        }
        expect(finite(ratio)).toBe(true);
        expect(contains(ratio, qDiv(a.exact, b.exact))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
