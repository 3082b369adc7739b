export { buildSeries, type SeriesRequest } from './build-series.js';
export { defaultMeasure } from './default-measure.js';
export { type FlowFilter, selectFlows } from './select-flows.js';
export type { Series, SeriesMeasure, SeriesPoint } from './series.js';
export {
  parseSource,
  type Source,
  SourceSchema,
  safeParseSource,
} from './source.js';
export {
  EconomyCodeTextSchema,
  FlowDirectionSchema,
  FlowStatusSchema,
  parseTradeFlow,
  safeParseTradeFlow,
  type TradeFlow,
  type TradeFlowJson,
  TradeFlowSchema,
  tradeFlowFromJson,
  tradeFlowToJson,
} from './trade-flow.js';
