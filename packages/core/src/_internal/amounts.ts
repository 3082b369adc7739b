import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Amount } from '../growth/amount.js';
import { checkMoney } from '../money/check-money.js';
import { type Money, money } from '../money/money.js';
import { Decimal, type DecimalInput } from './decimal.js';
import { assertRateAboveMinusOne } from './growth-checks.js';
import { toDecimal } from './to-decimal.js';

export type { Amount, LevelOf } from '../growth/amount.js';
export { assertPositiveBase } from './growth-checks.js';

/** Levels read from {@link Amount}s: their decimals, and the shared currency (`null` for bare decimals). */
export interface ReadAmounts<K extends string> {
  readonly values: Readonly<Record<K, Decimal>>;
  readonly currency: string | null;
}

/** Whether a value given as an {@link Amount} is meant as Money: any object but a Decimal. */
function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && !Decimal.isDecimal(value);
}

/**
 * Reads named amounts: all Money of one currency, or all bare decimals. Bare decimals go through
 * `toDecimal`; Money is checked to be Money, its amount a Decimal in the supported range.
 *
 * @throws BilateralError `CURRENCY_MISMATCH` when currencies differ or Money is mixed with bare
 * decimals; `INVALID_DECIMAL` for a value that is not a finite decimal; `INVALID_INPUT` for an
 * object that is not Money; `OUT_OF_RANGE` for a value past the supported range. Issues name
 * `[...path, key]`, or `paths[key]` where given.
 */
export function readAmounts<K extends string>(
  amounts: Readonly<Record<K, Amount>>,
  path: IssuePath = [],
  paths?: Readonly<Record<K, IssuePath>>,
): ReadAmounts<K> {
  const values = {} as Record<K, Decimal>;
  let currency: string | null | undefined;
  let firstKey = '';
  for (const key of Object.keys(amounts) as K[]) {
    const value = amounts[key];
    const at = paths?.[key] ?? [...path, key];
    const own = isMoney(value) ? checkMoney(value, at).currency : null;
    if (currency === undefined) {
      currency = own;
      firstKey = key;
    } else if (own !== currency) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: at,
          message:
            own === null || currency === null
              ? `cannot combine ${amountKind(own)} with ${amountKind(currency)} (${firstKey}): pass Money for both or bare decimals for both`
              : `cannot combine ${own} with ${currency} (${firstKey}) without an explicit, dated conversion`,
        },
      ]);
    }
    values[key] = isMoney(value)
      ? toDecimal(value.amount, [...at, 'amount'])
      : toDecimal(value, at);
  }
  return { values, currency: currency ?? null };
}

/**
 * What amounts of `currency` are, in words, for a message that refuses to combine two kinds:
 * `null` (the currency {@link readAmounts} gives bare decimals) is a bare decimal.
 *
 * @example
 * ```ts
 * [amountKind('USD'), amountKind(null)]; //=> ['USD money', 'a bare decimal']
 * ```
 */
export function amountKind(currency: string | null): string {
  return currency === null ? 'a bare decimal' : `${currency} money`;
}

/** Gives a computed level back in the form the inputs had: Money of `currency`, or a Decimal. */
export function toLevel<T>(amount: Decimal, currency: string | null): T {
  return (currency === null ? amount : money(amount, currency)) as T;
}

/** Reads a rate (a decimal fraction) and refuses rates at or below −100 %. */
export function readRate(rate: DecimalInput, path: IssuePath = ['rate']): Decimal {
  const value = toDecimal(rate, path);
  assertRateAboveMinusOne(value, path);
  return value;
}
