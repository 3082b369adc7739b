// The part of `@bilateral/core/calc` an app's first figure uses: the series of a parsed or compact
// dataset, rates, periods and amounts of values known to be valid, and the error class. Named
// re-exports, so that a bundler places the files named here together; `calc.ts` re-exports this
// barrel and `calc-rest.ts` with `export *`, so that an app importing only these names does not
// reach the rest of `/calc` (the checking functions and their messages), which its on-demand
// chunks may use. See docs/performance-history.md, "2026-12-03 later: the core's share of an
// app's first load (h80; issue 13)".
export { DECIMAL_PRECISION, Decimal, type DecimalInput } from './_internal/decimal.js';
export { checkedDatasetCommodities } from './dataset/checked-dataset-commodities.js';
export {
  type CheckedDatasetSeriesRequest,
  checkedDatasetSeries,
} from './dataset/checked-dataset-series.js';
export {
  COMPACT_DATASET_FORMAT,
  type CompactColumn,
  type CompactDataset,
  datasetFromCheckedCompact,
} from './dataset/compact-dataset.js';
export { isLocale, LOCALES, type Locale } from './economy/locale.js';
export {
  BilateralError,
  type BilateralErrorCode,
  type BilateralIssue,
  formatIssuePath,
  type IssuePath,
  type SafeParseResult,
} from './errors/bilateral-error.js';
export { defaultMeasure } from './flow/default-measure.js';
export { parseSeriesMeasure, type SeriesMeasureInput } from './flow/parse-series-measure.js';
export { checkedGrowthRate } from './growth/checked-growth-rate.js';
export { groupDigits, NUMBER_SEPARATORS } from './money/number-separators.js';
export { type WriteMoneyOptions, writeMoney } from './money/write-money.js';
export { writeMoneyIn } from './money/write-money-in.js';
export { PERIOD_KINDS, type Period, type PeriodKind, type YearMonth } from './period/period.js';
export { readPeriodText } from './period/read-period-text.js';
export { checkedNextPeriod, checkedYearEarlier } from './period/shift-period.js';
export { writePeriod } from './period/write-period.js';
