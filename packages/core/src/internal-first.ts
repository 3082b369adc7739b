// The part of `@bilateral/core/internal` (see `internal.ts`) an app's first figure uses: named
// re-exports, so that a bundler places the files named here together.
export { uncheckedRoundedShare } from './balance/rounded-share.js';
export { uncheckedDatasetCommodities } from './dataset/checked-dataset-commodities.js';
export { uncheckedDatasetSeries } from './dataset/checked-dataset-series.js';
export { uncheckedGrowthRate } from './growth/checked-growth-rate.js';
export {
  uncheckedGrowthToDateDigits,
  uncheckedKnownUnit,
  uncheckedRateDigits,
  uncheckedRoundedRate,
  uncheckedUncertaintyUnit,
  uncheckedYearOnYearDigits,
} from './growth/unchecked-rate-digits.js';
export { uncheckedGroupDigits } from './money/number-separators.js';
export { uncheckedWriteMoneyIn } from './money/write-money-in.js';
export { uncheckedNextPeriod, uncheckedYearEarlier } from './period/shift-period.js';
export { uncheckedWritePeriod } from './period/write-period.js';
