export type { SideSelector } from './_lib/resolve.js';
export {
  type BorderCrossing,
  BorderCrossingSchema,
  CLASS_CHANGES,
  type ClassChange,
  ClassChangeSchema,
  CROSSING_MODES,
  CROSSING_STATUSES,
  type CrossingMode,
  type CrossingSide,
  CrossingSideSchema,
  type CrossingStatus,
  type ParseCrossingOptions,
  parseBorderCrossing,
  type StatusPeriod,
  StatusPeriodSchema,
  safeParseBorderCrossing,
} from './border-crossing.js';
export {
  type BorderTradeFacility,
  BorderTradeFacilitySchema,
  FACILITY_KINDS,
  type FacilityKind,
  parseBorderTradeFacility,
  safeParseBorderTradeFacility,
} from './border-trade-facility.js';
export { type CrossingClassCheck, checkCrossingClass } from './check-crossing-class.js';
export {
  AUDIENCES,
  AUTHORITIES,
  type Audience,
  type Authority,
  type ClassificationSystem,
  ClassificationSystemSchema,
  type CrossingClass,
  CrossingClassSchema,
  GOODS_KINDS,
  type GoodsKind,
  parseClassificationSystem,
  safeParseClassificationSystem,
} from './classification-system.js';
export {
  type ClassRule,
  type CrossingClassification,
  classifyCrossing,
} from './classify-crossing.js';
export { type CrossingAttributes, CrossingAttributesSchema } from './crossing-attributes.js';
export { type ClassBasis, type CrossingClassOnDay, crossingClassOn } from './crossing-class-on.js';
export {
  type CrossingPlan,
  CrossingPlanSchema,
  parseCrossingPlan,
  safeParseCrossingPlan,
} from './crossing-plan.js';
export { type CrossingSideOnDay, crossingSideOn } from './crossing-side-on.js';
export { type CrossingStatusOnDay, crossingStatusOn } from './crossing-status-on.js';
export {
  type CrossingTrade,
  CrossingTradeSchema,
  parseCrossingTrade,
  safeParseCrossingTrade,
} from './crossing-trade.js';
export * from './data/index.js';
export { type KnownNames, KnownNamesSchema } from './known-names.js';
export {
  type OfficialCrossingCount,
  OfficialCrossingCountSchema,
  parseOfficialCrossingCount,
  safeParseOfficialCrossingCount,
} from './official-crossing-count.js';
export { parseBorderCrossings, safeParseBorderCrossings } from './parse-border-crossings.js';
export { type PartialDate, PartialDateSchema } from './partial-date.js';
export {
  DEFAULT_RANK_WEIGHTS,
  RANK_TERMS,
  type RankCriteria,
  type RankedCrossing,
  type RankTerm,
  type RankTermResult,
  rankCrossings,
} from './rank-crossings.js';
export {
  type CrossingFilter,
  type CrossingSummary,
  type OfficialComparison,
  type OfficialComparisonRow,
  summarizeCrossings,
} from './summarize-crossings.js';
export { type UncertainMarker, UncertainMarkerSchema } from './uncertain-marker.js';
