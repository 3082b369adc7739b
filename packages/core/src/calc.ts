/**
 * `@bilateral/core/calc`: the calculations alone — growth, balance, targets, periods, money,
 * commodity indicators,
 * series from a parsed dataset — for code that already holds plain typed
 * values (a dataset read with `datasetFromCompact`, or parsed once with `parseDataset`). Nothing
 * here imports a zod schema, a parser that builds one, or an embedded dataset, so a bundle that
 * imports only this entry carries none of them (`src/tree-shaking.test.ts` checks it). Everything
 * here is also exported by the root entry, `@bilateral/core`. The border-crossing functions
 * check the crossings they are given field by field, without a schema.
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
export {
  COMPACT_DATASET_FORMAT,
  type CompactColumn,
  type CompactDataset,
  datasetFromCompact,
} from './dataset/compact-dataset.js';
export type { Dataset, DatasetDocument } from './dataset/dataset.js';
export { datasetCommodities } from './dataset/dataset-commodities.js';
export { type DatasetSeriesRequest, datasetSeries } from './dataset/dataset-series.js';
export { economyLabel } from './economy/economy-label.js';
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
export {
  parseSeriesMeasure,
  SERIES_MEASURES,
  type SeriesMeasureInput,
} from './flow/parse-series-measure.js';
export type { Series, SeriesAlternative, SeriesMeasure, SeriesPoint } from './flow/series.js';
export { growthRate } from './growth/growth-rate.js';
export { yearOnYear } from './growth/year-on-year.js';
export { type HsLevel, hsCodeAt } from './hs/hs-level.js';
export {
  type CommodityTotal,
  type RollUpCommoditiesOptions,
  rollUpCommodities,
} from './hs/roll-up-commodities.js';
export * from './indicators/index.js';
export type {
  BorderCrossing,
  ClassChange,
  CrossingSide,
  StatusPeriod,
} from './infrastructure/border-crossing.js';
export {
  type ClassBasis,
  type CrossingClassOnDay,
  crossingClassOn,
} from './infrastructure/crossing-class-on.js';
export { type CrossingSideOnDay, crossingSideOn } from './infrastructure/crossing-side-on.js';
export {
  type CrossingStatusOnDay,
  crossingStatusOn,
} from './infrastructure/crossing-status-on.js';
export {
  CLASS_CHANGES,
  CROSSING_MODES,
  CROSSING_STATUSES,
  type CrossingMode,
  type CrossingStatus,
} from './infrastructure/crossing-terms.js';
export { CLASSIFICATION_SYSTEMS } from './infrastructure/data/classification-systems.js';
export type { OfficialCrossingCount } from './infrastructure/official-crossing-count.js';
export {
  type CrossingFilter,
  type CrossingSummary,
  type OfficialComparison,
  type OfficialComparisonRow,
  summarizeCrossings,
} from './infrastructure/summarize-crossings.js';
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
export { formatPeriod } from './period/format-period.js';
export { parsePeriod, safeParsePeriod } from './period/parse-period.js';
export { PERIOD_KINDS, type Period, type PeriodKind, type YearMonth } from './period/period.js';
export { periodEnd, periodStart } from './period/period-bounds.js';
export { nextPeriod, previousPeriod, yearEarlier } from './period/previous-period.js';
export {
  evaluateTarget,
  type LevelBand,
  type TargetEvaluation,
  type TargetProjection,
  type TargetStatus,
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
export { type TargetPath, type TargetPathPoint, targetPath } from './targets/target-path.js';
