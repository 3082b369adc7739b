import { monthSpan } from './month-index.js';
import { MIN_YEAR, type Period } from './period.js';
import { periodStep, shiftPeriod } from './shift-period.js';

/**
 * `previousPeriod` of a valid period, or `undefined` when the period before it would start before
 * the year 1 (`0001`, `0001-Q1`, `0001-01`, `0001-01/0001-06`, `0001-02/0001-04`): there is none,
 * so a point there has no base, as the first point of any series. The chain counterpart of
 * {@link yearEarlierInRange}, shared by `periodOnPeriod` and `periodOnPeriodBy`.
 *
 * @param period - a valid period (read with `parsePeriod` or computed by the core; not checked)
 * @returns the period of the same kind just before it, or `undefined` in the first step of the
 *   year 1
 *
 * @example
 * ```ts
 * formatPeriod(previousPeriodInRange(parsePeriod('0001-Q2')) as Period);
 * //=> '0001-Q1'
 * previousPeriodInRange(parsePeriod('0001-Q1'));
 * //=> undefined
 * ```
 */
export function previousPeriodInRange(period: Period): Period | undefined {
  const step = periodStep(period);
  return monthSpan(period)[0] - step < MIN_YEAR * 12 ? undefined : shiftPeriod(period, -step);
}
