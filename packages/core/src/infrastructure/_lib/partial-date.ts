import { calendarDateProblem, daysInMonth } from '../../_internal/calendar-date.js';
import { quoteInput } from '../../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../../errors/index.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

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
  const problem = calendarDateProblem(value);
  if (problem !== undefined || !isFullDate(value)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path,
        message: `${quoteInput(value)} is not a day: ${problem ?? 'must be YYYY-MM-DD'}`,
      },
    ]);
  }
  return value;
}
