import { checkPeriod } from './check-period.js';
import type { Period } from './period.js';
import {
  periodStep,
  shiftPeriod,
  uncheckedNextPeriod,
  uncheckedYearEarlier,
} from './shift-period.js';

/**
 * The period just before this one, of the same kind: the previous year, half, quarter or month;
 * for a year-to-date period the same months of the previous year (year-to-date figures are
 * cumulative within a year); for a range the range of the same length just before it.
 *
 * @param period - the period
 * @returns the period before, of the same kind
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}, or the
 * period before would be before year 1
 *
 * @example
 * ```ts
 * formatPeriod(previousPeriod(parsePeriod('2024-Q1')));
 * //=> '2023-Q4'
 * formatPeriod(previousPeriod(parsePeriod('2024-03/2024-05')));
 * //=> '2023-12/2024-02'
 * ```
 *
 * @category Periods
 */
export function previousPeriod(period: Period): Period {
  const checked = checkPeriod(period, ['period']);
  return shiftPeriod(checked, -periodStep(checked));
}

/**
 * The period just after this one, of the same kind; the inverse of {@link previousPeriod}.
 *
 * @param period - the period
 * @returns the period after, of the same kind
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}, or the
 * period after would be after year 9999
 *
 * @example
 * ```ts
 * formatPeriod(nextPeriod(parsePeriod('2024-H2')));
 * //=> '2025-H1'
 * ```
 *
 * @category Periods
 */
export function nextPeriod(period: Period): Period {
  return uncheckedNextPeriod(checkPeriod(period, ['period']));
}

/**
 * The same period a year earlier — the base of year-on-year growth: `2024-Q3` → `2023-Q3`,
 * `2024-01/2024-09` → `2023-01/2023-09`.
 *
 * @param period - the period
 * @returns the same months a year before, of the same kind
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}, or it is
 * in year 1
 *
 * @example
 * ```ts
 * formatPeriod(yearEarlier(parsePeriod('2024-01/2024-09')));
 * //=> '2023-01/2023-09'
 * ```
 *
 * @category Periods
 */
export function yearEarlier(period: Period): Period {
  return uncheckedYearEarlier(checkPeriod(period, ['period']));
}
