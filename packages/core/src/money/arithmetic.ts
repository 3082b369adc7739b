import { checkRange } from '../_internal/decimal-range.js';
import { checkMoney } from './check-money.js';
import { checkedAdd, exact } from './checked-add.js';
import { assertSameCurrency, type Money } from './money.js';

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `a + b`, exact
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT`
 * when either is not Money; `PRECISION_EXCEEDED` when the exact sum needs more than 64 significant
 * digits; `OUT_OF_RANGE` when it reaches 10^36
 *
 * @example
 * ```ts
 * add(money('159.6', 'USD'), money('179', 'USD')).amount.toString();
 * //=> '338.6'
 * ```
 *
 * @category Money
 */
export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency([a, b]);
  return checkedAdd(a, b);
}

/**
 * Subtracts `b` from `a` (same currency), exactly. The result may be negative.
 *
 * @param a - the amount to subtract from
 * @param b - the amount subtracted, in the same currency
 * @returns `a − b`, exact
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT`
 * when either is not Money; `PRECISION_EXCEEDED` when the exact difference needs more than 64
 * significant digits; `OUT_OF_RANGE` when it reaches 10^36 in absolute value
 *
 * @example
 * ```ts
 * subtract(money('491.9', 'USD'), money('1000', 'USD')).amount.toString();
 * //=> '-508.1'
 * ```
 *
 * @category Money
 */
export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency([a, b]);
  const amount = checkRange(exact(a.amount, b.amount, 'minus'), 'the difference');
  return Object.freeze({ amount, currency: a.currency });
}

/**
 * Sums a non-empty list of amounts of one currency, exactly.
 *
 * @param values - an array of Money of one currency
 * @returns the exact total
 * @throws {@link BilateralError} `EMPTY_SERIES` for an empty list, `CURRENCY_MISMATCH` (naming the
 * index) for mixed currencies, `INVALID_INPUT` for anything but an array of Money (naming the
 * index), `PRECISION_EXCEEDED` when the exact total needs more than 64 significant digits,
 * `OUT_OF_RANGE` when it reaches 10^36 in absolute value
 *
 * @example
 * ```ts
 * sum([money('1', 'USD'), money('2.5', 'USD')]).amount.toString();
 * //=> '3.5'
 * ```
 *
 * @category Money
 */
export function sum<C extends string>(values: readonly Money<C>[]): Money<C> {
  const currency = assertSameCurrency(values);
  let total = (values[0] as Money<C>).amount;
  for (let index = 1; index < values.length; index++) {
    total = exact(total, (values[index] as Money<C>).amount, 'plus');
  }
  return Object.freeze({ amount: checkRange(total, 'the sum'), currency });
}

/**
 * Compares two amounts of the same currency: `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * (usable as an `Array.prototype.sort` comparator).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `-1`, `0` or `1`
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT`
 * when either is not Money
 *
 * @example
 * ```ts
 * compare(money('1.50', 'USD'), money('1.5', 'USD'));
 * //=> 0
 * ```
 *
 * @category Money
 */
export function compare<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency([a, b]);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Whether two money values have the same currency and numerically equal amounts
 * (`1.50` equals `1.5`). Unlike {@link compare}, different currencies give `false`.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns whether they are the same amount of the same currency
 * @throws {@link BilateralError} `INVALID_INPUT` when either is not Money
 *
 * @example
 * ```ts
 * equals(money('1.50', 'USD'), money('1.5', 'USD'));
 * //=> true
 * ```
 *
 * @category Money
 */
export function equals(a: Money, b: Money): boolean {
  const x = checkMoney(a, [0]);
  const y = checkMoney(b, [1]);
  return x.currency === y.currency && x.amount.eq(y.amount);
}
