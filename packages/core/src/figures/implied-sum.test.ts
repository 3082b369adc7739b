import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedSum } from './implied-sum.js';
import { parsePublishedAmount } from './parse-published-amount.js';

describe('impliedSum', () => {
  it('adds exports and imports of Q1 2021 (seed 003)', () => {
    const total = impliedSum([
      parsePublishedAmount('US$159.6 million'),
      parsePublishedAmount('US$179 million'),
    ]);
    expect(total.value.div(1e6).toString()).toBe('338.6');
    expect(formatInterval(total.interval, { unit: '1e6' })).toBe('[338.05, 339.15)');
  });

  it('refuses an empty list and mixed currencies', () => {
    const codes = [
      () => impliedSum([]),
      () => impliedSum([parsePublishedAmount('US$1 million'), parsePublishedAmount('1 tỷ đồng')]),
    ].map((compute) => {
      try {
        compute();
        return 'none';
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).code;
      }
    });
    expect(codes).toEqual(['EMPTY_SERIES', 'CURRENCY_MISMATCH']);
  });
});
