import { checkInterval } from './_check-figure.js';
import { growthFactor } from './_growth-factor.js';
import { divideIntervals } from './divide-intervals.js';
import type { Interval } from './interval.js';

/**
 * The level a period earlier implied by a current level and its growth rate:
 * `current / (1 + rate)`, for every pair of values in the two intervals. Ends are rounded
 * outward.
 *
 * @param current - the interval of the current level
 * @param rate - the interval of the growth rate as a fraction (0.064 for 6.4 %)
 * @returns the interval of the previous level
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` when the rate can reach −100 %,
 * `NON_POSITIVE_BASE` when it lies below
 * @throws BilateralError `INVALID_INPUT` at `current` or `rate` when it is no interval (no Decimal
 *   `lo` and `hi`)
 *
 * @example
 * ```ts
 * formatInterval(impliedPreviousInterval(interval('159.55', '159.65', '[)'), interval('0.0635', '0.0645', '[)')));
 * //=> '(149.882, 150.118)'
 * ```
 *
 * @category Figures
 */
export function impliedPreviousInterval(current: Interval, rate: Interval): Interval {
  checkInterval(current, ['current']);
  checkInterval(rate, ['rate']);
  return divideIntervals(current, growthFactor(rate, 'divisor'));
}
