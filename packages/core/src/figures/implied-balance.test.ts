import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedBalance } from './implied-balance.js';
import { parsePublishedAmount } from './parse-published-amount.js';

describe('impliedBalance', () => {
  it('gives a deficit for Vietnam whatever the rounding (seed 004)', () => {
    const balance = impliedBalance(
      parsePublishedAmount('$491.9 million'),
      parsePublishedAmount('$1 billion'),
    );
    expect(balance.value.div(1e6).toString()).toBe('-508.1');
    expect(formatInterval(balance.interval, { unit: '1e6' })).toBe('(-1008.15, -8.05)');
    expect(balance.interval.hi.isNegative()).toBe(true);
  });

  it('refuses mixed currencies', () => {
    expect(() =>
      impliedBalance(parsePublishedAmount('US$1 million'), parsePublishedAmount('LAK 1 million')),
    ).toThrowError(BilateralError);
  });
});
