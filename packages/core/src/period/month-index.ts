import type { Period, YearMonth } from './period.js';

/** Months since year 0: `year * 12 + (month - 1)`. Makes month arithmetic plain integer maths. */
export function toMonthIndex(value: YearMonth): number {
  return value.year * 12 + (value.month - 1);
}

/** The {@link YearMonth} of a month index. */
export function fromMonthIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first and last month index a period covers (both inclusive). */
export function monthSpan(period: Period): readonly [first: number, last: number] {
  switch (period.kind) {
    case 'year':
      return [period.year * 12, period.year * 12 + 11];
    case 'half':
      return [period.year * 12 + (period.half - 1) * 6, period.year * 12 + period.half * 6 - 1];
    case 'quarter':
      return [
        period.year * 12 + (period.quarter - 1) * 3,
        period.year * 12 + period.quarter * 3 - 1,
      ];
    case 'month':
      return [toMonthIndex(period), toMonthIndex(period)];
    case 'year-to-date':
      return [period.year * 12, period.year * 12 + period.throughMonth - 1];
    case 'range':
      return [toMonthIndex(period.start), toMonthIndex(period.end)];
  }
}

/**
 * `comparePeriods` for periods the caller knows are valid: by first month, then by last month
 * (`-1`, `0` or `1`), without checking them.
 */
export function periodOrder(a: Period, b: Period): -1 | 0 | 1 {
  const [aFirst, aLast] = monthSpan(a);
  const [bFirst, bLast] = monthSpan(b);
  const difference = aFirst - bFirst || aLast - bLast;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}
