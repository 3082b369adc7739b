import { DECIMAL_PRECISION, type Decimal } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { exponentOf } from '../_internal/exponent.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Money } from './money.js';

// Exact sums of Money, apart from `arithmetic.ts` (whose `add` first checks that each value is
// Money in range): `checkedAdd` is `add` for values the caller knows are Money (a parsed dataset's
// flows), with `add`'s results and its errors for what valid Money can still do wrong — two
// currencies, a sum past 64 digits or the range. A series built from a parsed dataset then does
// not load the Money checks and their messages.

/** The `CURRENCY_MISMATCH` error of `assertSameCurrency`: `currency` at `path` is not `expected`. */
export function currencyMismatch(
  currency: string,
  expected: string,
  path: IssuePath,
): BilateralError {
  return new BilateralError('CURRENCY_MISMATCH', [
    {
      path,
      message: `cannot combine ${currency} with ${expected} without an explicit, dated conversion`,
    },
  ]);
}

/**
 * Digits an exact sum or difference of `a` and `b` may need: the integer digits of the larger
 * one, one carry digit, and the decimal places of the finer one.
 */
function digitsNeeded(a: Decimal, b: Decimal): number {
  const integerDigits = Math.max(exponentOf(a), exponentOf(b), 0) + 2;
  return integerDigits + Math.max(a.decimalPlaces(), b.decimalPlaces());
}

/** `a + b` or `a − b`, exact; `PRECISION_EXCEEDED` when that needs more than 64 significant digits. */
export function exact(a: Decimal, b: Decimal, operation: 'plus' | 'minus'): Decimal {
  if (!(digitsNeeded(a, b) <= DECIMAL_PRECISION)) {
    throw new BilateralError(
      'PRECISION_EXCEEDED',
      `${a.toString()} ${operation === 'plus' ? '+' : '-'} ${b.toString()} needs more than ${DECIMAL_PRECISION} significant digits to be exact`,
    );
  }
  return a[operation](b);
}

/**
 * `a + b` or `a − b`, exact whenever the exact result fits 64 significant digits (`exact`, which
 * counts a digit for a carry before it computes, refuses some that fit); else `exact`'s
 * `PRECISION_EXCEEDED`. The result is exact when undoing it gives back both operands: rounded to
 * 64 digits, it has lost digits of the smaller one, which taking the larger one does not give back.
 * (`balanceOf` makes the same check on its turnover inline: calling this there cost the dashboard
 * page 88 B in h258's measure.)
 */
export function exactWhereItFits(a: Decimal, b: Decimal, operation: 'plus' | 'minus'): Decimal {
  const signed = operation === 'plus' ? b : b.neg();
  const result = a.plus(signed);
  return result.minus(a).eq(signed) && result.minus(signed).eq(a) ? result : exact(a, b, operation);
}

/** `add(a, b)` for two valid Money values: the same sum, or the same error. */
export function checkedAdd<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  if (b.currency !== a.currency) throw currencyMismatch(b.currency, a.currency, [1]);
  const amount = checkRange(exact(a.amount, b.amount, 'plus'), 'the sum');
  return Object.freeze({ amount, currency: a.currency });
}
