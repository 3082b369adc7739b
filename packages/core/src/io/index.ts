export type { TextSource } from './_text-chunks.js';
export {
  type ComtradeCache,
  type ComtradeFetchResult,
  type ComtradeProgress,
  type FetchComtradeOptions,
  fetchComtrade,
} from './fetch-comtrade.js';
export type { ComtradeArea, ComtradeQuery } from './fetch-comtrade-query.js';
export type { ComtradeRetryOptions, ComtradeWait } from './fetch-comtrade-request.js';
export { type ComtradeImportOptions, importComtrade } from './import-comtrade.js';
export {
  type ComtradeStreamOptions,
  importComtradeStream,
  type StreamedImport,
} from './import-comtrade-stream.js';
export { type FlowsCsvImportOptions, importFlowsCsv } from './import-flows-csv.js';
export { type FlowsCsvStreamOptions, importFlowsCsvStream } from './import-flows-csv-stream.js';
export type {
  ExcludedRows,
  ExclusionReason,
  ImportedDocument,
  ImportNote,
  ImportNoteCode,
  ImportReport,
  ImportResult,
  ReportRow,
} from './import-result.js';
export type { ImportSpill, SpillFile, SpillStore } from './spill-store.js';
