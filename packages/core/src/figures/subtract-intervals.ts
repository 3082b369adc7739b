import { checkInterval } from './_check-figure.js';
import { subDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';

/**
 * The difference of two intervals: every `x − y` with `x` in `a` and `y` in `b` (the lower end
 * is `a.lo − b.hi`). Use it for a balance, exports minus imports.
 *
 * @param a - the interval subtracted from, e.g. exports
 * @param b - the interval subtracted, e.g. imports
 * @returns the interval of the difference
 *
 * @example
 * ```ts
 * formatInterval(subtractIntervals(interval('491.85', '491.95', '[)'), interval('500', '1500', '[)')));
 * //=> '(-1008.15, -8.05)'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `a` or `b` for what is no interval
 *
 * @category Figures
 */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  checkInterval(a, ['a']);
  checkInterval(b, ['b']);
  return makeInterval(
    subDirected(a.lo, b.hi, 'down'),
    subDirected(a.hi, b.lo, 'up'),
    a.loClosed && b.hiClosed,
    a.hiClosed && b.loClosed,
  );
}
