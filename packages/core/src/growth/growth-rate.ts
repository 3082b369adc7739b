import { type Amount, assertPositiveBase, readAmounts } from '../_internal/amounts.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import type { Money } from '../money/index.js';
import { uncheckedGrowthRate } from './checked-growth-rate.js';

/**
 * The growth of `current` over `previous`, as a decimal fraction: `(current − previous) ÷ previous`
 * (`0.255` means +25.5 %). The difference is taken exactly and divided once, so the rate is
 * correctly rounded to 64 significant digits (half-even). A `current` below 0 is allowed and gives
 * a rate below −1; the base must be greater than 0.
 *
 * @param current - the later value: Money, or a bare decimal (Decimal, decimal string, finite number)
 * @param previous - the base, in the same form and currency as `current`; must be greater than 0
 * @returns the rate as a Decimal fraction, never `NaN` or `Infinity`
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when `previous ≤ 0`; `CURRENCY_MISMATCH` when
 * the currencies differ or Money is mixed with a bare decimal; `INVALID_DECIMAL` for non-numbers;
 * `OUT_OF_RANGE` for a value past the supported range (text and numbers: less than 10^36, at most
 * 36 decimals) or a rate of 10^36 or more; `INVALID_INPUT` for an object that is not Money
 *
 * @example
 * ```ts
 * growthRate(money('1491.9', 'USD'), money('1000', 'USD')).toString();
 * //=> '0.4919'
 * growthRate('1.5', '1.2').toString();
 * //=> '0.25'
 * growthRate('338.6', '276.3').toFixed(4);
 * //=> '0.2255'
 * ```
 *
 * @category Growth
 */
export function growthRate<C extends string>(
  current: Money<C>,
  previous: Money<NoInfer<C>>,
): Decimal;
export function growthRate(current: DecimalInput, previous: DecimalInput): Decimal;
export function growthRate(current: Amount, previous: Amount): Decimal {
  const { values } = readAmounts({ current, previous });
  assertPositiveBase(values.previous, 'the previous value', ['previous']);
  return uncheckedGrowthRate(values.current, values.previous);
}
