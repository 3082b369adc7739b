export {
  contributionsToGrowth,
  type GrowthContributionRows,
} from './contributions-to-growth.js';
export { type FlowValuesRequest, flowValues } from './flow-values.js';
export { type Concentration, type ConcentrationBand, herfindahlIndex } from './herfindahl-index.js';
export type {
  IndicatorRow,
  IndicatorValue,
  KeyedValue,
  NoIndicatorReason,
} from './indicator-value.js';
export { marketShares } from './market-shares.js';
export {
  type MirrorBand,
  type MirrorFlow,
  type MirrorFlowsRequest,
  type MirrorReconciliation,
  mirrorFlows,
} from './mirror-flows.js';
export { revealedComparativeAdvantage } from './revealed-comparative-advantage.js';
export { shares } from './shares.js';
export { type RankedValue, type TopValues, topValues } from './top-values.js';
export { type TradeIntensityInput, tradeIntensity } from './trade-intensity.js';
