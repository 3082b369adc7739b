export { type ComtradeImportOptions, importComtrade } from './import-comtrade.js';
export { type FlowsCsvImportOptions, importFlowsCsv } from './import-flows-csv.js';
export type {
  ExcludedRows,
  ExclusionReason,
  ImportedDocument,
  ImportNote,
  ImportNoteCode,
  ImportReport,
  ImportResult,
} from './import-result.js';
