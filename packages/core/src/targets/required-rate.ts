import { type Amount, assertPositiveBase, readAmounts } from '../_internal/amounts.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import { cagr } from '../growth/cagr.js';
import type { Money } from '../money/index.js';

/**
 * The constant annual growth rate needed to go from the current value to a target value in the
 * years left: `(target ÷ current)^(1/yearsLeft) − 1`, a decimal fraction (the CAGR from `current`
 * to `target`, see {@link cagr}). Negative when the target is already exceeded.
 *
 * @param current - the latest value (Money or a bare decimal); must be greater than 0
 * @param target - the value to reach, same form and currency; not negative
 * @param yearsLeft - years from the current value to the target date; greater than 0 (fractions allowed)
 * @returns the required rate per year as a Decimal fraction (64 significant digits)
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when `current ≤ 0`; `INVALID_INPUT` when
 * `target < 0` or `yearsLeft ≤ 0`; `CURRENCY_MISMATCH` for mixed currencies
 *
 * @example
 * ```ts
 * requiredRate(money('2200000000', 'USD'), money('5000000000', 'USD'), 6).toFixed(4);
 * //=> '0.1466'
 * requiredRate('100', '121', 2).toString();
 * //=> '0.1'
 * ```
 *
 * @category Targets
 */
export function requiredRate<C extends string>(
  current: Money<C>,
  target: Money<NoInfer<C>>,
  yearsLeft: DecimalInput,
): Decimal;
export function requiredRate(
  current: DecimalInput,
  target: DecimalInput,
  yearsLeft: DecimalInput,
): Decimal;
export function requiredRate(current: Amount, target: Amount, yearsLeft: DecimalInput): Decimal {
  const { values } = readAmounts({ current, target });
  const years = toDecimal(yearsLeft, ['yearsLeft']);
  assertPositiveBase(values.current, 'the current value', ['current']);
  if (values.target.isNegative() && !values.target.isZero()) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['target'], message: `a target of ${values.target.toString()} is below 0` },
    ]);
  }
  if (!years.isPositive() || years.isZero()) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['yearsLeft'],
        message: `${years.toString()} years left: a required rate needs time left (more than 0 years)`,
      },
    ]);
  }
  return cagr(values.current, values.target, years);
}
