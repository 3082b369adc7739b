import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedShare } from './implied-share.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { publishedAmount } from './published-amount.js';

describe('impliedShare', () => {
  it('gives the share of exports in turnover (seed 003)', () => {
    const share = impliedShare(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedAmount('US$338.6 million'),
    );
    expect(share.value.toFixed(2)).toBe('47.14');
    expect(formatInterval(share.interval)).toBe('(47.1135, 47.157)');
  });

  it('refuses a whole that can be zero and mixed currencies', () => {
    const codes = [
      () =>
        impliedShare(
          parsePublishedAmount('US$1 million'),
          publishedAmount({ value: '0', currency: 'USD', precision: '1' }),
        ),
      () =>
        impliedShare(parsePublishedAmount('US$1 million'), parsePublishedAmount('THB 5 million')),
    ].map((compute) => {
      try {
        compute();
        return 'none';
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).code;
      }
    });
    expect(codes).toEqual(['DIVISION_BY_ZERO', 'CURRENCY_MISMATCH']);
  });
});
