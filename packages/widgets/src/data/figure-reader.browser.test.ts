import { Decimal } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { precisionsReady, setShownPrecision, shownPrecision } from './figure-reader.js';

const level = (precision?: string) => ({
  kind: 'level',
  amount: { text: 'US$1.5 billion', value: '1500000000', currency: 'USD', precision },
});

describe('the figure reader', () => {
  it('draws statements with every precision given, and waits for the parser otherwise', () => {
    expect(precisionsReady([level('100000000'), { kind: 'growth' }])).toBe(true);
    expect(precisionsReady([level('100000000'), level()])).toBe(false);
    expect(() => shownPrecision('US$1.5 billion', 'USD')).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    );
    setShownPrecision(() => new Decimal('100000000'));
    expect(precisionsReady([level()])).toBe(true);
    expect(shownPrecision('US$1.5 billion', 'USD').toFixed()).toBe('100000000');
  });
});
