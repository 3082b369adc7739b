export { FLOW_KEYS, type FlowKey, type FlowTable } from './flow-table.js';
export {
  createFlowTableBuilder,
  type FlowRecord,
  type FlowTableBuilder,
} from './flow-table-builder.js';
export { flowTableFromDataset } from './flow-table-from-dataset.js';
export { flowTableFromRecords } from './flow-table-from-records.js';
