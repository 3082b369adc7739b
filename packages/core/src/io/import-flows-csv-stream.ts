import { issuesFromZod } from '../_internal/zod-issues.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { TradeFlowSchema } from '../flow/trade-flow-schema.js';
import { splitOnFlows } from './_batch-handler.js';
import type { CsvRecord, CsvTable } from './_csv.js';
import { CsvChunkReader, type CsvLines } from './_csv-stream.js';
import { FlowRepeats } from './_flow-repeats.js';
import { withFlowRowPieces } from './_flow-row-pieces.js';
import { inRowOrder } from './_issues-in-row-order.js';
import { LineNumbers } from './_line-numbers.js';
import { type CsvHeader, isSeparatorLine, readCsvHeader } from './_records.js';
import { exampleLimit, ImportLog } from './_report.js';
import { memoryFiles, RowLedger } from './_row-ledger.js';
import { RowRuns } from './_row-runs.js';
import { spillSettings } from './_spill-settings.js';
import { type TextSource, textChunks } from './_text-chunks.js';
import type { StreamedImport } from './import-comtrade-stream.js';
import {
  CUT_SHORT_NOTE,
  EMPTY_NOTE,
  type FlowsCsvImportOptions,
  flowsCsvRules,
  repeatMessage,
} from './import-flows-csv.js';
import type { ReportRow } from './import-result.js';
import type { ImportSpill } from './spill-store.js';

/**
 * Options of {@link importFlowsCsvStream}: those of {@link importFlowsCsv}, and where the flows go.
 *
 * @example
 * ```ts
 * const flows: TradeFlowJson[] = [];
 * const options: FlowsCsvStreamOptions = { status: 'preliminary', onFlows: (batch) => { flows.push(...batch); } };
 * await importFlowsCsvStream(['reporter,partner,flow,period,value,currency\n', 'VNM,LAO,export,2024,1,USD\n'], options);
 * flows[0]?.status;
 * //=> 'preliminary'
 * ```
 *
 * @category Importers
 */
export interface FlowsCsvStreamOptions extends FlowsCsvImportOptions {
  /**
   * Takes each batch of flows, in the order of the rows, as soon as the rows are read; a promise
   * it returns is awaited. When the import then fails, the flows it was given must be thrown away.
   */
  readonly onFlows: (flows: readonly TradeFlowJson[]) => void | Promise<void>;
  /**
   * Bounded memory for big files, as for {@link ComtradeStreamOptions.spill}: past `spill.records`
   * distinct flows (1,048,576 by default) the keys of the others go to temporary files from
   * `spill.store`, checked for repeats once the input has ended, with the same issues, paths and
   * lines. A flows CSV refuses every repeat, so nothing is ever dropped: `droppedFlows` is empty.
   */
  readonly spill?: ImportSpill;
  /**
   * How many rows each note of the report lists: the first ones (100 by default); the others are
   * counted in `omitted`. `Infinity` lists every row.
   */
  readonly examples?: number;
  /**
   * Asks for the full list of the notes' rows, as {@link ComtradeStreamOptions.onReportRows}
   * gives it: every row, in batches, once the import has succeeded.
   */
  readonly onReportRows?: (rows: readonly ReportRow[]) => void | Promise<void>;
}

/**
 * Imports the simple flows CSV from a stream, chunk by chunk, with the rules, notes and errors of
 * {@link importFlowsCsv}, handing the flows out in batches as the rows are read. What it keeps:
 * the lines of the rows and the rows of the flows as runs (a few bytes for a file without blank
 * lines), the first rows of each note (`examples`), one entry per series (to refuse mixed
 * currencies) and per distinct flow (to refuse repeats: five dictionary codes and a row, about 40
 * bytes; with `spill`, past `spill.records` flows the other keys go to temporary files) — not the
 * text nor the flows.
 *
 * @param source - chunks of text or UTF-8 bytes: a Node `Readable`, a web `ReadableStream`, any
 *   (async) iterable
 * @param options - those of {@link importFlowsCsv}, `onFlows`, which takes each batch of flows,
 *   `spill`, for bounded memory, and `examples`, the rows each note lists
 * @returns the sources of the dataset and the report (with `spill`, an empty `droppedFlows` too)
 * @throws {@link BilateralError} `INVALID_IMPORT` with every problem, each row's path and line,
 *   once the input has ended (a bad header at once) — the flows handed out before must then be
 *   thrown away; `INVALID_INPUT` for bad options (`spill.store` without `create`, `spill.records`
 *   not a whole number of at least 1, `examples` not a whole number of at least 0 or `Infinity`)
 *
 * @example
 * ```ts
 * const flows: TradeFlowJson[] = [];
 * const { report } = await importFlowsCsvStream(
 *   ['reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024-01,491900000,USD\n',
 *    'VNM,LAO,export,2024-02,1.5,USD\n'],
 *   { status: 'official', onFlows: (batch) => { flows.push(...batch); } },
 * );
 * [flows.map((flow) => flow.value), report.records];
 * //=> [['491900000', '1.5'], 2]
 * ```
 *
 * @category Importers
 */
