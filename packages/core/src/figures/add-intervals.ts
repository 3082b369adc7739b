import { checkInterval } from './_check-figure.js';
import { addDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';

/**
 * The sum of two intervals: every `x + y` with `x` in `a` and `y` in `b`. An end is closed only
 * when both ends it comes from are. Exact unless the sum needs more than 64 digits, in which case
 * it is rounded outward.
 *
 * @param a - the first interval, e.g. exports
 * @param b - the second interval, e.g. imports
 * @returns the interval of the sum
 *
 * @example
 * ```ts
 * formatInterval(addIntervals(interval('159.55', '159.65', '[)'), interval('178.5', '179.5', '[)')));
 * //=> '[338.05, 339.15)'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `a` or `b` for what is no interval
 *
 * @category Figures
 */
export function addIntervals(a: Interval, b: Interval): Interval {
  checkInterval(a, ['a']);
  checkInterval(b, ['b']);
  return makeInterval(
    addDirected(a.lo, b.lo, 'down'),
    addDirected(a.hi, b.hi, 'up'),
    a.loClosed && b.loClosed,
    a.hiClosed && b.hiClosed,
  );
}
