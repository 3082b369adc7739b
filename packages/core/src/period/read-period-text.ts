import type { Period } from './period.js';

/** Period text as `formatPeriod` writes it (and `parsePeriod` reads it), each part in range. */
const PERIOD_TEXT =
  /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])(?:\/(\d{4})-(0[1-9]|1[0-2]))?))?$/;

/**
 * Reads period text that is known to be valid — a validated dataset's, a build's, `formatPeriod`'s
 * — without `parsePeriod`'s checks and messages: the same Period for every text `parsePeriod`
 * accepts, `undefined` for any other (it says nothing about why). Code that reads text from
 * elsewhere (a user, a file no build checked) calls `parsePeriod`, or `parsePeriod` when this
 * gives `undefined`, to word the error.
 *
 * @param text - period text: `2024`, `2024-H2`, `2024-Q3`, `2024-09`, `2024-01/2024-09`
 * @returns the period, or `undefined` when `parsePeriod` would refuse the text
 *
 * @example
 * ```ts
 * readPeriodText('2024-01/2024-09');
 * //=> { kind: 'year-to-date', year: 2024, throughMonth: 9 }
 * readPeriodText('2024-Q5');
 * //=> undefined (parsePeriod says why: quarter 5 is not between Q1 and Q4)
 * ```
 *
 * @category Periods
 */
export function readPeriodText(text: string): Period | undefined {
  const match = PERIOD_TEXT.exec(text);
  if (match === null) return undefined;
  const [, yearText, half, quarter, monthText, endYearText, endMonthText] = match;
  const year = Number(yearText);
  if (year < 1) return undefined;
  if (half !== undefined) return { kind: 'half', year, half: half === '1' ? 1 : 2 };
  if (quarter !== undefined) {
    return { kind: 'quarter', year, quarter: Number(quarter) as 1 | 2 | 3 | 4 };
  }
  if (monthText === undefined) return { kind: 'year', year };
  const month = Number(monthText);
  if (endYearText === undefined) return { kind: 'month', year, month };
  const end = { year: Number(endYearText), month: Number(endMonthText) };
  if (end.year * 12 + end.month < year * 12 + month) return undefined;
  if (month === 1 && end.year === year) {
    return { kind: 'year-to-date', year, throughMonth: end.month };
  }
  return { kind: 'range', start: { year, month }, end };
}
