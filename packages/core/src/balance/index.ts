export {
  type BalancePoint,
  type BalanceSeries,
  balanceSeries,
  type UnmatchedPeriod,
} from './balance-series.js';
// The positions' and measures' words by `export *` (as targets/index.ts does its statuses): a
// bundler that splits code then reaches only the words from the widgets' vi/lo/zh messages, not
// every module named here.
export * from './balance-words-lo.js';
export * from './balance-words-vi.js';
export * from './balance-words-zh.js';
export { checkedBalanceSeries } from './checked-balance-series.js';
export { coverageRatio } from './coverage-ratio.js';
export {
  DEFAULT_CIF_FOB_FACTOR,
  type MirrorGap,
  type MirrorGapOptions,
  mirrorGap,
  TYPICAL_CIF_FOB_RANGE,
} from './mirror-gap.js';
export { type RoundedShare, roundedShare } from './rounded-share.js';
export { shareOf } from './share-of.js';
export { type TradeBalance, type TradePosition, tradeBalance } from './trade-balance.js';
