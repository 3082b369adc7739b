import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { checkedGrowthRate, growthRate } from './index.js';

/** Positive decimals of up to 18 significant digits, 10^-30 … 10^35. */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999_999_999n }), fc.integer({ min: -30, max: 17 }))
  .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));

describe('checkedGrowthRate', () => {
  it('gives growthRate’s rate of two Money values in one currency, or its OUT_OF_RANGE', () => {
    let refused = 0;
    fc.assert(
      fc.property(positive, positive, (current, previous) => {
        const checked = failure(() => checkedGrowthRate(current, previous));
        const expected = failure(() => growthRate(money(current, 'USD'), money(previous, 'USD')));
        expect(checked).toEqual(expected);
        if (expected === undefined) {
          expect(checkedGrowthRate(current, previous).toString()).toBe(
            growthRate(money(current, 'USD'), money(previous, 'USD')).toString(),
          );
        } else refused += 1;
      }),
      propertyRuns(1203, { ci: 500, full: 5000 }),
    );
    // Both outcomes are compared, not only rates.
    expect(refused).toBeGreaterThan(0);
  });

  it('writes the rate of a series’ values', () => {
    expect(checkedGrowthRate(new Decimal('1491.9'), new Decimal('1000')).toString()).toBe('0.4919');
  });
});
