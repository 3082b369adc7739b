import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/bilateral-error.js';
import { MIN_YEAR, type Period, type YearMonth } from './period.js';

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H(\d)$/;
const QUARTER = /^(\d{4})-Q(\d)$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;

function invalid(text: string, reason: string, path: IssuePath): BilateralError {
  return new BilateralError('INVALID_PERIOD', [
    { path, message: `${quoteInput(text)} is not a period: ${reason}` },
  ]);
}

/** The year of the text; `0000` is refused: the calendar has no year 0 (1 BC comes before 1 AD). */
function year(text: string, yearText: string, path: IssuePath): number {
  const value = Number(yearText);
  if (value < MIN_YEAR)
    throw invalid(text, 'there is no year 0000: years run from 0001 to 9999', path);
  return value;
}

function month(text: string, yearText: string, monthText: string, path: IssuePath): YearMonth {
  const value = Number(monthText);
  if (value < 1 || value > 12) {
    throw invalid(text, `month ${monthText} is not between 01 and 12`, path);
  }
  return { year: year(text, yearText, path), month: value };
}

/**
 * Reads a period from its text form: `2024`, `2024-H1`, `2024-Q3`, `2024-09`,
 * `2024-01/2024-09` (January through September: year to date) or any other month range such as
 * `2023-11/2024-02`. Years run from `0001` to `9999` and mean what they say (`0099` is the year
 * 99); `0000` is refused, as the calendar has no year 0.
 *
 * @param text - the period text
 * @param path - where the text sits in a larger document, for the error (default: none)
 * @returns the period
 * @throws {@link BilateralError} `INVALID_PERIOD` naming the text and what is wrong with it
 *
 * @example
 * ```ts
 * parsePeriod('2024-Q3');
 * //=> { kind: 'quarter', year: 2024, quarter: 3 }
 * parsePeriod('2024-01/2024-09');
 * //=> { kind: 'year-to-date', year: 2024, throughMonth: 9 }
 * parsePeriod('2024-13');
 * // throws BilateralError [INVALID_PERIOD]: "2024-13" is not a period: month 13 is not between 01 and 12
 * ```
 *
 * @category Periods
 */
export function parsePeriod(text: string, path: IssuePath = []): Period {
  if (typeof text !== 'string') {
    throw new BilateralError('INVALID_PERIOD', [
      { path, message: `expected a period text such as "2024-Q3", got ${describeInput(text)}` },
    ]);
  }
  let match = YEAR.exec(text);
  if (match) return { kind: 'year', year: year(text, match[1] ?? '', path) };
  match = HALF.exec(text);
  if (match) {
    const half = Number(match[2]);
    if (half !== 1 && half !== 2) throw invalid(text, `half ${match[2]} is not H1 or H2`, path);
    return { kind: 'half', year: year(text, match[1] ?? '', path), half };
  }
  match = QUARTER.exec(text);
  if (match) {
    const quarter = Number(match[2]);
    if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
      throw invalid(text, `quarter ${match[2]} is not between Q1 and Q4`, path);
    }
    return { kind: 'quarter', year: year(text, match[1] ?? '', path), quarter };
  }
  match = MONTH.exec(text);
  if (match) {
    const { year, month: monthNumber } = month(text, match[1] ?? '', match[2] ?? '', path);
    return { kind: 'month', year, month: monthNumber };
  }
  match = RANGE.exec(text);
  if (match) {
    const start = month(text, match[1] ?? '', match[2] ?? '', path);
    const end = month(text, match[3] ?? '', match[4] ?? '', path);
    if (end.year * 12 + end.month < start.year * 12 + start.month) {
      throw invalid(text, 'the range ends before it starts', path);
    }
    if (start.month === 1 && start.year === end.year) {
      return { kind: 'year-to-date', year: start.year, throughMonth: end.month };
    }
    return { kind: 'range', start, end };
  }
  throw invalid(
    text,
    'expected YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM/YYYY-MM (e.g. 2024, 2024-Q3, 2024-01/2024-09)',
    path,
  );
}
