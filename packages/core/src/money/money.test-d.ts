import { describe, expectTypeOf, it } from 'vitest';
import { add, compare, type Money, money, subtract, sum } from './index.js';

describe('currency safety in the types', () => {
  const dollars = money('1', 'USD');
  const dong = money('1', 'VND');

  it('keeps the currency literal', () => {
    expectTypeOf(dollars).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(add(dollars, dollars)).toEqualTypeOf<Money<'USD'>>();
  });

  it('refuses to mix known currencies', () => {
    // @ts-expect-error adding dollars to dong is a currency mismatch
    add(dollars, dong);
    // @ts-expect-error subtracting dong from dollars is a currency mismatch
    subtract(dollars, dong);
    // @ts-expect-error comparing dollars with dong is a currency mismatch
    compare(dollars, dong);
    // @ts-expect-error a list of dollars cannot hold dong
    sum<'USD'>([dollars, dong]);
  });

  it('refuses a raw string or number where Money is expected', () => {
    // @ts-expect-error a decimal string is not Money
    add('1', dollars);
    // @ts-expect-error a number is not Money
    add(dollars, 1);
  });
});
