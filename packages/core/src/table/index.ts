export { type BalanceReason, balanceBy, type GroupedBalance } from './balance-by.js';
export { type CagrReason, cagrBy, type GroupedCagr } from './cagr-by.js';
export { type FlowTableFilter, filterFlowTable } from './filter-flow-table.js';
export type { FlowGroups, GroupKeys } from './flow-groups.js';
export { FLOW_KEYS, type FlowKey, type FlowTable } from './flow-table.js';
export {
  createFlowTableBuilder,
  type FlowRecord,
  type FlowTableBuilder,
} from './flow-table-builder.js';
export { flowTableFromDataset } from './flow-table-from-dataset.js';
export { flowTableFromRecords } from './flow-table-from-records.js';
export { type GroupedGrowth, periodOnPeriodBy, yearOnYearBy } from './growth-by.js';
export { hsLevelTable } from './hs-level-table.js';
export { type RollUpOptions, rollUp, yearToDateBy } from './roll-up.js';
export { type GroupedShares, sharesBy } from './shares-by.js';
export { type GroupedSums, sumBy } from './sum-by.js';
export { type GroupedTop, topN } from './top-n.js';
