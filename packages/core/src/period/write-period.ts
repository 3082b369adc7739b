import type { Period, YearMonth } from './period.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const yearMonth = (value: YearMonth): string => `${pad(value.year, 4)}-${pad(value.month, 2)}`;

/**
 * `formatPeriod` for a period the caller knows is valid (read with `parsePeriod` or
 * `readPeriodText`, or computed by the core): the same text, without checking the period, so code
 * that only writes periods it was given does not load the period checker and its messages. A
 * value that is not a valid {@link Period} is not reported: it gives plausible wrong text (quarter
 * 5 is written `2024-Q5`), `undefined` for an unknown kind, or a `TypeError`: use `formatPeriod`
 * for periods that come from elsewhere.
 *
 * @param period - a valid period
 * @returns its text form, as `formatPeriod` writes it
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
