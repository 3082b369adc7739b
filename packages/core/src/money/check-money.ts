import { Decimal } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { fromForeign } from '../_internal/foreign-decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Money } from './money.js';

/** Whether `value` has the shape of {@link Money}: a Decimal `amount` and a string `currency`. */
export function isMoneyValue(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    Decimal.isDecimal((value as { amount?: unknown }).amount) &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

/**
 * Checks that a value given as {@link Money} is one, so that a mistake (text, `undefined`, the
 * JSON form) is a `BilateralError` naming the path, not a `TypeError`; its amount must be in the
 * supported range (Money built by hand can hold any Decimal). Use the Money it returns: an amount
 * that is not this copy's Decimal (another copy's, or an object that only carries its brand) is
 * read through its text into a new Money, refused as `INVALID_DECIMAL` or `OUT_OF_RANGE` when that
 * text is no decimal in range.
 *
 * @throws BilateralError `INVALID_INPUT`, `INVALID_DECIMAL`, `OUT_OF_RANGE`
 */
export function checkMoney(value: unknown, path: IssuePath = []): Money {
  if (isMoneyValue(value)) {
    const { amount, currency } = value;
    if (amount instanceof Decimal) {
      checkRange(amount, 'the amount', [...path, 'amount']);
      return value;
    }
    // Another copy's Decimal, or an object that only carries the brand: read through its text.
    return Object.freeze({ amount: fromForeign(amount, [...path, 'amount']), currency });
  }
  const hint = 'build Money with money(amount, currency), or parseMoney for its JSON form';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BilateralError('INVALID_INPUT', [
      { path, message: `expected Money, got ${describeInput(value)}: ${hint}` },
    ]);
  }
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  const [field, got] = Decimal.isDecimal(amount) ? ['currency', currency] : ['amount', amount];
  throw new BilateralError('INVALID_INPUT', [
    {
      path: [...path, field as string],
      message: `expected Money, whose ${field as string} is ${field === 'amount' ? 'a Decimal' : 'a currency code'}, got ${describeInput(got)}: ${hint}`,
    },
  ]);
}

/**
 * The Money `value` is, its shape checked but not its amount's range, for the functions that write
 * an amount past it (`writeMoney`, `writeKnownAmount`): `value` itself when its amount is this
 * copy's Decimal; one of another copy, or an object that only carries the brand, read through its
 * text as {@link checkMoney} reads it.
 *
 * @throws BilateralError as {@link checkMoney}, at `path`
 */
export function moneyOfShape(value: unknown, path: IssuePath): Money {
  if (isMoneyValue(value) && value.amount instanceof Decimal) return value;
  return checkMoney(value, path);
}
