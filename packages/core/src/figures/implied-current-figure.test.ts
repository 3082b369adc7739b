import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { impliedCurrentFigure } from './implied-current-figure.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';

describe('impliedCurrentFigure', () => {
  it('grows a published level by a published rate', () => {
    const current = impliedCurrentFigure(
      parsePublishedAmount('US$150 million'),
      parsePublishedRate('up 6.4%'),
    );
    expect(current.value.div(1e6).toString()).toBe('159.6');
    expect(formatInterval(current.interval, { unit: '1e6' })).toBe('[158.993, 160.208)');
  });

  it('refuses a rate that can reach −100 %', () => {
    try {
      impliedCurrentFigure(parsePublishedAmount('US$150 million'), parsePublishedRate('down 100%'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('NON_POSITIVE_BASE');
    }
  });
});
