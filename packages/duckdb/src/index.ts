/**
 * `@bilateral/duckdb`: UN Comtrade bulk files read and aggregated exactly in an embedded DuckDB
 * (in the process, nothing to start), for the core's flow table or for Parquet. Use it for files
 * larger than memory or many of them; a dataset document or a small CSV is for the core's
 * importers (`importFlowsCsv`, `importComtrade`).
 *
 * @categoryDescription DuckDB
 * {@link readComtradeBulk} reads a file or a folder of them into a flow table with a report of
 * what it left out; {@link writeComtradeBulkParquet} writes the totals straight to Parquet, and
 * {@link writeFlowsParquet} writes flows held in memory. Refusals are the core's
 * `BilateralError`s, naming file, line and field.
 *
 * @packageDocumentation
 */
export type {
  BulkExclusionReason,
  ComtradeBulkLeftOut,
  ComtradeBulkOptions,
  ComtradeBulkReport,
} from './comtrade-bulk-report.js';
export { readComtradeBulk } from './read-comtrade-bulk.js';
export { writeComtradeBulkParquet } from './write-comtrade-bulk-parquet.js';
export { type FlowsParquetOptions, writeFlowsParquet } from './write-flows-parquet.js';
