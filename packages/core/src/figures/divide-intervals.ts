import { BilateralError } from '../errors/index.js';
import { checkInterval } from './_check-figure.js';
import { corners } from './_corners.js';
import { formatInterval } from './format-interval.js';
import type { Interval } from './interval.js';

/**
 * The ratio of two intervals: every `x / y` with `x` in `a` and `y` in `b`, signs handled. The
 * lower end is rounded down and the upper end up, so the result always contains the exact
 * ratios.
 *
 * @param a - the numerator interval, e.g. a part
 * @param b - the denominator interval, e.g. the whole; it must keep away from zero
 * @returns the interval of the ratio
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` when `b` reaches 0 (even at an open end: the
 * ratio would be unbounded)
 * @throws BilateralError `INVALID_INPUT` at `a` or `b` when it is no interval (no Decimal `lo` and
 *   `hi`)
 *
 * @example
 * ```ts
 * formatInterval(divideIntervals(interval('159.55', '159.65', '[)'), interval('338.55', '338.65', '[)')));
 * //=> '(0.471135, 0.47157)'
 * divideIntervals(interval('1', '2'), interval('0', '1', '(]'));
 * // throws BilateralError [DIVISION_BY_ZERO]: cannot divide by (0, 1]: it reaches 0, so the ratio has no bound
 * ```
 *
 * @category Figures
 */
export function divideIntervals(a: Interval, b: Interval): Interval {
  checkInterval(a, ['a']);
  checkInterval(b, ['b']);
  if (b.lo.lte(0) && b.hi.gte(0)) {
    throw new BilateralError(
      'DIVISION_BY_ZERO',
      `cannot divide by ${formatInterval(b)}: it reaches 0, so the ratio has no bound`,
    );
  }
  return corners(a, b, 'div');
}
