import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedWhole } from './implied-whole.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';

describe('impliedWhole', () => {
  it("puts Vietnam's Q1 2021 exports to ASEAN at about US$6.65 B (seed 003)", () => {
    const whole = impliedWhole(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedRate('2.4%'),
    );
    expect(whole.value.div(1e9).toFixed(2)).toBe('6.65');
    expect(formatInterval(whole.interval, { unit: '1e9' })).toBe('(6.51224, 6.79362)');
  });

  it('refuses a share that can be zero', () => {
    try {
      impliedWhole(parsePublishedAmount('US$1 million'), parsePublishedRate('0%'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('DIVISION_BY_ZERO');
    }
  });
});
