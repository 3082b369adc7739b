import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { contains, decimalText, finite, q, qMul, roundedArbitrary } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';
import { scaleInterval } from './scale-interval.js';

describe('scaleInterval', () => {
  it('turns percent into a fraction exactly', () => {
    expect(formatInterval(scaleInterval(interval('25.45', '25.55', '[)'), '0.01'))).toBe(
      '[0.2545, 0.2555)',
    );
  });

  it('swaps the ends for a negative factor and collapses for zero', () => {
    expect(formatInterval(scaleInterval(interval('1.05', '1.15', '[)'), -1))).toBe(
      '(-1.15, -1.05]',
    );
    expect(formatInterval(scaleInterval(interval('1', '2', '()'), 0))).toBe('[0, 0]');
  });

  it('refuses a factor that is not a finite decimal', () => {
    expect(() => scaleInterval(interval('1', '2'), Number.NaN)).toThrowError(BilateralError);
  });

  it('contains k·x for any x within the input and any exact k', () => {
    const figure = roundedArbitrary({ max: 10n ** 12n, maxStep: 9 });
    const factor = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((n) => q(n, 10n ** 4n));
    fc.assert(
      fc.property(figure, factor, (a, k) => {
        const scaled = scaleInterval(a.range, decimalText(k));
        expect(finite(scaled)).toBe(true);
        expect(contains(scaled, qMul(a.exact, k))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
