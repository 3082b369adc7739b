import type { DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { mulDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';

/**
 * The product of an interval by an exact number `k`: every `k·x` with `x` in `a`. A negative
 * `k` swaps the ends (and their closedness); `k = 0` gives the single point 0.
 *
 * @param a - the interval
 * @param k - the exact factor (decimal string, Decimal or finite number)
 * @returns the interval of `k·x`
 * @throws {@link BilateralError} `INVALID_DECIMAL` when `k` is not a finite decimal
 *
 * @example
 * ```ts
 * formatInterval(scaleInterval(interval('25.45', '25.55', '[)'), '0.01'));
 * //=> '[0.2545, 0.2555)'
 * formatInterval(scaleInterval(interval('1.05', '1.15', '[)'), -1));
 * //=> '(-1.15, -1.05]'
 * ```
 *
 * @category Figures
 */
export function scaleInterval(a: Interval, k: DecimalInput): Interval {
  const factor = toDecimal(k, ['k']);
  if (factor.isZero()) return makeInterval(factor.abs(), factor.abs(), true, true);
  if (factor.isPositive()) {
    return makeInterval(
      mulDirected(a.lo, factor, 'down'),
      mulDirected(a.hi, factor, 'up'),
      a.loClosed,
      a.hiClosed,
    );
  }
  return makeInterval(
    mulDirected(a.hi, factor, 'down'),
    mulDirected(a.lo, factor, 'up'),
    a.hiClosed,
    a.loClosed,
  );
}
