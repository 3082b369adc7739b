import { describe, expectTypeOf, it } from 'vitest';
import type { AmountFigure, RateFigure } from './figure.js';
import { impliedBalance } from './implied-balance.js';
import { impliedGrowth } from './implied-growth.js';
import { impliedPreviousFigure } from './implied-previous-figure.js';
import { impliedSum } from './implied-sum.js';
import { parseStatement, type Statement } from './statement.js';

declare const usd: AmountFigure<'USD'>;
declare const vnd: AmountFigure<'VND'>;
declare const rate: RateFigure;

describe('figures types', () => {
  it('keeps the currency through implied values', () => {
    expectTypeOf(impliedPreviousFigure(usd, rate)).toEqualTypeOf<AmountFigure<'USD'>>();
    expectTypeOf(impliedSum([usd, usd])).toEqualTypeOf<AmountFigure<'USD'>>();
  });

  it('refuses to combine known, different currencies', () => {
    // @ts-expect-error: USD and VND cannot be combined without a conversion
    impliedGrowth(usd, vnd);
    // @ts-expect-error: USD and VND cannot be combined without a conversion
    impliedBalance(usd, vnd);
  });

  it('narrows statements by kind', () => {
    const statement: Statement = parseStatement({});
    if (statement.kind === 'balance') {
      expectTypeOf(statement.claim).toEqualTypeOf<'surplus' | 'deficit'>();
      // @ts-expect-error: a balance claim has no rate
      statement.rate;
    }
  });
});
