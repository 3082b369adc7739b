export { amountFromJson } from './_from-json.js';
export { addIntervals } from './add-intervals.js';
export { divideIntervals } from './divide-intervals.js';
export type { AmountFigure, RateFigure } from './figure.js';
export { type FormatIntervalOptions, formatInterval } from './format-interval.js';
export { growthInterval } from './growth-interval.js';
export { impliedBalance } from './implied-balance.js';
export { impliedCurrentFigure } from './implied-current-figure.js';
export { impliedCurrentInterval } from './implied-current-interval.js';
export { impliedGrowth } from './implied-growth.js';
export { impliedPreviousFigure } from './implied-previous-figure.js';
export { impliedPreviousInterval } from './implied-previous-interval.js';
export { impliedShare } from './implied-share.js';
export { impliedSum } from './implied-sum.js';
export { impliedWhole } from './implied-whole.js';
export { type Interval, type IntervalBounds, interval, intervalWidth } from './interval.js';
export { intervalContains } from './interval-contains.js';
export { intervalsOverlap, type OverlapOptions } from './intervals-overlap.js';
export { lowerBoundOf, statedLowerBound } from './lower-bound-of.js';
export { multiplyIntervals } from './multiply-intervals.js';
export { narrowedCoverage } from './narrowed-coverage.js';
export {
  type ParsePublishedAmountOptions,
  parsePublishedAmount,
  safeParsePublishedAmount,
} from './parse-published-amount.js';
export {
  type ParsePublishedRateOptions,
  parsePublishedRate,
  safeParsePublishedRate,
} from './parse-published-rate.js';
export {
  type LowerBound,
  type PublishedAmount,
  type PublishedAmountInput,
  publishedAmount,
  type RoundingAssumption,
  type Scale,
} from './published-amount.js';
export {
  type PublishedRate,
  type PublishedRateInput,
  publishedRate,
  type RateDirection,
} from './published-rate.js';
export {
  type PublishedTrade,
  publishedLevels,
  publishedTrade,
} from './published-trade.js';
export { reconcile } from './reconcile.js';
export type {
  ImpliedValue,
  LabelledInterval,
  ReconcileReport,
  Relation,
  RelationKind,
  Verdict,
} from './relation.js';
export { scaleInterval } from './scale-interval.js';
export type {
  PublishedAmountFields,
  PublishedAmountJson,
  PublishedRateJson,
  Statement,
  StatementFields,
} from './statement.js';
export { subtractIntervals } from './subtract-intervals.js';
export {
  type TradeFigures,
  type TradeIntervals,
  tradeConflict,
  tradeIntervals,
} from './trade-intervals.js';
