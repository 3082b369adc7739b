import {
  type Amount,
  assertPositiveBase,
  readAmounts,
  readRate,
  toLevel,
} from '../_internal/amounts.js';
import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { preciseSum } from '../_internal/precise-sum.js';
import type { Money } from '../money/index.js';

/**
 * The current value implied by a base and a growth rate: `previous × (1 + rate)`, rounded once to
 * 64 significant digits (half-even) — exact for the usual inputs (a base and a rate with few
 * digits). The inverse of {@link impliedPrevious}.
 *
 * @param previous - the base (Money or a bare decimal); must be greater than 0
 * @param rate - the growth as a decimal fraction (`0.1` for +10 %); must be greater than −1
 * @returns the implied current value, in the form and currency of `previous`
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when `previous ≤ 0` or `rate ≤ −1`;
 * `INVALID_DECIMAL` for non-numbers; `OUT_OF_RANGE` for a value past the supported range or an
 * implied value of 10^36 or more
 *
 * @example
 * ```ts
 * impliedCurrent(money('2200000000', 'USD'), '0.15').amount.toString();
 * //=> '2530000000'
 * impliedCurrent('150', '0.064').toString();
 * //=> '159.6'
 * ```
 *
 * @category Growth
 */
export function impliedCurrent<C extends string>(previous: Money<C>, rate: DecimalInput): Money<C>;
export function impliedCurrent(previous: DecimalInput, rate: DecimalInput): Decimal;
export function impliedCurrent(previous: Amount, rate: DecimalInput): Money | Decimal {
  const { values, currency } = readAmounts({ previous });
  const growth = readRate(rate);
  assertPositiveBase(values.previous, 'the previous value', ['previous']);
  const factor = preciseSum(new Decimal(1), growth);
  const implied = checkRange(values.previous.times(factor), 'the implied current value');
  return toLevel<Money | Decimal>(implied, currency);
}
