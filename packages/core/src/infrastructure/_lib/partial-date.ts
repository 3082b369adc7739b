import { BilateralError, type IssuePath } from '../../errors/index.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Why `text` is not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` calendar date, or `undefined` if it is. */
export function partialDateProblem(text: string): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (match === null) return 'must be YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
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

/** Whether `text` has day precision (`YYYY-MM-DD`) rather than a month or a year. */
export function isFullDate(text: string): boolean {
  return text.length === 10;
}

/** First day covered by a partial date: `2014-06` → `2014-06-01`, `2009` → `2009-01-01`. */
export function partialDateStart(text: string): string {
  if (text.length === 4) return `${text}-01-01`;
  if (text.length === 7) return `${text}-01`;
  return text;
}

/** Last day covered by a partial date: `2014-06` → `2014-06-30`, `2009` → `2009-12-31`. */
export function partialDateEnd(text: string): string {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    return `${text}-${pad(daysInMonth(year, month), 2)}`;
  }
  return text;
}

/**
 * Checks that `value` is a calendar day `YYYY-MM-DD` (the form date queries take) and returns
 * it; anything else is an `INVALID_INPUT` error naming `path`.
 */
export function assertDay(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') {
    throw new BilateralError('INVALID_INPUT', [
      {
        path,
        message: `expected a day as "YYYY-MM-DD", got ${value === null ? 'null' : typeof value}`,
      },
    ]);
  }
  const problem = partialDateProblem(value);
  if (problem !== undefined || !isFullDate(value)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path,
        message: `${JSON.stringify(value)} is not a day: ${problem ?? 'must be YYYY-MM-DD'}`,
      },
    ]);
  }
  return value;
}
