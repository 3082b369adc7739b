import { checkPeriodShape } from '../_internal/face-checks.js';
import type { Period, YearMonth } from './period.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const yearMonth = (value: YearMonth): string => `${pad(value.year, 4)}-${pad(value.month, 2)}`;

/**
 * `formatPeriod` for a period the caller knows is valid (read with `parsePeriod` or
 * `readPeriodText`, or computed by the core): the same text, without checking the period, so code
 * that only writes periods it was given does not load the period checker and its messages. A
 * value of the wrong shape (nothing, text, an object of no known kind or without the whole numbers
 * its kind is written with) is refused, but a period out of its values' ranges is not reported: it
 * gives plausible wrong text (quarter 5 is written `2024-Q5`). Use `formatPeriod` for periods that
 * come from elsewhere.
 *
 * @param period - a valid period
 * @returns its text form, as `formatPeriod` writes it
 * @throws BilateralError `INVALID_INPUT` at `period` for a value not shaped as a period
 *
 * @example
 * ```ts
 * writePeriod({ kind: 'quarter', year: 2021, quarter: 1 });
 * //=> '2021-Q1'
 * writePeriod({ kind: 'range', start: { year: 2023, month: 11 }, end: { year: 2024, month: 2 } });
 * //=> '2023-11/2024-02'
 * ```
 *
 * @category Periods
 */
export function writePeriod(period: Period): string {
  checkPeriodShape(period, ['period']);
  return uncheckedWritePeriod(period);
}

/**
 * {@link writePeriod} without its check of the period's shape, for the core's own modules and the
 * widgets (from `@bilateral/core/internal`), which write periods they read or computed: every
 * page loads this, and a check there would be bytes on every page for no mistake it could catch.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedWritePeriod({ kind: 'year-to-date', year: 2024, throughMonth: 9 });
 * //=> '2024-01/2024-09'
 * ```
 */
export function uncheckedWritePeriod(period: Period): string {
  switch (period.kind) {
    case 'year':
      return pad(period.year, 4);
    case 'half':
      return `${pad(period.year, 4)}-H${period.half}`;
    case 'quarter':
      return `${pad(period.year, 4)}-Q${period.quarter}`;
    case 'month':
      return yearMonth(period);
    case 'year-to-date':
      return `${pad(period.year, 4)}-01/${yearMonth({ year: period.year, month: period.throughMonth })}`;
    case 'range':
      return `${yearMonth(period.start)}/${yearMonth(period.end)}`;
  }
}
