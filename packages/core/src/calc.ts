/**
 * `@bilateral/core/calc`: the calculations alone — growth, balance, targets, periods, money,
 * commodity indicators,
 * series from a parsed dataset — for code that already holds plain typed
 * values (a dataset read with `datasetFromCompact`, or parsed once with `parseDataset`). Nothing
 * here imports a zod schema, a parser that builds one, or an embedded dataset, so a bundle that
 * imports only this entry carries none of them (`src/tree-shaking.test.ts` checks it). Everything
 * here is also exported by the root entry, `@bilateral/core`. The border-crossing functions
 * (`crossingClassOn`, `summarizeCrossings`, …) check the crossings they are given field by field,
 * without a schema, but are exported by the root entry only: an app's bundler places a module by
 * the modules that import it, file by file, so a `/calc` that re-exported them would bring the
 * crossing rules (which the validator also uses) into every app that imports `/calc`. For the
 * same reason the target calculations (`evaluateTarget`, `targetPath`, `requiredRate`) have an
 * entry of their own, `@bilateral/core/targets`: an element that draws a target band only on
 * demand keeps them out of what an app loads first. `/calc` keeps the target types. `economyLabel`
 * (the economy table's names, about 8 kB minified) is in the root entry only, for the same reason:
 * the widgets load it on demand. So is `datasetSeries`, which reads published-figure text with the
 * figure parser (which the validator also uses), and `datasetSeriesWith` (the same with the reader
 * of that text from its caller), which checks its request: an app that loads the checker only to
 * word an error would otherwise carry it first. `/calc` has `checkedDatasetSeries`, for requests
 * the caller made valid, with the reader from its caller.
 * `parsePeriod` (period text checked, with a message for every mistake; the validator's period
 * schema reads with it) is in the root entry only too: `/calc` has `readPeriodText`, which reads
 * text known to be valid and gives `undefined` for any other.
 *
 * @packageDocumentation
 */
export { DECIMAL_PRECISION, Decimal, type DecimalInput } from './_internal/decimal.js';
export {
  type BalancePoint,
  type BalanceSeries,
  balanceSeries,
  type UnmatchedPeriod,
} from './balance/balance-series.js';
export { checkedBalanceSeries } from './balance/checked-balance-series.js';
export {
  type CheckedDatasetSeriesRequest,
  checkedDatasetSeries,
} from './dataset/checked-dataset-series.js';
export {
  COMPACT_DATASET_FORMAT,
  type CompactColumn,
  type CompactDataset,
  datasetFromCompact,
} from './dataset/compact-dataset.js';
export type { Dataset, DatasetDocument } from './dataset/dataset.js';
export { datasetCommodities } from './dataset/dataset-commodities.js';
export type { DatasetSeriesRequest } from './dataset/dataset-series-with.js';
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
export type { Series, SeriesAlternative, SeriesMeasure, SeriesPoint } from './flow/series.js';
export { checkedGrowthRate } from './growth/checked-growth-rate.js';
export { growthRate } from './growth/growth-rate.js';
export { yearOnYear } from './growth/year-on-year.js';
export { type HsLevel, hsCodeAt } from './hs/hs-level.js';
export {
  type CommodityTotal,
  type RollUpCommoditiesOptions,
  rollUpCommodities,
} from './hs/roll-up-commodities.js';
export * from './indicators/index.js';
export { convert } from './money/convert.js';
export {
  type ConvertedPoint,
  type ConvertedSeries,
  convertSeries,
  type SeriesConversionOptions,
} from './money/convert-series.js';
export { type ConversionOptions, findRate, type RateUsed } from './money/find-rate.js';
export { type FormatMoneyOptions, formatMoney } from './money/format-money.js';
export { type Money, money } from './money/money.js';
export type { ExchangeRate, RateKind } from './money/rate-table.js';
export { type WriteMoneyOptions, writeMoney } from './money/write-money.js';
export { formatPeriod } from './period/format-period.js';
export { PERIOD_KINDS, type Period, type PeriodKind, type YearMonth } from './period/period.js';
export { periodEnd, periodStart } from './period/period-bounds.js';
export { nextPeriod, previousPeriod, yearEarlier } from './period/previous-period.js';
export { readPeriodText } from './period/read-period-text.js';
export { checkedNextPeriod, checkedYearEarlier } from './period/shift-period.js';
export { writePeriod } from './period/write-period.js';
export type {
  CheckedTargetEvaluation,
  LevelBand,
  TargetEvaluation,
  TargetProjection,
  TargetStatus,
} from './targets/evaluate-target.js';
export type {
  AverageGrowthBandTarget,
  GrowthBandTarget,
  LevelTarget,
  RateBand,
  Target,
  TargetCommon,
  TargetMeasure,
} from './targets/target.js';
export type { TargetPath, TargetPathPoint } from './targets/target-path.js';
