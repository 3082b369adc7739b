import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../_internal/decimal.js';
import { coverageRatio, mirrorGap, shareOf, tradeBalance } from '../balance/index.js';
import { type Money, money } from '../money/index.js';
import { requiredRate } from '../targets/index.js';
import { cagr, growthContributions, growthRate, impliedCurrent, impliedPrevious } from './index.js';

describe('Money in, Money out; decimals in, Decimal out', () => {
  const dollars = money('1', 'USD');
  const dong = money('1', 'VND');

  it('keeps the form and the currency of levels', () => {
    expectTypeOf(impliedPrevious(dollars, '0.1')).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(impliedCurrent('1', '0.1')).toEqualTypeOf<Decimal>();
    expectTypeOf(tradeBalance({ exports: dollars, imports: dollars }).balance).toEqualTypeOf<
      Money<'USD'>
    >();
    expectTypeOf(tradeBalance({ exports: '1', imports: 2 }).turnover).toEqualTypeOf<Decimal>();
    expectTypeOf(mirrorGap(dollars, dollars).gap).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(growthRate(dollars, dollars)).toEqualTypeOf<Decimal>();
    expectTypeOf(coverageRatio('1', '2')).toEqualTypeOf<Decimal | null>();
  });

  it('refuses to mix known currencies', () => {
    // @ts-expect-error growth of dollars over dong is a currency mismatch
    growthRate(dollars, dong);
    // @ts-expect-error a CAGR from dollars to dong is a currency mismatch
    cagr(dollars, dong, 2);
    // @ts-expect-error exports in dollars and imports in dong cannot be balanced
    tradeBalance({ exports: dollars, imports: dong });
    // @ts-expect-error a share of dong in dollars is a currency mismatch
    shareOf(dong, dollars);
    // @ts-expect-error a required rate from dollars to dong is a currency mismatch
    requiredRate(dollars, dong, 5);
    // @ts-expect-error the base period is in another currency
    growthContributions({ exports: dollars, imports: dollars }, { exports: dong, imports: dong });
  });

  it('refuses Money mixed with bare decimals', () => {
    // @ts-expect-error Money cannot be compared with a bare decimal
    growthRate(dollars, '1');
    // @ts-expect-error Money exports with bare-decimal imports
    tradeBalance({ exports: dollars, imports: 1 });
  });
});
