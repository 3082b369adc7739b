import { checkPeriod } from './check-period.js';
import { monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * How many calendar months a period covers.
 *
 * @param period - the period
 * @returns the number of months, 1 or more
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}
 *
 * @example
 * ```ts
 * monthCount(parsePeriod('2024-01/2024-09'));
 * //=> 9
 * ```
 *
 * @category Periods
 */
export function monthCount(period: Period): number {
  const [first, last] = monthSpan(checkPeriod(period, ['period']));
  return last - first + 1;
}
