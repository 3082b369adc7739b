import { lastDayOfMonth } from 'date-fns';
import { fromMonthIndex, monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * The first day of a period, as a local-time `Date` at midnight.
 *
 * @example
 * ```ts
 * periodStart(parsePeriod('2024-Q3'));
 * //=> new Date(2024, 6, 1)
 * ```
 *
 * @category Periods
 */
export function periodStart(period: Period): Date {
  const first = fromMonthIndex(monthSpan(period)[0]);
  return new Date(first.year, first.month - 1, 1);
}

/**
 * The last day of a period, as a local-time `Date` at midnight.
 *
 * @example
 * ```ts
 * periodEnd(parsePeriod('2024-H1'));
 * //=> new Date(2024, 5, 30)
 * periodEnd(parsePeriod('2024-02'));
 * //=> new Date(2024, 1, 29)
 * ```
 *
 * @category Periods
 */
export function periodEnd(period: Period): Date {
  const last = fromMonthIndex(monthSpan(period)[1]);
  return lastDayOfMonth(new Date(last.year, last.month - 1, 1));
}
