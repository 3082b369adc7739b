export { comparePeriods, isSamePeriod, periodContains, periodsOverlap } from './compare-periods.js';
export { formatPeriod } from './format-period.js';
export { monthCount } from './month-count.js';
export { parsePeriod, safeParsePeriod } from './parse-period.js';
export { parsePeriodKind } from './parse-period-kind.js';
export { PERIOD_KINDS, type Period, type PeriodKind, type YearMonth } from './period.js';
export { periodEnd, periodStart } from './period-bounds.js';
export { periodMonths } from './period-months.js';
export { nextPeriod, previousPeriod, yearEarlier } from './previous-period.js';
