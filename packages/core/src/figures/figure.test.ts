import { describe, expect, it } from 'vitest';
import type { AmountFigure, RateFigure } from './figure.js';
import { impliedPreviousFigure } from './implied-previous-figure.js';
import { impliedShare } from './implied-share.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';

describe('AmountFigure and RateFigure', () => {
  it('are what published and implied values share', () => {
    const previous: AmountFigure = impliedPreviousFigure(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedRate('up 6.4%'),
    );
    expect(previous.value.div(1e6).toFixed(1)).toBe('150.0');
    const share: RateFigure = impliedShare(
      parsePublishedAmount('US$159.6 million'),
      parsePublishedAmount('US$338.6 million'),
    );
    expect(share.value.toFixed(2)).toBe('47.14');
  });
});
