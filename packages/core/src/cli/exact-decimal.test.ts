import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { exactOf, exponent, plainText } from './exact-decimal.js';

describe('exact decimals', () => {
  it('reads and writes plain decimal text as Decimal does (toFixed, e), any sign and places', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: -10, max: 30 }),
        (digits, places) => {
          const decimal = new Decimal(`${digits}e${-places}`);
          const x = exactOf(decimal.toFixed(), 60);
          expect(x).toBeDefined();
          if (x === undefined) return;
          expect([plainText(x), exponent(x)]).toEqual([decimal.toFixed(), decimal.e]);
          const negative = digits < 0n;
          const written = { negative, digits: negative ? -digits : digits, places };
          expect(plainText(written)).toBe(decimal.toFixed());
        },
      ),
      propertyRuns(0xe8, { ci: 1000, full: 20000 }),
    );
  });

  it('refuses other texts and more digits than asked, and never reads a negative zero', () => {
    expect(exactOf('1e5', 60)).toBeUndefined();
    expect(exactOf('12.', 60)).toBeUndefined();
    expect(exactOf('1234', 3)).toBeUndefined();
    expect(exactOf('0001.200', 4)).toEqual({ negative: false, digits: 1200n, places: 3 });
    expect(exactOf('-0.00', 60)).toEqual({ negative: false, digits: 0n, places: 2 });
  });
});
