/** The infrastructure module's schemas and parsers. */
export {
  BorderCrossingSchema,
  ClassChangeSchema,
  CrossingSideSchema,
  parseBorderCrossing,
  StatusPeriodSchema,
  safeParseBorderCrossing,
} from './border-crossing.js';
export {
  BorderTradeFacilitySchema,
  parseBorderTradeFacility,
  safeParseBorderTradeFacility,
} from './border-trade-facility.js';
export {
  ClassificationSystemSchema,
  CrossingClassSchema,
  parseClassificationSystem,
  safeParseClassificationSystem,
} from './classification-system.js';
export { CrossingAttributesSchema } from './crossing-attributes.js';
export { CrossingPlanSchema, parseCrossingPlan, safeParseCrossingPlan } from './crossing-plan.js';
export {
  CrossingTradeSchema,
  parseCrossingTrade,
  safeParseCrossingTrade,
} from './crossing-trade.js';
export { KnownNamesSchema } from './known-names.js';
export {
  OfficialCrossingCountSchema,
  parseOfficialCrossingCount,
  safeParseOfficialCrossingCount,
} from './official-crossing-count.js';
export { parseBorderCrossings, safeParseBorderCrossings } from './parse-border-crossings.js';
export { PartialDateSchema } from './partial-date.js';
export { UncertainMarkerSchema } from './uncertain-marker.js';
