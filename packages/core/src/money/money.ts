import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { checkMoney, isMoneyValue } from './check-money.js';
import { currencyMismatch } from './checked-add.js';
import { assertCurrency } from './currency.js';

/**
 * An exact amount of money: a {@link Decimal} and an ISO 4217 currency code. The currency is a
 * type parameter, so TypeScript refuses to add `Money<'USD'>` to `Money<'VND'>` where it knows
 * both codes; at run time the same misuse is a `CURRENCY_MISMATCH` error.
 *
 * @example
 * ```ts
 * const exports: Money<'USD'> = money('491900000', 'USD');
 * exports.amount.toString();
 * //=> '491900000'
 * ```
 *
 * @category Money
 */
export interface Money<C extends string = string> {
  readonly amount: Decimal;
  readonly currency: C;
}

/**
 * Builds {@link Money} from a decimal string, a Decimal, or a finite number (converted through
 * its string form, so `0.1` is exactly one tenth). The currency must be an ISO 4217 code.
 *
 * @param amount - the amount; `NaN`, `Infinity` and non-decimal text are refused (`INVALID_DECIMAL`),
 * and so is an amount past the supported range (`OUT_OF_RANGE`): text and numbers must be less
 * than 10^36 in absolute value with at most 36 digits after the decimal point. `-0` is `0`.
 * @param currency - an ISO 4217 code such as `'USD'` (`INVALID_CURRENCY` otherwise)
 * @returns a frozen Money value
 * @throws {@link BilateralError} `INVALID_DECIMAL`, `OUT_OF_RANGE` or `INVALID_CURRENCY`
 *
 * @example
 * ```ts
 * money('1491.9', 'USD').amount.toFixed(2);
 * //=> '1491.90'
 * money(0.1, 'USD').amount.toString();
 * //=> '0.1'
 * ```
 *
 * @category Money
 */
export function money<C extends string>(amount: DecimalInput, currency: C): Money<C> {
  assertCurrency(currency);
  return Object.freeze({ amount: toDecimal(amount, ['amount']), currency });
}

/**
 * Throws `CURRENCY_MISMATCH` unless every money value has the same currency; returns that code.
 *
 * @param values - a non-empty array of Money
 * @param path - where `values` stands in the caller's input, for the error's issue paths
 * @returns the currency code they share
 * @throws {@link BilateralError} `INVALID_INPUT` when `values` is not an array of Money;
 * `EMPTY_SERIES` when it is empty; `CURRENCY_MISMATCH` naming the index of the first other currency
 *
 * @example
 * ```ts
 * assertSameCurrency([money('1', 'USD'), money('2', 'USD')]);
 * //=> 'USD'
 * ```
 *
 * @category Money
 */
export function assertSameCurrency<C extends string>(
  values: readonly Money<C>[],
  path: IssuePath = [],
): C {
  if (!Array.isArray(values)) {
    throw new BilateralError('INVALID_INPUT', [
      { path, message: `expected an array of Money, got ${describeInput(values)}` },
    ]);
  }
  if (values.length === 0) {
    throw new BilateralError('EMPTY_SERIES', [{ path, message: 'no money values were given' }]);
  }
  const currency = checkMoney(values[0], [...path, 0]).currency as C;
  for (let index = 1; index < values.length; index++) {
    const value = values[index];
    if (!isMoneyValue(value)) checkMoney(value, [...path, index]);
    if ((value as Money).currency !== currency) {
      throw currencyMismatch((value as Money).currency, currency, [...path, index]);
    }
  }
  return currency;
}
