import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedGrowth } from './implied-growth.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { publishedAmount } from './published-amount.js';

describe('impliedGrowth', () => {
  it('recomputes a growth rate from two rounded levels', () => {
    const growth = impliedGrowth(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedAmount('US$150 million'),
    );
    expect(growth.value.toString()).toBe('6.4');
    expect(formatInterval(growth.interval)).toBe('(6.01328, 6.7893)');
  });

  it('refuses mixed currencies and a zero base', () => {
    const codes = [
      () =>
        impliedGrowth(parsePublishedAmount('US$1 million'), parsePublishedAmount('CNY 1 million')),
      () =>
        impliedGrowth(
          parsePublishedAmount('US$1 million'),
          publishedAmount({ value: '0', currency: 'USD', precision: '1' }),
        ),
    ].map((compute) => {
      try {
        compute();
        return 'none';
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).code;
      }
    });
    expect(codes).toEqual(['CURRENCY_MISMATCH', 'DIVISION_BY_ZERO']);
  });
});
