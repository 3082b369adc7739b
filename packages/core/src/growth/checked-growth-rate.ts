import type { Decimal } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { checkDecimals } from '../_internal/face-checks.js';
import { preciseDifference } from '../_internal/precise-sum.js';

/**
 * `growthRate` of two amounts the caller knows are valid — Decimals in the supported range (as a
 * parsed dataset's or a series' Money holds them), in one currency, the base greater than 0: the
 * same rate, without reading and checking the amounts, so code that computes rates of a series
 * does not load the money checks and their messages. What is no Decimal is refused
 * (`INVALID_INPUT` at `current` or `previous`), but invalid amounts are not reported: a base
 * below 0 gives a plausible wrong rate (5 over −2 gives −3.5, where `growthRate` refuses the base
 * with `NON_POSITIVE_BASE`), and a base of 0 throws `OUT_OF_RANGE` ("the growth rate is Infinity")
 * on decimal.js but the engine's `Error` ("[DecimalError] Division by zero") in browsers. Use
 * `growthRate` for values that come from elsewhere.
 *
 * @param current - the later amount
 * @param previous - the base, greater than 0
 * @returns `(current − previous) ÷ previous`, exactly as `growthRate` gives it
 * @throws {@link BilateralError} `OUT_OF_RANGE` for a rate of 10^36 or more, as `growthRate`;
 * `INVALID_INPUT` at `current` or `previous` for what is no Decimal
 *
 * @example
 * ```ts
 * const [previous, current] = [money('1000', 'USD'), money('1491.9', 'USD')];
 * checkedGrowthRate(current.amount, previous.amount).toString();
 * //=> '0.4919'
 * ```
 *
 * @category Growth
 */
export function checkedGrowthRate(current: Decimal, previous: Decimal): Decimal {
  checkDecimals({ current, previous });
  return uncheckedGrowthRate(current, previous);
}

/**
 * {@link checkedGrowthRate} without its check that both are Decimals, for the core's own modules
 * and the widgets (from `@bilateral/core/internal`), which compute rates of amounts they read.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedGrowthRate(new Decimal('110'), new Decimal('100')).toString(); //=> '0.1'
 * ```
 */
export function uncheckedGrowthRate(current: Decimal, previous: Decimal): Decimal {
  const rate = preciseDifference(current, previous).div(previous);
  return checkRange(rate, 'the growth rate');
}
