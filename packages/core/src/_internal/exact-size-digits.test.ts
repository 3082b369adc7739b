import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from './decimal.js';
import { withExactSizeDigits } from './exact-size-digits.js';

describe('withExactSizeDigits', () => {
  it('gives the same decimal, its digits (decimal.js) in an array of their own', () => {
    const read = new Decimal('9234224.57');
    const digitsOf = (decimal: Decimal) => (decimal as unknown as { d?: unknown }).d;
    const before = digitsOf(read);
    const compact = withExactSizeDigits(read);
    expect(compact).toBe(read);
    expect(compact.toFixed()).toBe('9234224.57');
    // decimal.js: a copy of the words; the BigInt engine (browsers) has none and is left as it is.
    if (Array.isArray(before)) {
      expect(digitsOf(compact)).not.toBe(before);
      expect(digitsOf(compact)).toEqual([9234224, 5700000]);
    } else {
      expect(digitsOf(compact)).toBe(before);
    }
  });

  it('keeps every value as decimal.js reads it (random texts of up to 36 digits)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,36}(\.\d{1,36})?$/), (text) => {
        const compact = withExactSizeDigits(new Decimal(text));
        expect(compact).toEqual(new Decimal(text));
        expect(compact.toFixed()).toBe(new Decimal(text).toFixed());
        expect(compact.plus(1).eq(new Decimal(text).plus(1))).toBe(true);
      }),
      propertyRuns(20_261_205, { ci: 500, full: 5000 }),
    );
  });
});
