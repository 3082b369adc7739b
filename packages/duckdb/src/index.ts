export type {
  BulkExclusionReason,
  ComtradeBulkOptions,
  ComtradeBulkReport,
} from './comtrade-bulk-report.js';
export { readComtradeBulk } from './read-comtrade-bulk.js';
export { writeComtradeBulkParquet } from './write-comtrade-bulk-parquet.js';
export { type FlowsParquetOptions, writeFlowsParquet } from './write-flows-parquet.js';
