import type { Period, PeriodKind } from '../../period/index.js';
import { fromMonthIndex, monthSpan } from '../../period/month-index.js';

/** The kinds that tile the calendar: each month belongs to exactly one period of the kind. */
export type FixedKind = 'month' | 'quarter' | 'half' | 'year';

/** Months in one period of a fixed kind. */
export const MONTHS_IN: Readonly<Record<FixedKind, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** Whether a kind tiles the calendar. */
export function isFixedKind(kind: PeriodKind): kind is FixedKind {
  return kind === 'month' || kind === 'quarter' || kind === 'half' || kind === 'year';
}

/** The period of `kind` that contains the month with this index (months since year 0). */
export function periodOfKind(kind: FixedKind, monthIndex: number): Period {
  const { year, month } = fromMonthIndex(monthIndex);
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'half':
      return { kind, year, half: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year };
  }
}

/** The periods of `kind` that make up `outer`, in order (`outer` must be tiled by them). */
export function periodsWithin(outer: Period, kind: FixedKind): Period[] {
  const [first, last] = monthSpan(outer);
  const periods: Period[] = [];
  for (let index = first; index <= last; index += MONTHS_IN[kind]) {
    periods.push(periodOfKind(kind, index));
  }
  return periods;
}
