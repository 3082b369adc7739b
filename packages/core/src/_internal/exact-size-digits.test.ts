import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from './decimal.js';
import { withExactSizeDigits } from './exact-size-digits.js';

const digitsOf = (decimal: Decimal) => (decimal as unknown as { d?: unknown }).d;

/**
 * Whether the engine is decimal.js, told by its public API (the BigInt engine's constructor has
 * no `add`), not by the `d` it may stop having: an upgrade of decimal.js that renamed or retyped
 * its digits would make `withExactSizeDigits` do nothing, unseen, were the test to ask `d`.
 */
const onDecimalJs = typeof (Decimal as unknown as { add?: unknown }).add === 'function';

/** A decimal text as a dataset, a rate or a computation gives one: zero, negative, 0–36 digits before the point and after it, trailing zeros, exponent forms. */
const decimalText = fc.oneof(
  fc.stringMatching(/^-?\d{1,36}(\.\d{1,36})?$/),
  fc.stringMatching(/^-?[1-9](\.\d{0,63}[1-9])?e[-+]?(\d|[1-2]\d|3[0-5])$/),
  fc.stringMatching(/^-?0\.0{0,60}[1-9]\d{0,3}0{0,5}$/),
  fc.constantFrom(
    '0',
    '-0',
    '0.000',
    '1',
    '-1',
    '10000000',
    '9999999.99999990',
    '9'.repeat(36),
    `-${'9'.repeat(36)}.${'9'.repeat(28)}`,
    '1e-100',
    '-1e-100',
    `${'1'.repeat(30)}.${'1'.repeat(30)}`,
  ),
);

/** Everything the core asks of a decimal alone, in a form `toEqual` compares whole. */
const alone = (x: Decimal) => [
  x.toString(),
  x.toFixed(),
  x.toFixed(2),
  x.toDecimalPlaces(2).toString(),
  x.toSignificantDigits(7).toString(),
  x.isZero(),
  x.isNegative(),
  x.abs().toString(),
  x.neg().toString(),
  x.sd(),
  new Decimal(x).toString(),
  JSON.stringify(x),
];

/** Everything the core asks of two decimals: sums, products, quotients, comparisons. */
const together = (x: Decimal, y: Decimal) => [
  x.plus(y).toString(),
  x.minus(y).toString(),
  x.times(y).toString(),
  y.isZero() ? null : x.div(y).toString(),
  x.cmp(y),
  x.eq(y),
  x.lt(y),
  x.gte(y),
];

describe('withExactSizeDigits', () => {
  it('gives the same decimal, its digits (decimal.js) in an array of their own', () => {
    const read = new Decimal('9234224.57');
    const before = digitsOf(read);
    const compact = withExactSizeDigits(read);
    expect(compact).toBe(read);
    expect(compact.toFixed()).toBe('9234224.57');
    if (onDecimalJs) {
      // decimal.js: a copy of its base-10^7 words. Fails if an upgrade of decimal.js stops
      // holding them in `d` (the copy would silently not be made).
      expect(Array.isArray(before)).toBe(true);
      expect(digitsOf(compact)).not.toBe(before);
      expect(digitsOf(compact)).toEqual([9234224, 5700000]);
    } else {
      // The BigInt engine (browsers) has no digits array, and is left as it is.
      expect(before).toBeUndefined();
      expect(digitsOf(compact)).toBeUndefined();
    }
  });

  it('keeps every value, and every result computed from it, as decimal.js reads it', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const [x, y] = [withExactSizeDigits(new Decimal(a)), withExactSizeDigits(new Decimal(b))];
        const [xRead, yRead] = [new Decimal(a), new Decimal(b)];
        expect(x).toEqual(xRead);
        expect(alone(x)).toEqual(alone(xRead));
        expect(together(x, y)).toEqual(together(xRead, yRead));
        expect(together(x, yRead)).toEqual(together(xRead, yRead));
        expect(together(yRead, x)).toEqual(together(yRead, xRead));
        // No operation changed an operand's digits.
        expect([x, y]).toEqual([new Decimal(a), new Decimal(b)]);
      }),
      propertyRuns(20_261_205, { ci: 300, full: 5000 }),
    );
  });
});