export async function importFlowsCsvStream(
  source: TextSource,
  options: FlowsCsvStreamOptions,
): Promise<StreamedImport> {
  const { onFlows, importOptions } = splitOnFlows(options);
  const spill = spillSettings(options.spill);
  const rules = flowsCsvRules(importOptions, new FlowRepeats(spill));
  const reader = new CsvChunkReader(rules.delimiter);
  const lines = new LineNumbers();
  const lineOf = (row: number) => lines.at(row);
  const onReportRows = options.onReportRows;
  const ledger =
    onReportRows === undefined ? undefined : new RowLedger(spill?.store ?? memoryFiles());
  const log = new ImportLog(['rows'], lineOf, exampleLimit(options.examples), ledger);
  const csvProblems: { path: []; message: string }[] = [];
  const flowRows = new RowRuns();
  let header: CsvHeader | undefined;
  let records = 0;
  /** Whether the rows may take the lean reader: a header without problems or trailing cells. */
  let plainRows = false;
  /** Reads a record the general way (an object per record): its flow goes to `flows`. */
  const takeRecord = (record: CsvRecord, flows: TradeFlowJson[]): void => {
    if (header === undefined) {
      if (isSeparatorLine(record, reader.separator ?? ',')) return;
      header = readCsvHeader(record.cells, reader.separator ?? ',');
      for (const issue of header.issues) log.addIssue(issue);
      rules.readHeader(header.header, log, reader.separator ?? ',');
      plainRows = header.issues.length === 0 && record.cells.length === header.header.length;
      return;
    }
    readRecord(header, record, counted(record.line), flows);
  };
  /** Counts a record starting on `line`: its row. */
  const counted = (line: number): number => {
    lines.push(line);
    records += 1;
    return records - 1;
  };
  /** Reads the record of `row` by `header`, the general way. */
  const readRecord = (
    header: CsvHeader,
    record: CsvRecord,
    row: number,
    flows: TradeFlowJson[],
  ): void => {
    if (csvProblems.length > 0) return; // past a quoting error, cells are guesswork
    const read = header.recordOf(record, row);
    if ('issue' in read) {
      log.addIssue(read.issue);
      return;
    }
    const flow = rules.readRow(read.record, row, log);
    if (flow === undefined) return;
    const check = TradeFlowSchema.safeParse(flow);
    if (!check.success) {
      for (const issue of issuesFromZod(check.error.issues, flow)) {
        log.addIssue(log.issueAt(row, issue.path, issue.message));
      }
      return;
    }
    flowRows.push(row);
    flows.push(flow);
  };
  /**
   * Reads complete lines without quotes or carriage returns: a line is a record whose cells are
   * the line split at the delimiter (an empty line is none); a plain row is read by the lean
   * reader (its flow checked field by field, so the flow schema is not run on it), any other the
   * general way.
   */
  const takeLines = ({ text, line: first }: CsvLines, flows: TradeFlowJson[]): void => {
    const delimiter = reader.separator ?? ',';
    let line = first;
    for (let at = 0; at < text.length; line += 1) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const cells = end === at ? undefined : text.slice(at, end).split(delimiter);
      at = end + 1;
      if (cells === undefined) continue;
      if (header === undefined) {
        takeRecord({ cells, line }, flows);
        continue;
      }
      const row = counted(line);
      const flow = plainRows && csvProblems.length === 0 ? rules.readPlain(cells, row, log) : null;
      if (flow === null) readRecord(header, { cells, line }, row, flows);
      else if (flow !== undefined) {
        flowRows.push(row);
        flows.push(flow);
      }
    }
  };
  const take = async (table: CsvTable | CsvLines): Promise<void> => {
    const flows: TradeFlowJson[] = [];
    if ('records' in table) {
      for (const problem of table.problems) {
        csvProblems.push({ path: [], message: `line ${problem.line}: ${problem.message}` });
      }
      for (const record of table.records) takeRecord(record, flows);
    } else takeLines(table, flows);
    await rules.repeats.flush();
    await log.flushRows();
    if (flows.length > 0 && log.issues.length === 0) await onFlows(flows);
  };
  try {
    let last: string | undefined;
    for await (const text of textChunks(source)) {
      if (text.length > 0) last = text.at(-1);
      await take(reader.pushLines(text));
    }
    await take(reader.endLines());
    if (header === undefined) rules.readHeader([], log, reader.separator ?? ',');
    if (records === 0) log.note('empty', EMPTY_NOTE);
    else if (rules.endsCutShort(last)) log.note('possibly-truncated', CUT_SHORT_NOTE, records - 1);
    if (csvProblems.length > 0) throw new BilateralError('INVALID_IMPORT', csvProblems);
    const late = await rules.repeats.lateRepeats();
    if (late.length > 0) {
      // A repeat found in the files is the row's issue, as it is when found in memory (checked
      // before the currency, whose issue the row may have had meanwhile).
      const repeated = new Set(late.map(({ row }) => row));
      const lateLog = new ImportLog(['rows'], lineOf);
      for (const { row, first, period } of late) {
        lateLog.problem(row, undefined, repeatMessage(first, lineOf(first), period));
      }
      const kept = log.issues.filter((issue) => {
        const row = issue.path[1];
        return !(
          typeof row === 'number' &&
          repeated.has(row) &&
          rules.provisional.get(row) === issue
        );
      });
      // Counted whether kept or not: a row's repeat takes the place of its provisional issue.
      let replaced = 0;
      for (const row of repeated) if (rules.provisional.has(row)) replaced += 1;
      log.replaceIssues(
        inRowOrder(kept, lateLog.issues),
        log.problemCount - replaced + lateLog.problemCount,
      );
    }
    if (log.issues.length > 0) throw log.error();
    if (onReportRows !== undefined) await log.emitRows(onReportRows);
  } catch (error) {
    await rules.repeats.discard();
    await log.discardRows();
    throw error;
  }
  const report = withFlowRowPieces(
    {
      format: 'flows-csv',
      container: 'csv',
      rowPath: ['rows'],
      records,
      imported: flowRows.size,
      // Made when asked for: a number per flow (8 bytes each), where the runs take a few bytes.
      get flowRows() {
        return flowRows.toArray();
      },
      excluded: [],
      notes: log.notes(),
    } as const,
    (size) => flowRows.pieces(size),
  );
  const sources = rules.sources();
  return spill === undefined ? { sources, report } : { sources, report, droppedFlows: [] };
}
