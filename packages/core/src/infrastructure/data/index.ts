export {
  CHINA_PORT_SYSTEM,
  CLASSIFICATION_SYSTEMS,
  LAOS_CHECKPOINT_SYSTEM,
  VIETNAM_BORDER_GATE_SYSTEM,
} from './classification-systems.js';
export { CROSSING_TRADE_OBSERVATIONS } from './crossing-trade.js';
export { BORDER_TRADE_FACILITIES, VIETNAM_LAOS_ECONOMIC_ZONES } from './facilities.js';
export { FACILITY_KIND_DEFINITIONS, type FacilityKindDefinition } from './facility-kinds.js';
export { VIETNAM_LAOS_GATE_PLAN_1201 } from './gate-plan.js';
export { LAOS_CHINA_CROSSINGS } from './laos-china-crossings.js';
export {
  LAOS_CHECKPOINT_COUNT_2016,
  type ListCompleteness,
  VIETNAM_LAOS_LIST_COMPLETENESS,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
} from './official-counts.js';
export { INFRASTRUCTURE_SOURCES } from './sources.js';
export { VIETNAM_LAOS_CROSSINGS } from './vietnam-laos-crossings.js';
