import { checkPeriod } from './check-period.js';
import { monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * The last month a period covers, as a month count: months from January of the year 0,
 * `year * 12 + (month - 1)`. Two periods end in the same month when they give the same number,
 * and the one with the larger number ends later, so periods of any kinds are put in order of
 * their end by subtracting two of them, with no `Date` (see {@link periodEnd} for the day).
 *
 * @param period - the period
 * @returns the month count of its last month
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}
 *
 * @example
 * ```ts
 * lastMonthIndex(parsePeriod('2024-Q3')); //=> 24296 (2024 × 12 + 8: September 2024)
 * lastMonthIndex(parsePeriod('2024-01/2024-09')) - lastMonthIndex(parsePeriod('2024-Q3'));
 * //=> 0 (both end in September 2024)
 * lastMonthIndex(parsePeriod('2024')) - lastMonthIndex(parsePeriod('2024-H1'));
 * //=> 6 (December against June)
 * ```
 *
 * @category Periods
 */
export function lastMonthIndex(period: Period): number {
  return monthSpan(checkPeriod(period, ['period']))[1];
}
