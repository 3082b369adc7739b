/**
 * `@bilateral/core/node`: helpers for command-line programs on Node — a line writer that ends
 * quietly when the reader closes the pipe (`| head`), and temporary files on disk for a streamed
 * import with bounded memory (`tempSpillStore`), and the output of a program that ends with exit code
 * 2 when stdout or stderr cannot be written (`commandOutput`), and an output file written whole
 * or not at all, in place of the one there (`writeInPlace`, with `writeReason` to say why not, and
 * `removeOnStop`, which it uses, to remove temporary files when the process is stopped, and
 * `isSameFile` to find that it is none the program reads), why a file could not be read
 * (`readReason`), a dataset file read as every `bilateral` command reads it, with its errors and
 * exit codes (`loadDatasetFile`, `UsageError`, `FileError`, `EXIT`, and `problemsReport` to write
 * an input's problems: `bilateral-embed` reports them alike), and for `@bilateral/duckdb` the
 * core's ways of saying an import's problems and notes (`keptIssuesError`, `quoteInput`,
 * `readAmountText`, `calendarDateProblem`, `headerIssues`, `widthWords`, `HEADER_AGAIN_WORDS`,
 * `possiblyTruncatedWords`, `missingQuantityNote` with `QuantityKeys`, `NESTED_COMMODITIES_WORDS`),
 * so both engines say them alike, and which files of a folder its bulk read takes
 * (`BULK_FILE_NAME`, `bulkFilesIn`), which the command checks it can open first. The
 * `bilateral` command uses them, and `@bilateral/duckdb` writes its Parquet files with them;
 * the widgets' `bilateral-embed` takes its output from here instead of keeping a copy. Nothing in
 * the root entry or `/calc` imports this module, so browser bundles never see it.
 *
 * @packageDocumentation
 */

export { type AmountText, readAmountText } from './_internal/amount-text.js';
export { calendarDateProblem } from './_internal/calendar-date.js';
export { checkedQuoteInput as quoteInput } from './_internal/face-checks.js';
export { KEPT_PROBLEMS, keptIssuesError } from './_internal/kept-issues.js';
export { BULK_FILE_NAME, bulkFilesIn } from './cli/bulk-files-in.js';
export { type CliErrorCode, EXIT, FileError, type TextPlace, UsageError } from './cli/cli-io.js';
export { problemsReport } from './cli/issue-lines.js';
export { loadDatasetFile } from './cli/load-dataset.js';
export {
  type CommandOutput,
  commandOutput,
  lineWriter,
  type OutputStream,
} from './cli/process-io.js';
export { readReason } from './cli/read-text-file.js';
export { removeOnStop } from './cli/remove-on-stop.js';
export { isSameFile, type NamedFile, namedFile } from './cli/same-file.js';
export { type TempSpillStore, tempSpillStore } from './cli/temp-spill-store.js';
export { writeReason } from './cli/write-reason.js';
export { writeInPlace } from './cli/written-beside.js';
export type { QuantityKeys } from './io/_comtrade-fields.js';
export { missingQuantityNote } from './io/_comtrade-row.js';
export {
  COMTRADE_RESPONSE_LIMITS,
  NESTED_COMMODITIES_WORDS,
  possiblyTruncatedWords,
} from './io/_comtrade-rules.js';
export { HEADER_AGAIN_WORDS, headerIssues, widthWords } from './io/_records.js';
