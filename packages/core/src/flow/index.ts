export { buildSeries, type SeriesRequest } from './build-series.js';
export { defaultMeasure } from './default-measure.js';
// The measures' and marks' words by `export *` (as targets/index.ts does its statuses): a
// bundler that splits code then reaches only the words from the widgets' vi/lo/zh messages, not
// every module named here.
export * from './flow-words-lo.js';
export * from './flow-words-vi.js';
export * from './flow-words-zh.js';
export { parseSeriesMeasure, type SeriesMeasureInput } from './parse-series-measure.js';
export { preferredFlow } from './preferred-flow.js';
export { type FlowFilter, selectFlows } from './select-flows.js';
export type { Series, SeriesAlternative, SeriesMeasure, SeriesPoint } from './series.js';
export { SERIES_MEASURES } from './series-measures.js';
export type { Source } from './source.js';
export { type TradeFlow, tradeFlowToJson } from './trade-flow.js';
export type { TradeFlowJson } from './trade-flow-schema.js';
