import { type Amount, readAmounts, toLevel } from '../_internal/amounts.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import type { Money } from '../money/index.js';
import { impliedAmount } from './implied-amount.js';

/**
 * The previous value implied by a current value and its growth rate: `current ÷ (1 + rate)`.
 * This is the base behind a release such as "US$159.6 million, up 6.4 %" (150 million). The factor
 * `1 + rate` is formed exactly and divided once (64 significant digits, half-even), so for a rate
 * with finitely many decimals the result is exact whenever the quotient terminates within 64 digits.
 *
 * Published levels and rates are rounded, so the implied value of a published figure is an
 * estimate; the figures module gives it with an interval. This function is the exact arithmetic.
 *
 * @param current - the current value (Money or a bare decimal); must be greater than 0
 * @param rate - the growth as a decimal fraction (`0.064` for +6.4 %); must be greater than −1
 * @returns the implied previous value, in the form and currency of `current`
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when `rate ≤ −1` or `current ≤ 0` (no positive
 * base can grow into it); `INVALID_DECIMAL` for non-numbers; `OUT_OF_RANGE` for a value past the
 * supported range or an implied value of 10^36 or more
 *
 * @example
 * ```ts
 * impliedPrevious(money('159.6', 'USD'), '0.064').amount.toString();
 * //=> '150'
 * impliedPrevious('1.5', '0.25').toString();
 * //=> '1.2'
 * ```
 *
 * @category Growth
 */
export function impliedPrevious<C extends string>(current: Money<C>, rate: DecimalInput): Money<C>;
export function impliedPrevious(current: DecimalInput, rate: DecimalInput): Decimal;
export function impliedPrevious(current: Amount, rate: DecimalInput): Money | Decimal {
  const { values, currency } = readAmounts({ current });
  const implied = impliedAmount(values.current, toDecimal(rate, ['rate']));
  return toLevel<Money | Decimal>(implied, currency);
}
