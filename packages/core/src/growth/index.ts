export { aggregateSeries } from './aggregate-series.js';
export type {
  AggregatedPoint,
  AggregatedSeries,
  AggregateOptions,
} from './aggregated-series.js';
export type { Amount, LevelOf } from './amount.js';
// `export *`, not named: a bundle that takes `intervalAmount` or `knownAmount` through the root
// entry then reaches amount-digits.ts alone, not this barrel and every module it names (esbuild
// gives a module to every chunk that reaches a barrel naming it). Named, a chunk of the widgets'
// validator that took them from the root entry reached rate-digits.ts, which an app's first
// figure uses, and esbuild split that into a third file an app loads first (h172, measured).
export * from './amount-digits.js';
export { cagr } from './cagr.js';
export { checkedGrowthRate } from './checked-growth-rate.js';
// `export *` too (see above): the widgets' validator takes `fewestDigits` from the root entry.
export * from './fewest-digits.js';
export { type FixedBaseIndex, fixedBaseIndex, type IndexPoint } from './fixed-base-index.js';
export {
  type FlowPair,
  type GrowthContributions,
  growthContributions,
} from './growth-contributions.js';
export type {
  GrowthPoint,
  NoRateReason,
  RatedGrowthPoint,
  UnratedGrowthPoint,
} from './growth-point.js';
export { growthRate } from './growth-rate.js';
export { impliedCurrent } from './implied-current.js';
export { impliedPrevious } from './implied-previous.js';
// `export *` too, as `fewest-digits.js` above, which imports it.
export * from './known-digits.js';
export { periodOnPeriod } from './period-on-period.js';
export {
  growthToDateDigits,
  knownUnit,
  type RoundedRate,
  rateDigits,
  roundedRate,
  uncertaintyUnit,
  yearOnYearDigits,
} from './rate-digits.js';
export { type SeriesCagr, seriesCagr } from './series-cagr.js';
export { yearOnYear } from './year-on-year.js';
export { yearToDate } from './year-to-date.js';
