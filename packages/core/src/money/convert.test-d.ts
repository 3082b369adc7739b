import { describe, expectTypeOf, it } from 'vitest';
import type { Series } from '../flow/index.js';
import { add, type ConvertedSeries, convert, convertSeries, type Money, money } from './index.js';

describe('conversion in the types', () => {
  const options = { period: { kind: 'year', year: 2024 } as const, rates: [] };

  it('gives Money in the target currency, which then adds to that currency only', () => {
    const dong = convert(money('1', 'USD'), 'VND', options);
    expectTypeOf(dong).toEqualTypeOf<Money<'VND'>>();
    add(dong, money('1', 'VND'));
    // @ts-expect-error converted dong is not dollars
    add(dong, money('1', 'USD'));
  });

  it('gives a series in the target currency', () => {
    const series = {} as Series<'USD'>;
    expectTypeOf(convertSeries(series, 'LAK', { rates: [] })).toEqualTypeOf<
      ConvertedSeries<'LAK'>
    >();
  });

  it('refuses a conversion without a rate table', () => {
    // @ts-expect-error the rates are required
    convert(money('1', 'USD'), 'VND', { period: options.period });
  });
});
