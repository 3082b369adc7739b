/** Border infrastructure: crossings, facilities, classes, summaries (schemas and parsers in `./schemas.ts`). */
export type { SideSelector } from './_lib/resolve.js';
export type {
  BorderCrossing,
  ClassChange,
  CrossingSide,
  ParseCrossingOptions,
  StatusPeriod,
} from './border-crossing.js';
export {
  type BorderTradeFacility,
  FACILITY_KINDS,
  type FacilityKind,
} from './border-trade-facility.js';
export { type CrossingClassCheck, checkCrossingClass } from './check-crossing-class.js';
export { checkDatasetCrossings } from './check-dataset-crossings.js';
export {
  AUDIENCES,
  AUTHORITIES,
  type Audience,
  type Authority,
  type ClassificationSystem,
  type CrossingClass,
  GOODS_KINDS,
  type GoodsKind,
} from './classification-system.js';
export {
  type ClassRule,
  type CrossingClassification,
  classifyCrossing,
} from './classify-crossing.js';
export type { CrossingAttributes } from './crossing-attributes.js';
export { type ClassBasis, type CrossingClassOnDay, crossingClassOn } from './crossing-class-on.js';
export type { CrossingPlan } from './crossing-plan.js';
export { type CrossingSideOnDay, crossingSideOn } from './crossing-side-on.js';
export { type CrossingStatusOnDay, crossingStatusOn } from './crossing-status-on.js';
export {
  CLASS_CHANGES,
  CROSSING_MODES,
  CROSSING_STATUSES,
  type CrossingMode,
  type CrossingStatus,
} from './crossing-terms.js';
export type { CrossingTrade } from './crossing-trade.js';
export * from './data/index.js';
export type { KnownNames } from './known-names.js';
export type { OfficialCrossingCount } from './official-crossing-count.js';
export type { PartialDate } from './partial-date.js';
export {
  DEFAULT_RANK_WEIGHTS,
  RANK_TERMS,
  type RankCriteria,
  type RankedCrossing,
  type RankTerm,
  type RankTermResult,
  rankCrossings,
} from './rank-crossings.js';
export { sideClassOn } from './side-class-on.js';
export { statusOn } from './status-on.js';
export { summarizeCheckedCrossings } from './summarize-checked-crossings.js';
export {
  type CrossingFilter,
  type CrossingSummary,
  type OfficialComparison,
  type OfficialComparisonRow,
  summarizeCrossings,
} from './summarize-crossings.js';
export type { UncertainMarker } from './uncertain-marker.js';
