import { checkInterval } from './_check-figure.js';
import { growthFactor } from './_growth-factor.js';
import type { Interval } from './interval.js';
import { multiplyIntervals } from './multiply-intervals.js';

/**
 * The current level implied by a previous level and the growth rate since:
 * `previous × (1 + rate)`, for every pair of values in the two intervals. Ends are rounded
 * outward.
 *
 * @param previous - the interval of the previous level
 * @param rate - the interval of the growth rate as a fraction (0.064 for 6.4 %)
 * @returns the interval of the current level
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when the rate can reach −100 % or below
 * @throws BilateralError `INVALID_INPUT` at `previous` or `rate` when it is no interval (no
 *   Decimal `lo` and `hi`)
 *
 * @example
 * ```ts
 * formatInterval(impliedCurrentInterval(interval('149.5', '150.5', '[)'), interval('0.0635', '0.0645', '[)')));
 * //=> '[158.993, 160.208)'
 * ```
 *
 * @category Figures
 */
export function impliedCurrentInterval(previous: Interval, rate: Interval): Interval {
  checkInterval(previous, ['previous']);
  checkInterval(rate, ['rate']);
  return multiplyIntervals(previous, growthFactor(rate, 'multiplier'));
}
