export { buildSeries, type SeriesRequest } from './build-series.js';
export { defaultMeasure } from './default-measure.js';
export {
  parseSeriesMeasure,
  SERIES_MEASURES,
  type SeriesMeasureInput,
} from './parse-series-measure.js';
export { preferredFlow } from './preferred-flow.js';
export { type FlowFilter, selectFlows } from './select-flows.js';
export type { Series, SeriesAlternative, SeriesMeasure, SeriesPoint } from './series.js';
export type { Source } from './source.js';
export { type TradeFlow, tradeFlowToJson } from './trade-flow.js';
export type { TradeFlowJson } from './trade-flow-schema.js';
