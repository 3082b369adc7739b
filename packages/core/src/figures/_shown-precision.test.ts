import { describe, expect, it } from 'vitest';
import { shownPrecision } from './_shown-precision.js';

describe('shownPrecision', () => {
  it('is one unit of the last digit written, at the stated scale', () => {
    expect(shownPrecision('US$1.5 billion', 'USD').toFixed()).toBe('100000000');
    expect(shownPrecision('491,9 triệu USD', 'USD').toFixed()).toBe('100000');
    expect(shownPrecision('US$1 billion', 'USD').toFixed()).toBe('1000000000');
  });

  it('refuses a text that is not an amount, or in another currency', () => {
    expect(() => shownPrecision('a record high', 'USD')).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIGURE' }),
    );
    expect(() => shownPrecision('1 tỷ VND', 'USD')).toThrowError(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
  });
});
