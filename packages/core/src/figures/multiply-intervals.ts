import { checkInterval } from './_check-figure.js';
import { corners } from './_corners.js';
import type { Interval } from './interval.js';

/**
 * The product of two intervals: every `x·y` with `x` in `a` and `y` in `b`, signs handled.
 * Ends are rounded outward when the exact product needs more than 64 digits.
 *
 * @param a - the first interval, e.g. a previous level
 * @param b - the second interval, e.g. a growth factor `1 + rate`
 * @returns the interval of the product
 * @throws BilateralError `INVALID_INPUT` at `a` or `b` when it is no interval (no Decimal `lo` and
 *   `hi`)
 *
 * @example
 * ```ts
 * formatInterval(multiplyIntervals(interval('150', '150', '[]'), interval('1.0635', '1.0645', '[)')));
 * //=> '[159.525, 159.675)'
 * ```
 *
 * @category Figures
 */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  checkInterval(a, ['a']);
  checkInterval(b, ['b']);
  return corners(a, b, 'mul');
}
