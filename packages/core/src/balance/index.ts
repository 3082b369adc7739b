export {
  type BalancePoint,
  type BalanceSeries,
  balanceSeries,
  type UnmatchedPeriod,
} from './balance-series.js';
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
