import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedPreviousFigure } from './implied-previous-figure.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';

describe('impliedPreviousFigure', () => {
  it("puts Vietnam's Q1 2020 exports to Laos at about US$150.0 M (seed 003)", () => {
    const previous = impliedPreviousFigure(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedRate('rose by 6.4%'),
    );
    expect(previous.value.div(1e6).toFixed(1)).toBe('150.0');
    expect(previous.currency).toBe('USD');
    expect(formatInterval(previous.interval, { unit: '1e6' })).toBe('(149.882, 150.118)');
  });

  it('shows how coarse "US$1 billion" up 26.2 % is (seed 004)', () => {
    const previous = impliedPreviousFigure(
      parsePublishedAmount('$1 billion'),
      parsePublishedRate('a rise of 26.2%'),
    );
    expect(formatInterval(previous.interval, { unit: '1e6' })).toBe('(396.039, 1189.07)');
  });

  it('works through a fall', () => {
    const previous = impliedPreviousFigure(
      parsePublishedAmount('US$99 million'),
      parsePublishedRate('down 1%'),
    );
    expect(previous.value.div(1e6).toString()).toBe('100');
  });

  it('refuses a fall of 100 %', () => {
    try {
      impliedPreviousFigure(parsePublishedAmount('US$1 million'), parsePublishedRate('down 100%'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('DIVISION_BY_ZERO');
    }
  });
});
