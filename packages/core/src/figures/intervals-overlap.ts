import { checkInterval } from './_check-figure.js';
import type { Interval } from './interval.js';

/**
 * Options of {@link intervalsOverlap}.
 *
 * @example
 * ```ts
 * const exports = parsePublishedAmount('US$159.6 million').interval;
 * const atBoundary = interval('159650000', '160000000');
 * intervalsOverlap(exports, atBoundary);
 * //=> false
 * intervalsOverlap(exports, atBoundary, { closure: true });
 * //=> true
 * ```
 *
 * @category Figures
 */
export interface OverlapOptions {
  /**
   * Count open ends as reachable (compare the closed intervals). {@link reconcile} does: a value
   * exactly on a rounding boundary may have been rounded either way, depending on the
   * publisher's tie rule. Default `false`.
   */
  readonly closure?: boolean;
}

/**
 * Whether two intervals share at least one number.
 *
 * @param a - the first interval
 * @param b - the second interval
 * @param options - `closure: true` to count open ends as reachable
 * @returns `true` when some number lies in both
 *
 * @example
 * ```ts
 * intervalsOverlap(interval('1', '2', '[)'), interval('2', '3', '[]'));
 * //=> false
 * intervalsOverlap(interval('1', '2', '[)'), interval('2', '3', '[]'), { closure: true });
 * //=> true
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `a` or `b` for what is no interval
 *
 * @category Figures
 */
export function intervalsOverlap(a: Interval, b: Interval, options: OverlapOptions = {}): boolean {
  checkInterval(a, ['a']);
  checkInterval(b, ['b']);
  return below(a, b, options.closure === true) && below(b, a, options.closure === true);
}

/** Whether `x` starts no later than `y` ends (`x.lo` before `y.hi`). */
function below(x: Interval, y: Interval, closure: boolean): boolean {
  if (x.lo.lt(y.hi)) return true;
  return x.lo.eq(y.hi) && (closure || (x.loClosed && y.hiClosed));
}
