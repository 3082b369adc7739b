import { BilateralError } from '../errors/index.js';
import { checkInterval } from './_check-figure.js';
import { minusOne } from './_growth-factor.js';
import { divideIntervals } from './divide-intervals.js';
import { formatInterval } from './format-interval.js';
import type { Interval } from './interval.js';

/**
 * The growth from `previous` to `current` as a fraction, `current / previous − 1`, for every
 * pair of values in the two intervals. Ends are rounded outward.
 *
 * @param current - the interval of the current level
 * @param previous - the interval of the level a period (or a year) earlier; it must be positive
 * @returns the interval of the growth rate as a fraction (0.064 for 6.4 %)
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` when `previous` reaches 0,
 * `NON_POSITIVE_BASE` when it is negative
 * @throws BilateralError `INVALID_INPUT` at `current` or `previous` when it is no interval (no
 *   Decimal `lo` and `hi`)
 *
 * @example
 * ```ts
 * formatInterval(growthInterval(interval('159.55', '159.65', '[)'), interval('149.5', '150.5', '[)')), { unit: '0.01' });
 * //=> '(6.01328, 6.7893)'
 * ```
 *
 * @category Figures
 */
export function growthInterval(current: Interval, previous: Interval): Interval {
  checkInterval(current, ['current']);
  checkInterval(previous, ['previous']);
  if (previous.hi.lt(0)) {
    throw new BilateralError(
      'NON_POSITIVE_BASE',
      `growth needs a positive previous value, got ${formatInterval(previous)}`,
    );
  }
  return minusOne(divideIntervals(current, previous));
}
