import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { checkedGrowthRate, growthRate } from './index.js';

/** Positive decimals of up to 18 significant digits, 10^-30 … 10^35, with their digits and exponent. */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999_999_999n }), fc.integer({ min: -30, max: 17 }))
  .map(([digits, exponent]) => ({ digits, exponent, value: new Decimal(`${digits}e${exponent}`) }));

const TEN = 10n;

/**
 * `num / den` (den > 0) correctly rounded to 64 significant digits, half to even, as exponent
 * text: an oracle in BigInt arithmetic, independent of the decimal engines.
 */
function rounded(num: bigint, den: bigint): string {
  if (num === 0n) return '0';
  const magnitude = num < 0n ? -num : num;
  // The shift s that puts the quotient's integer part between 10^63 and 10^64.
  let shift = 63 - (magnitude.toString().length - den.toString().length);
  const quotientAt = (s: number) =>
    s >= 0 ? [magnitude * TEN ** BigInt(s), den] : [magnitude, den * TEN ** BigInt(-s)];
  for (;;) {
    const [a = 0n, b = 1n] = quotientAt(shift);
    let q = a / b;
    if (q >= TEN ** 64n) shift -= 1;
    else if (q < TEN ** 63n) shift += 1;
    else {
      const twice = (a - q * b) * 2n;
      if (twice > b || (twice === b && q % 2n === 1n)) q += 1n;
      return `${num < 0n ? '-' : ''}${q}e${-shift}`;
    }
  }
}

describe('checkedGrowthRate', () => {
  it('gives (current − previous) / previous correctly rounded to 64 digits, or OUT_OF_RANGE past 10^36', () => {
    let refused = 0;
    fc.assert(
      fc.property(positive, positive, (current, previous) => {
        // The exact rate as a ratio of integers, both values scaled to the smaller exponent.
        const low = Math.min(current.exponent, previous.exponent);
        const c = current.digits * TEN ** BigInt(current.exponent - low);
        const p = previous.digits * TEN ** BigInt(previous.exponent - low);
        const expected = new Decimal(rounded(c - p, p));
        const outcome = failure(() => checkedGrowthRate(current.value, previous.value));
        if (expected.abs().gte('1e36')) {
          expect(outcome).toMatchObject({ code: 'OUT_OF_RANGE' });
          refused += 1;
        } else {
          expect(outcome).toBeUndefined();
          expect(checkedGrowthRate(current.value, previous.value).eq(expected)).toBe(true);
        }
        // …and growthRate's checks let two Money values in one currency through unchanged.
        const money2 = (x: Decimal) => money(x, 'USD');
        expect(failure(() => growthRate(money2(current.value), money2(previous.value)))).toEqual(
          outcome,
        );
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
