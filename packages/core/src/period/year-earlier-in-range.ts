import { monthSpan } from './month-index.js';
import { MIN_YEAR, type Period } from './period.js';
import { shiftPeriod } from './shift-period.js';

/**
 * `checkedYearEarlier`, or `undefined` for a period in the year 1, which has no year earlier: for
 * loops that pass over such a period (nothing a year before it to compare or imply) instead of
 * failing on a statement every reader takes (review h150 A12). A module of its own, so that a
 * page's chunk that holds `shift-period.ts` does not carry it for the validator chunk's sake.
 *
 * @param period - a valid period (read with `parsePeriod` or computed by the core; not checked)
 * @returns the same months twelve months earlier, or `undefined` for a period in the year 1
 *
 * @example
 * ```ts
 * formatPeriod(yearEarlierInRange(parsePeriod('2024-01/2024-09')) as Period);
 * //=> '2023-01/2023-09'
 * [yearEarlierInRange(parsePeriod('0001-Q4')), yearEarlierInRange(parsePeriod('0001-11/0002-01'))];
 * //=> [undefined, undefined]
 * ```
 */
export function yearEarlierInRange(period: Period): Period | undefined {
  return monthSpan(period)[0] < (MIN_YEAR + 1) * 12 ? undefined : shiftPeriod(period, -12);
}
