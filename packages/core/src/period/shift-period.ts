import { BilateralError } from '../errors/index.js';
import { checkPeriod, MAX_YEAR, MIN_YEAR } from './check-period.js';
import { formatPeriod } from './format-period.js';
import { fromMonthIndex, monthSpan } from './month-index.js';
import type { Period } from './period.js';

/** How many months one step of this period's kind spans (a range steps by its own length). */
export function periodStep(period: Period): number {
  switch (period.kind) {
    case 'year':
    case 'year-to-date':
      return 12;
    case 'half':
      return 6;
    case 'quarter':
      return 3;
    case 'month':
      return 1;
    case 'range': {
      const [first, last] = monthSpan(period);
      return last - first + 1;
    }
  }
}

/**
 * Moves a period by a whole number of months, keeping its kind. `months` must be a multiple of
 * the kind's step for years, halves, quarters and year-to-date periods (callers guarantee it).
 *
 * @throws BilateralError `INVALID_PERIOD` when `period` is not a Period, or the result would leave
 * years 1–9999
 */
export function shiftPeriod(period: Period, months: number): Period {
  const [first, last] = monthSpan(checkPeriod(period, ['period']));
  const start = fromMonthIndex(first + months);
  const endYear = fromMonthIndex(last + months).year;
  if (start.year < MIN_YEAR || endYear > MAX_YEAR) {
    throw new BilateralError('INVALID_PERIOD', [
      {
        path: ['period'],
        message: `${formatPeriod(period)} moved by ${months} months leaves the years ${MIN_YEAR}–${MAX_YEAR} periods can be in`,
      },
    ]);
  }
  switch (period.kind) {
    case 'year':
      return { kind: 'year', year: start.year };
    case 'half':
      return { kind: 'half', year: start.year, half: start.month <= 6 ? 1 : 2 };
    case 'quarter':
      return {
        kind: 'quarter',
        year: start.year,
        quarter: Math.ceil(start.month / 3) as 1 | 2 | 3 | 4,
      };
    case 'month':
      return { kind: 'month', year: start.year, month: start.month };
    case 'year-to-date':
      return { kind: 'year-to-date', year: start.year, throughMonth: period.throughMonth };
    case 'range':
      return { kind: 'range', start, end: fromMonthIndex(last + months) };
  }
}
