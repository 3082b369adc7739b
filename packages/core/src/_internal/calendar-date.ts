/**
 * Calendar dates as datasets write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, proleptic Gregorian,
 * years 0001–9999. Used by source dates, crossing dates, province dates and importer options.
 *
 * @internal
 */

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The days of a month (February 29 in leap years: every 4th, not every 100th, every 400th). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date of the calendar, or `undefined` if
 * it is: `2024-13-01` (month 13), `2023-02-29` (not a leap year), `0000` (no year 0) are not.
 * For `@bilateral/duckdb` too (from `@bilateral/core/node`), so both engines say a bad date alike.
 *
 * @example
 * ```ts
 * import { calendarDateProblem } from '@bilateral/core/node';
 * [calendarDateProblem('2023-02-29'), calendarDateProblem('2024-02-29')];
 * //=> ['day 29 does not exist in 2023-02', undefined]
 * ```
 * @category Node
 */
export function calendarDateProblem(text: string): string | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (match === null) return 'must be YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
  if (year === 0) return 'year 0000 does not exist (the year before 0001 is 1 BC)';
  if (match[2] === undefined) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month ${match[2]} is not between 01 and 12`;
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return `day ${match[3]} does not exist in ${match[1]}-${match[2]}`;
  }
  return undefined;
}
