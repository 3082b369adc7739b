import { checkPeriod } from './check-period.js';
import { fromMonthIndex, monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * The months a period covers, in order, as `month` periods.
 *
 * @param period - the period
 * @returns its months, oldest first
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}
 *
 * @example
 * ```ts
 * periodMonths(parsePeriod('2024-Q1')).map(formatPeriod);
 * //=> ['2024-01', '2024-02', '2024-03']
 * ```
 *
 * @category Periods
 */
export function periodMonths(period: Period): Period[] {
  const [first, last] = monthSpan(checkPeriod(period, ['period']));
  const months: Period[] = [];
  for (let index = first; index <= last; index++) {
    months.push({ kind: 'month', ...fromMonthIndex(index) });
  }
  return months;
}
