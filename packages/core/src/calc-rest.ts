// The rest of `@bilateral/core/calc` (see `calc-plain.ts`): the checking functions and the
// calculations an app's first figure does not use.
export {
  type BalancePoint,
  type BalanceSeries,
  balanceSeries,
  type UnmatchedPeriod,
} from './balance/balance-series.js';
export { checkedBalanceSeries } from './balance/checked-balance-series.js';
export { type RoundedShare, roundedShare } from './balance/rounded-share.js';
export type { Dataset, DatasetDocument } from './dataset/dataset.js';
export { datasetCommodities } from './dataset/dataset-commodities.js';
export type { DatasetSeriesRequest } from './dataset/dataset-series-with.js';
export type { Series, SeriesAlternative, SeriesMeasure, SeriesPoint } from './flow/series.js';
export { fewestDigits } from './growth/fewest-digits.js';
export { growthRate } from './growth/growth-rate.js';
export { knownDigits } from './growth/known-digits.js';
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
export { formatPeriod } from './period/format-period.js';
export { lastMonthIndex } from './period/last-month-index.js';
export { periodEnd, periodStart } from './period/period-bounds.js';
export { nextPeriod, previousPeriod, yearEarlier } from './period/previous-period.js';
export { bandDecimals } from './targets/band-decimals.js';
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
