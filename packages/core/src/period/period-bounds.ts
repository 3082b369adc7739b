import { checkPeriod } from './check-period.js';
import { fromMonthIndex, monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * Midnight UTC of a calendar day. `setUTCFullYear` rather than `Date.UTC(year, …)`, which reads
 * years 0–99 as 1900–1999. `day` 0 is the last day of the month before.
 */
function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/**
 * The first day of a period, as a `Date` at midnight UTC — the same instant on every machine,
 * whatever its time zone: read it with `getUTCFullYear`, `getUTCMonth` and `getUTCDate` (or
 * `toISOString().slice(0, 10)`), not the local-time getters.
 *
 * @param period - the period
 * @returns midnight UTC of its first day
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}
 *
 * @example
 * ```ts
 * periodStart(parsePeriod('2024-Q3')).toISOString();
 * //=> '2024-07-01T00:00:00.000Z'
 * periodStart(parsePeriod('0099')).getUTCFullYear();
 * //=> 99
 * ```
 *
 * @category Periods
 */
export function periodStart(period: Period): Date {
  const first = fromMonthIndex(monthSpan(checkPeriod(period, ['period']))[0]);
  return utcDay(first.year, first.month - 1, 1);
}

/**
 * The last day of a period, as a `Date` at midnight UTC (see {@link periodStart}), calendar-true:
 * February 2024 ends on the 29th.
 *
 * @param period - the period
 * @returns midnight UTC of its last day
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period}
 *
 * @example
 * ```ts
 * periodEnd(parsePeriod('2024-H1')).toISOString();
 * //=> '2024-06-30T00:00:00.000Z'
 * periodEnd(parsePeriod('2024-02')).toISOString().slice(0, 10);
 * //=> '2024-02-29'
 * ```
 *
 * @category Periods
 */
export function periodEnd(period: Period): Date {
  const last = fromMonthIndex(monthSpan(checkPeriod(period, ['period']))[1]);
  return utcDay(last.year, last.month, 0);
}
