import { monthSpan } from './month-index.js';
import { MIN_YEAR, type Period } from './period.js';
import { shiftPeriod } from './shift-period.js';

/**
 * `checkedYearEarlier`, or `undefined` for a period in the year 1, which has no year earlier: for
 * loops that pass over such a period (nothing a year before it to compare or imply) instead of
 * failing on a statement every reader takes (review h150 A12). A module of its own, so that a
 * page's chunk that holds `shift-period.ts` does not carry it for the validator chunk's sake.
 */
export function yearEarlierInRange(period: Period): Period | undefined {
  return monthSpan(period)[0] < (MIN_YEAR + 1) * 12 ? undefined : shiftPeriod(period, -12);
}
