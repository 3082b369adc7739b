import { parseExactJson } from '../_internal/exact-json.js';
import { nestingIssue } from '../_internal/nesting-issue.js';
import { issuesFromZod, parseWithSchema } from '../_internal/zod-issues.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { TradeFlowSchema } from '../flow/trade-flow-schema.js';
import { splitOnFlows } from './_batch-handler.js';
import { ComtradeBulkRowReader } from './_comtrade-bulk-row.js';
import {
  ComtradeRecord,
  type HeaderColumn,
  headerColumns,
  isComtradeKey,
  missingColumns,
} from './_comtrade-fields.js';
import {
  type ComtradeRow,
  FLOW_CODES,
  missingQuantityNote,
  readComtradeRow,
} from './_comtrade-row.js';
import {
  type Breakdown,
  comtradeSource,
  DUPLICATE_MESSAGE,
  flowOfRow,
  nestedRows,
  nestingGroup,
  noteEditions,
  noteNested,
  noteNoTotalsRow,
  noteRecordCount,
  placeRow,
  repeatMessage,
} from './_comtrade-rules.js';
import { TitleFacts } from './_comtrade-title.js';
import { type CsvTable, readCsv } from './_csv.js';
import { CsvChunkReader, type CsvLines } from './_csv-stream.js';
import { withDroppedFlows, withFlowRowPieces } from './_flow-row-pieces.js';
import { inRowOrder } from './_issues-in-row-order.js';
import { JsonRecords } from './_json-records.js';
import { LineNumbers } from './_line-numbers.js';
import {
  NOTED,
  OBSERVATION,
  ObservationSpill,
  PARTITIONS,
  Placement,
  partitionOf,
  type SpilledRecords,
} from './_observation-spill.js';
import {
  Dictionary,
  type ObservationCodes,
  ObservationTable,
  scaledText,
  scaledValue,
} from './_observation-table.js';
import { type CsvHeader, isErrorAnswer, isSeparatorLine, readCsvHeader } from './_records.js';
import { exampleLimit, ImportLog, isoDate } from './_report.js';
import { memoryFiles, RowLedger } from './_row-ledger.js';
import { RowRuns } from './_row-runs.js';
import { RowSet } from './_row-set.js';
import { spillSettings } from './_spill-settings.js';
import { type TextSource, textChunks } from './_text-chunks.js';
import { Uint32List } from './_uint32-list.js';
import { type ComtradeImportOptions, importComtrade, OptionsSchema } from './import-comtrade.js';
import type { ImportReport, ReportRow } from './import-result.js';
import type { ImportSpill } from './spill-store.js';

/**
 * Options of {@link importComtradeStream}: those of {@link importComtrade}, and where the flows go.
 *
 * @example
 * ```ts
 * const builder = createFlowTableBuilder();
 * const options: ComtradeStreamOptions = {
 *   date: '2024-06-01',
 *   onFlows: (flows) => builder.append(flows), // or write them to a file
 * };
 * // Or createReadStream('comtrade.csv'): a million rows give a table of a million flows.
 * const rows = ['period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n', '2021,BRA,CHN,X,1201,27208101300\n', '2023,BRA,CHN,X,1201,38917721136\n'];
 * await importComtradeStream(rows, options);
 * builder.finish().length;
 * //=> 2
 * ```
 *
 * @category Importers
 */
export interface ComtradeStreamOptions extends ComtradeImportOptions {
  /**
   * Takes each batch of flows, in the order of the rows, as soon as the rows are read; the import
   * waits for a promise it returns (so a slow writer holds the reading back). When the import
   * then fails (a bad row further on), the flows it was given must be thrown away.
   */
  readonly onFlows: (flows: readonly TradeFlowJson[]) => void | Promise<void>;
  /**
   * Bounded memory for big files: past `spill.records` distinct records (1,048,576 by default),
   * the keys of the others go to temporary files from `spill.store`, checked for repeats once the
   * input has ended, so memory no longer grows with the rows. A repeat found then with another
   * value fails the import as usual; one with the same value was already handed out as a flow, so
   * the result's `droppedFlows` names it, for the caller to remove. Without `spill`, every key is
   * kept in memory (about 50 bytes each) and `droppedFlows` is always empty.
   */
  readonly spill?: ImportSpill;
  /**
   * How many rows each exclusion and note of the report lists: the first ones (100 by default);
   * the others are counted (`count`, and `omitted` for how many are not listed), so the report
   * does not grow with the rows. `Infinity` lists every row (memory then grows with them).
   */
  readonly examples?: number;
  /**
   * Asks for the full list: once the input has ended (and the import succeeded), every row of
   * every exclusion and note, in batches, in the order the rows were placed (those found by the
   * whole-file checks last). The rows go to temporary files meanwhile (`spill.store`'s, else
   * files in memory), 12 bytes each; a promise it returns is awaited.
   */
  readonly onReportRows?: (rows: readonly ReportRow[]) => void | Promise<void>;
}

/**
 * What a streamed import returns once the input has ended: the dataset's `sources` (known only
 * then: their note counts the records) and the report, as {@link importComtrade} gives them.
 *
 * @example
 * ```ts
 * // A file's rows (createReadStream(file)): an export and its re-exports (RX), left out.
 * const file = ['period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n', '2023,BRA,CHN,X,1201,38917721136\n', '2023,BRA,CHN,RX,1201,5\n'];
 * const { sources, report }: StreamedImport = await importComtradeStream(file, { onFlows: () => {} });
 * [report.records, report.imported, report.excluded.map((group) => [group.reason, group.count])];
 * //=> [2, 1, [['flow-part', 1]]]
 * report.records === report.imported + report.excluded.reduce((n, group) => n + group.count, 0);
 * //=> true
 * ```
 *
 * @category Importers
 */
export interface StreamedImport {
  readonly sources: Source[];
  readonly report: ImportReport;
  /**
   * With `spill`, the flows handed out that the whole-file check found to repeat an earlier
   * record with the same value, by their number in the order handed out (0 is the first flow of
   * the first batch), rising: the caller removes them. The report already leaves them out.
   */
  readonly droppedFlows?: readonly number[];
}

/**
 * Imports UN Comtrade records from a stream — a CSV or tab-separated bulk file, JSON Lines, or a
 * JSON response or array, read in chunks —
 * with the rules, exclusions, notes and errors of {@link importComtrade}, handing the flows out in
 * batches as the rows are read: memory does not grow with the file's text or its flows. What it
 * keeps: the lines of the rows and the rows of the flows, as runs while they come in order (a few
 * bytes for a file without blank lines), the count and first rows of each exclusion and note
 * (`examples`, 100 by default; the full list only when asked for, through `onReportRows`), and for each
 * distinct record its key as five dictionary codes and its value as an exact scaled integer in
 * typed arrays (to find duplicates, breakdowns without a totals row and commodity codes that
 * nest; 42–50 bytes). With
 * `spill`, past `spill.records` distinct records the other keys go to temporary files, checked
 * once the input has ended, so that part stops growing too. Plain totals rows of CSV are read by
 * a lean reader straight from the chunk's text (no object per row); the others by the general
 * one. JSON (a response `{ "count": N, "data": [ … ] }`, v0's `{ "dataset": [ … ] }` or an array)
 * is read record by record: each record's text is parsed alone, its numbers' digits kept (as
 * {@link importComtrade} keeps them), so memory holds the record being read, not the file; a
 * syntax error is an `INVALID_IMPORT` error with its line, column and an excerpt.
 *
 * @param source - chunks of text or UTF-8 bytes: a Node `Readable`, a web `ReadableStream`, any
 *   (async) iterable
 * @param options - those of {@link importComtrade}, `onFlows`, which takes each batch of flows,
 *   `spill`, for bounded memory, `examples`, the rows each exclusion and note lists, and
 *   `onReportRows`, which takes every row of them
 * @returns the sources of the dataset and the report (`records` = imported + excluded); with
 *   `spill`, `droppedFlows` too
 * @throws {@link BilateralError} `INVALID_IMPORT` with every problem, each row's path and line
 *   (`rows[41].primaryValue`, "(line 43)"), once the input has ended — the flows handed out before
 *   must then be thrown away; `INVALID_INPUT` for bad options (`spill.store` without `create`,
 *   `spill.records` not a whole number of at least 1, `examples` not a whole number of at least 0
 *   or `Infinity`)
 *
 * @example
 * ```ts
 * const flows: TradeFlowJson[] = [];
 * const { sources, report } = await importComtradeStream(
 *   ['reporterCode,flowCode,partnerCode,period,cmdCode,primaryValue\n',
 *    '76,X,156,2023,1201,38917721136\n'],
 *   { date: '2024-06-01', onFlows: (batch) => { flows.push(...batch); } },
 * );
 * flows[0]?.value;
 * //=> '38917721136'
 * [report.records, report.imported, sources[0]?.id];
 * //=> [1, 1, 'un-comtrade']
 * ```
 *
 * @category Importers
 */
export async function importComtradeStream(
  source: TextSource,
  options: ComtradeStreamOptions,
): Promise<StreamedImport> {
  const { onFlows, importOptions } = splitOnFlows(options);
  const settings = parseWithSchema(OptionsSchema, importOptions, 'INVALID_INPUT');
  const spill = spillSettings(options.spill);
  const examples = exampleLimit(options.examples);
  const chunks = textChunks(source);
  // The first character, and for `{` the first line, tell JSON, JSON Lines and CSV apart. A
  // first line past FIRST_LINE_LIMIT is no record of JSON Lines: a response on one line (as the
  // API sends it), read as it comes rather than held whole.
  const parts: string[] = [];
  let started = false;
  let length = 0;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    parts.push(next.value);
    length += next.value.length;
    if (length > FIRST_LINE_LIMIT) break;
    let text = next.value;
    if (!started) {
      text = text.replace(/^[\s\uFEFF]+/, '');
      if (text === '') continue;
      started = true;
      if (text[0] !== '{') break;
    }
    if (/[\r\n]/.test(text)) break;
  }
  const head = parts.join('');
  const kind = inputKind(head.replace(/^[\s\uFEFF]+/, ''));
  const onReportRows = options.onReportRows;
  const ledger =
    onReportRows === undefined ? undefined : new RowLedger(spill?.store ?? memoryFiles());
  const importerFor = (container: StreamContainer, rowPath: IssuePath) =>
    new StreamImport(settings, options.now, container, rowPath, examples, ledger, spill);
  if (kind === 'json') return importJson(head, chunks, importerFor, onFlows, onReportRows);
  const importer = importerFor(kind, ['rows']);
  try {
    if (kind === 'json-lines') {
      const lines = new JsonLines();
      await importer.takeJson(lines.push(head), onFlows);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        await importer.takeJson(lines.push(next.value), onFlows);
      }
      await importer.takeJson(lines.end(), onFlows);
      return await importer.finish(onReportRows);
    }
    const reader = new CsvChunkReader(settings.delimiter);
    await importer.take(reader, reader.pushLines(head), onFlows);
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      await importer.take(reader, reader.pushLines(next.value), onFlows);
    }
    await importer.take(reader, reader.endLines(), onFlows);
    return await importer.finish(onReportRows);
  } catch (error) {
    await importer.discard();
    throw error;
  }
}

/** The most characters of a first line that may be a record of JSON Lines. */
const FIRST_LINE_LIMIT = 1024 * 1024;

/**
 * Reads a JSON response or array record by record ({@link JsonRecords}): the records go to the
 * importer as they are read, once it is known where they are (`data` or `dataset`, or the array).
 */
async function importJson(
  head: string,
  chunks: AsyncIterator<string>,
  importerFor: (container: StreamContainer, rowPath: IssuePath) => StreamImport,
  onFlows: ComtradeStreamOptions['onFlows'],
  onReportRows: ComtradeStreamOptions['onReportRows'],
): Promise<StreamedImport> {
  const reader = new JsonRecords();
  let importer: StreamImport | undefined;
  const take = async () => {
    const rowPath = reader.rowPath;
    if (rowPath === undefined) return;
    importer ??= importerFor(rowPath.length === 0 ? 'json-array' : 'json-envelope', rowPath);
    await importer.takeValues(reader.take(), onFlows);
  };
  try {
    reader.push(head);
    await take();
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      reader.push(next.value);
      await take();
    }
    reader.end();
    await take();
    const shape = reader.shape();
    importer ??= importerFor(shape.container, shape.rowPath);
    importer.declaredCount = shape.declaredCount;
    return await importer.finish(onReportRows);
  } catch (error) {
    await importer?.discard();
    throw error;
  }
}

/** What a streamed import reads. */
type StreamContainer = 'csv' | 'json-lines' | 'json-array' | 'json-envelope';

/** The words of a container in a source's note. */
const CONTAINER_NOTE: Readonly<Record<StreamContainer, string>> = {
  csv: 'CSV',
  'json-lines': 'JSON Lines',
  'json-array': 'a JSON array',
  'json-envelope': 'a JSON response',
};

/**
 * What an input is, from its start (white space and a byte-order mark dropped): JSON (a response
 * or an array), JSON Lines (one record a line, as `bilateral fetch comtrade -o *.jsonl` writes:
 * the first line is a whole object, and either more follows or it is a record, not a response
 * nor the API's error answer),
 * or CSV.
 */
export function inputKind(start: string): 'json' | 'json-lines' | 'csv' {
  if (start[0] === '[') return 'json';
  if (start[0] !== '{') return 'csv';
  const end = start.search(/[\r\n]/);
  const first = end === -1 ? start : start.slice(0, end);
  try {
    const value: unknown = JSON.parse(first);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'json';
    if (end !== -1 && start.slice(end).trim() !== '') return 'json-lines';
    // A response, or the API's error answer (a response of another kind, said as such).
    return 'data' in value || 'dataset' in value || isErrorAnswer(value) ? 'json' : 'json-lines';
  } catch {
    return 'json';
  }
}

/** A line of JSON Lines: its text and its line number. */
interface JsonLine {
  readonly text: string;
  readonly line: number;
}

/** Splits text arriving in chunks into its lines (blank ones skipped). */
class JsonLines {
  private rest = '';
  private line = 0;

  push(chunk: string): JsonLine[] {
    const text = this.rest + chunk;
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(end + 1);
    return this.split(text.slice(0, end));
  }

  end(): JsonLine[] {
    const text = this.rest;
    this.rest = '';
    return text === '' ? [] : this.split(text);
  }

  private split(text: string): JsonLine[] {
    const lines: JsonLine[] = [];
    for (const piece of text.split('\n')) {
      this.line += 1;
      const line = (this.line === 1 ? piece.replace(/^\uFEFF/, '') : piece).trim();
      if (line !== '') lines.push({ text: line, line: this.line });
    }
    return lines;
  }
}

/** The state of a streamed import between chunks. */
class StreamImport {
  private readonly mode: 'totals' | 'breakdowns';
  private readonly baseId: string;
  private readonly lines = new LineNumbers();
  private readonly log: ImportLog;
  private readonly csvProblems: BilateralIssue[] = [];
  private header: CsvHeader | undefined;
  /** The header's columns that name fields. */
  private columns: readonly HeaderColumn[] = [];
  private records = 0;
  /**
   * The observations (what makes two rows the same record: reporter, partner, period, commodity,
   * and the rest — flow code, breakdown codes, goods or services — as dictionary codes), each
   * with its first row and value.
   */
  private observations: ObservationTable;
  /** The scaled value of the spilled record being checked. */
  private readonly spilledValue: [number, number] = [0, 0];
  /** The observations past the memory budget, once there are any (with `spill` only). */
  private spill: ObservationSpill | undefined;
  private readonly economies = new Dictionary();
  private readonly periods = new Dictionary();
  private readonly commodities = new Dictionary();
  private readonly kinds = new Dictionary();
  /** The kind codes of a plain goods totals row, exports and imports. */
  private readonly kindX = this.kinds.id(kindText('X', 0, 'C00', 0, false));
  private readonly kindM = this.kinds.id(kindText('M', 0, 'C00', 0, false));
  /** Reads the plain totals rows of a CSV file (once its header is known). */
  private bulk: ComtradeBulkRowReader | undefined;
  /** The lean reader's note on a missing quantity, in the words of the header (as the full reader's). */
  private missingQuantityNote = '';
  /** The CSV is separated by semicolons: a value such as `491.900` is refused (`readComtradeRow`). */
  private semicolons = false;
  /** Where each cell of the record being read starts and ends (as many as the header's columns). */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  /**
   * Breakdowns left out whose totals row had not come yet: each its row and the five codes of
   * the totals row (24 bytes, no array per row: a bulk file may hold millions).
   */
  private waiting = new Uint32List();
  /** The commodity code lengths of the flows (a bit per length): one length, nothing nests. */
  private codeLengths = 0;
  /** The flows of each classification (HS edition), by its number in `editions`. */
  private readonly classifications = new Map<number, number>();
  private readonly editions = new Dictionary();
  private readonly importedFacts = new TitleFacts();
  private readonly validFacts = new TitleFacts();
  private everyRowV0 = true;
  /** Rows read without a problem. */
  private valid = 0;
  /** The rows of the flows handed out. */
  private readonly flowRows = new RowRuns();
  /** The source of each breakdown, in the order of their first flow. */
  private readonly breakdowns = new Map<string, Breakdown | undefined>();
  /** The `count` a JSON response gives, checked against the records at the end. */
  declaredCount: number | undefined;

  constructor(
    private readonly settings: {
      rows?: 'totals' | 'breakdowns' | undefined;
      sourceId?: string | undefined;
      title?: string | undefined;
      date?: string | undefined;
      url?: string | undefined;
    },
    private readonly now: (() => Date) | undefined,
    private readonly container: StreamContainer,
    private readonly rowPath: IssuePath,
    examples: number,
    ledger: RowLedger | undefined,
    private readonly spillSettings?: {
      readonly store: ImportSpill['store'];
      readonly records: number;
    },
  ) {
    this.log = new ImportLog(rowPath, (row) => this.lines.at(row), examples, ledger);
    this.mode = settings.rows ?? 'totals';
    this.baseId = settings.sourceId ?? 'un-comtrade';
    this.observations = new ObservationTable(spillSettings?.records);
  }

  /**
   * Where a row with codes the table does not hold goes: the files once the table holds as many
   * observations as it may (undefined: the table). Opens the files when it first does, and sends
   * them the breakdowns still waiting for a totals row.
   */
  private spillFull(): ObservationSpill | undefined {
    const settings = this.spillSettings;
    if (this.spill !== undefined || settings === undefined) return this.spill;
    if (this.observations.size < settings.records) return undefined;
    const spill = new ObservationSpill(settings.store);
    this.eachWaiting((row, totals) => {
      if (this.observations.find(totals) === -1) spill.waiting(totals, row);
    });
    this.waiting = new Uint32List();
    this.spill = spill;
    return spill;
  }

  /** Calls `visit` with the row of each breakdown waiting for a totals row, and that row's codes. */
  private eachWaiting(visit: (row: number, totals: ObservationCodes) => void): void {
    const waiting = this.waiting;
    const totals: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (let at = 0; at < waiting.length; at += 6) {
      for (let part = 0; part < 5; part += 1) totals[part] = waiting.at(at + 1 + part) as number;
      visit(waiting.at(at) as number, totals);
    }
  }

  /** Removes the files, if any (the import failed). */
  async discard(): Promise<void> {
    await this.spill?.discard();
    await this.log.discardRows();
  }

  /** Reads the records of a piece of the file and hands out their flows. */
  async take(
    reader: CsvChunkReader,
    piece: CsvTable | CsvLines,
    onFlows: ComtradeStreamOptions['onFlows'],
  ): Promise<void> {
    const flows: TradeFlowJson[] = [];
    if ('text' in piece && this.header !== undefined) this.takeLines(piece, reader, flows);
    else {
      const table =
        'text' in piece ? readCsv(piece.text, reader.separator ?? ',', piece.line) : piece;
      for (const problem of table.problems) {
        this.csvProblems.push({ path: [], message: `line ${problem.line}: ${problem.message}` });
      }
      for (const { cells, line } of table.records) {
        if (this.header === undefined) {
          if (!isSeparatorLine({ cells, line }, reader.separator ?? ',')) {
            this.header = this.readHeader(cells, reader);
          }
        } else this.takeRecord(cells, line, flows);
      }
    }
    await this.handOut(flows, onFlows);
  }

  /** Reads the records of text that splits line by line (see {@link CsvLines}). */
  private takeLines({ text, line }: CsvLines, reader: CsvChunkReader, flows: TradeFlowJson[]) {
    const separator = reader.separator ?? ',';
    const delimiter = separator.charCodeAt(0);
    const { starts, ends } = this;
    const width = starts.length;
    let number = line;
    for (let start = 0; start < text.length; number += 1) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (end > start) {
        // The cells' bounds, as long as the line has the header's width.
        let count = 0;
        let cellStart = start;
        for (let at = start; at < end && count < width; at += 1) {
          if (text.charCodeAt(at) !== delimiter) continue;
          starts[count] = cellStart;
          ends[count] = at;
          count += 1;
          cellStart = at + 1;
        }
        if (count === width - 1) {
          starts[count] = cellStart;
          ends[count] = end;
          count += 1;
        } else count = -1;
        const index = this.records;
        if (count !== width || !this.takeBulk(text, index, number, flows)) {
          this.takeRecord(text.slice(start, end).split(separator), number, flows, false);
        }
      }
      start = end + 1;
    }
  }

  /**
   * Reads a record of the header's width — column `i` is `text.slice(starts[i], ends[i])` — with
   * the lean reader; false (nothing done) when the general reader must read it.
   */
  private takeBulk(text: string, index: number, line: number, flows: TradeFlowJson[]): boolean {
    const bulk = this.bulk;
    if (bulk === undefined || this.csvProblems.length > 0 || this.log.issues.length > 0) {
      return false;
    }
    if (!bulk.read(text, this.starts, this.ends)) return false;
    const flow = this.placeBulk(bulk, index);
    if (flow === null) return false;
    this.records += 1;
    this.lines.push(line);
    flows.push(flow);
    return true;
  }

  /** Reads a record after the header (with the lean reader first, when `bulk`). */
  private takeRecord(
    cells: readonly string[],
    line: number,
    flows: TradeFlowJson[],
    bulk = true,
  ): void {
    const index = this.records;
    if (bulk && cells.length === this.starts.length && this.bulk !== undefined) {
      // The cells as bounds in one text, for the lean reader.
      let text = '';
      cells.forEach((cell, column) => {
        this.starts[column] = text.length;
        text += cell;
        this.ends[column] = text.length;
      });
      if (this.takeBulk(text, index, line, flows)) return;
    }
    this.records += 1;
    this.lines.push(line);
    if (this.csvProblems.length > 0) return; // past a quoting error, cells are guesswork
    const issue = this.header?.widthIssue({ cells, line }, index);
    if (issue !== undefined) {
      this.log.addIssue(issue);
      return;
    }
    const fields = ComtradeRecord.fromCells(this.columns, cells);
    const row = readComtradeRow(fields, index, this.log, this.semicolons);
    const flow = row === undefined ? undefined : this.place(row);
    // The notes on a row that is no flow would describe a flow that is not there.
    if (flow === undefined) this.log.unnoteRow(index);
    else flows.push(flow);
  }

  /** Reads the records of a JSON response or array, as read so far, and hands out their flows. */
  async takeValues(
    values: readonly unknown[],
    onFlows: ComtradeStreamOptions['onFlows'],
  ): Promise<void> {
    if (values.length === 0) return;
    const flows: TradeFlowJson[] = [];
    for (const value of values) {
      const index = this.records;
      this.records += 1;
      this.takeValue(value, index, flows);
    }
    await this.handOut(flows, onFlows);
  }

  /** Hands out the flows of a piece of the input (unless a problem has been found). */
  private async handOut(
    flows: TradeFlowJson[],
    onFlows: ComtradeStreamOptions['onFlows'],
  ): Promise<void> {
    await this.spill?.flush();
    await this.log.flushRows();
    if (flows.length > 0 && this.log.issues.length === 0) await onFlows(flows);
  }

  /** Reads record `index`, parsed JSON. */
  private takeValue(value: unknown, index: number, flows: TradeFlowJson[]): void {
    const row = readComtradeRow(value, index, this.log);
    const flow = row === undefined ? undefined : this.place(row);
    // The notes on a row that is no flow would describe a flow that is not there.
    if (flow === undefined) this.log.unnoteRow(index);
    else flows.push(flow);
  }

  /** Reads records of JSON Lines and hands out their flows. */
  async takeJson(
    lines: readonly JsonLine[],
    onFlows: ComtradeStreamOptions['onFlows'],
  ): Promise<void> {
    const flows: TradeFlowJson[] = [];
    for (const { text, line } of lines) {
      const index = this.records;
      this.records += 1;
      this.lines.push(line);
      let value: unknown;
      try {
        value = parseExactJson(text, 'INVALID_IMPORT');
      } catch (error) {
        const why =
          error instanceof BilateralError ? error.issues[0]?.message : (error as Error).message;
        this.log.problem(index, undefined, `the line is not a JSON record: ${why}`);
        continue;
      }
      const nesting = nestingIssue(value);
      if (nesting !== undefined) {
        this.log.problem(index, undefined, nesting.message);
        continue;
      }
      this.takeValue(value, index, flows);
    }
    await this.handOut(flows, onFlows);
  }

  private readHeader(cells: readonly string[], reader: CsvChunkReader): CsvHeader {
    const header = readCsvHeader(cells, reader.separator ?? ',');
    for (const issue of header.issues) this.log.addIssue(issue);
    if (!header.header.some(isComtradeKey)) {
      throw new BilateralError('INVALID_IMPORT', [
        {
          path: ['header'],
          message:
            "the header has none of UN Comtrade's columns (reporterCode, flowCode, period, cmdCode, primaryValue …): is this a UN Comtrade file?",
        },
      ]);
    }
    const missing = missingColumns(header.header);
    if (missing.length > 0) {
      throw new BilateralError('INVALID_IMPORT', [
        {
          path: ['header'],
          message: `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}`,
        },
      ]);
    }
    this.columns = headerColumns(header.header);
    this.starts = new Int32Array(header.header.length);
    this.ends = new Int32Array(header.header.length);
    this.missingQuantityNote = missingQuantityNote(ComtradeRecord.fromCells(this.columns, []));
    this.semicolons = reader.separator === ';';
    const bulk = new ComtradeBulkRowReader(this.columns, this.semicolons);
    if (bulk.usable && this.mode === 'totals' && this.baseId !== '') this.bulk = bulk;
    return header;
  }

  /** Checks a read row against the rows before it and places it; returns its flow, if any. */
  private place(row: ComtradeRow): TradeFlowJson | undefined {
    const codes = this.codesOf(row, row.flowCode, row.motCode, row.customsCode, row.partner2Code);
    const value = row.value.toFixed();
    const scaled = scaledValue(value);
    let observation = this.observations.find(codes);
    const first = observation === -1 ? undefined : observation;
    // Past the memory budget, a key the table does not hold goes to the files, checked at the end.
    const spill = observation === -1 ? this.spillFull() : undefined;
    const spillAs = (placement: number, classification = 0, flow = this.flowRows.size): void =>
      spill?.observation(codes, row.index, value, scaled, placement, classification, flow);
    if (spill !== undefined) {
      // Checked with the other records of its file once the input has ended.
    } else if (observation === -1) {
      observation = this.observations.add(codes, row.index, value, scaled);
    } else if (!this.observations.sameValue(observation, value, scaled)) {
      const firstValue = this.observations.value(observation);
      const firstRow = this.observations.row(observation);
      this.log.problem(row.index, undefined, repeatMessage(firstRow, value, firstValue));
    }
    if (this.log.issues.length > 0) {
      spillAs(Placement.keep);
      return undefined;
    }
    this.valid += 1;
    if (row.version !== 'v0') this.everyRowV0 = false;
    const placed = placeRow(row, this.mode, first !== undefined, this.log);
    if (!placed.flow) {
      // Services and groups are left out before the repeat check; the other reasons after it.
      if (row.services || row.group !== undefined) spillAs(Placement.keep);
      else spillAs(Placement.excluded, 0, this.log.lastExclusion);
      // The title describes the flows, or, when there are none, every row (all left out).
      this.validFacts.add(row);
      if (placed.needsTotals) {
        const totals = this.codesOf(row, row.direction === 'export' ? 'X' : 'M', 0, 'C00', 0);
        if (this.observations.find(totals) === -1) {
          const files = this.spillFull();
          if (files === undefined) {
            this.waiting.push(row.index);
            for (const code of totals) this.waiting.push(code);
          } else files.waiting(totals, row.index);
        }
      }
      return undefined;
    }
    const edition =
      row.commodity !== undefined && row.classification !== undefined
        ? this.countEdition(row.classification)
        : 0;
    if (spill === undefined) this.observations.markImported(observation);
    else {
      spillAs(Placement.flow, edition);
      // Its notes, to take back if the flow turns out to repeat a record in the files.
      for (const group of this.log.notesOf(row.index)) spill.noted(codes, row.index, group);
    }
    this.importedFacts.add(row);
    this.codeLengths |= 2 ** Math.min((row.commodity ?? '').length, 30);
    const sourceId =
      placed.breakdown === undefined ? this.baseId : `${this.baseId}-${placed.breakdown.slug}`;
    if (!this.breakdowns.has(sourceId)) this.breakdowns.set(sourceId, placed.breakdown);
    const flow = flowOfRow(row, placed.breakdown, sourceId);
    const check = TradeFlowSchema.safeParse(flow);
    if (!check.success) {
      // The rows' rules keep flows valid, so this is a bug, reported as such.
      for (const issue of issuesFromZod(check.error.issues, flow)) {
        this.log.addIssue(
          this.log.issueAt(row.index, issue.path, `${issue.message} (in the imported flow)`),
        );
      }
      return undefined;
    }
    this.flowRows.push(row.index);
    return flow;
  }

  /** The observation codes of a row, with the flow code and breakdown codes given. */
  private codesOf(
    row: ComtradeRow,
    flowCode: string,
    motCode: number,
    customsCode: string,
    partner2Code: number,
  ): ObservationCodes {
    return [
      this.economies.id(row.reporter),
      this.economies.id(row.partner),
      this.periods.id(row.period),
      this.commodities.id(row.commodity ?? 'TOTAL'),
      this.kinds.id(kindText(flowCode, motCode, customsCode, partner2Code, row.services)),
    ];
  }

  /**
   * Places a plain totals row read by the lean reader as `place` would, and returns its flow;
   * `null` (nothing done) when it repeats an earlier record, for `place` to report or exclude.
   */
  private placeBulk(bulk: ComtradeBulkRowReader, index: number): TradeFlowJson | null {
    const codes: ObservationCodes = [
      this.economies.id(bulk.reporter),
      this.economies.id(bulk.partner),
      this.periods.id(bulk.period),
      this.commodities.id(bulk.commodity ?? 'TOTAL'),
      bulk.flowCode === 'X' ? this.kindX : this.kindM,
    ];
    const table = this.observations;
    if (table.find(codes) !== -1) return null;
    const { value, commodity, note } = bulk;
    const edition =
      commodity !== undefined && bulk.classification !== undefined
        ? this.countEdition(bulk.classification)
        : 0;
    const scaled: [number, number] = [bulk.mantissa, bulk.scale];
    const spill = this.spillFull();
    if (spill === undefined) table.markImported(table.add(codes, index, value, scaled));
    else
      spill.observation(codes, index, value, scaled, Placement.flow, edition, this.flowRows.size);
    if (bulk.missingQuantity) {
      this.log.note('missing-quantity', this.missingQuantityNote, index);
      for (const group of this.log.notesOf(index)) spill?.noted(codes, index, group);
    }
    this.valid += 1;
    this.everyRowV0 = false;
    const exports = bulk.flowCode === 'X';
    this.importedFacts.addFacts(
      bulk.reporterName,
      bulk.partnerName,
      exports ? 'export' : 'import',
      commodity,
      bulk.period,
    );
    this.codeLengths |= 2 ** Math.min((commodity ?? '').length, 30);
    if (!this.breakdowns.has(this.baseId)) this.breakdowns.set(this.baseId, undefined);
    this.flowRows.push(index);
    // Every field was checked by the lean reader (codes of the economy table, a formatted
    // period, canonical decimal text, an HS code) and the source id by the options' schema, so
    // the flow is what the flow schema accepts: the key order is that of `flowOfRow`.
    const flow = exports ? 'export' : 'import';
    const valuation = exports ? 'FOB' : 'CIF';
    const { reporter, partner, period } = bulk;
    const source = this.baseId;
    const status = 'official';
    const flowJson: TradeFlowJson =
      commodity === undefined
        ? { reporter, partner, flow, period, value, currency: 'USD', valuation, status, source }
        : {
            reporter,
            partner,
            flow,
            period,
            value,
            currency: 'USD',
            valuation,
            commodity,
            status,
            source,
          };
    if (note !== undefined) flowJson.note = note;
    return flowJson;
  }

  /** The notes only the whole file can give, the sources and the report. */
  async finish(onReportRows?: ComtradeStreamOptions['onReportRows']): Promise<StreamedImport> {
    if (this.csvProblems.length > 0) throw new BilateralError('INVALID_IMPORT', this.csvProblems);
    const log = this.log;
    // Noted as found (the report keeps the first rows, in order, whatever order they come in): a
    // bulk file may hold millions of breakdowns without a totals row.
    const noTotals = (row: number) => noteNoTotalsRow(log, row);
    const nested = new RowSet();
    // One length of commodity code among the flows: none can nest.
    const mixed = (this.codeLengths & (this.codeLengths - 1)) !== 0;
    const dropped = await this.checkSpilled(noTotals, mixed ? nested : undefined);
    if (log.issues.length > 0) throw log.error();
    this.eachWaiting((row, totals) => {
      if (this.observations.find(totals) === -1) noTotals(row);
    });
    noteEditions(
      log,
      [...this.classifications.keys()].map((edition) => this.editions.text(edition)),
    );
    if (mixed && this.spill === undefined) {
      // A partition at a time, as the files are checked: the flows of a group share reporter,
      // partner and period, so each partition's groups are whole, and only a 64th of the groups
      // (a map of codes and an array of rows each) is held at once.
      const byPartition = this.inMemoryByPartition();
      for (let partition = 0; partition < PARTITIONS; partition += 1) {
        nestedRows(this.nestingGroups(byPartition(partition)).values(), nested);
      }
    }
    noteNested(log, nested);
    const counts = new ImportLog(this.rowPath);
    noteRecordCount(counts, this.records, this.declaredCount);

    const title =
      this.settings.title ??
      (this.importedFacts.empty ? this.validFacts : this.importedFacts).describe();
    const date = this.settings.date ?? isoDate(this.now ?? (() => new Date()));
    const makeSource = (id: string, sourceTitle: string): Source =>
      comtradeSource(
        id,
        sourceTitle,
        { date, url: this.settings.url },
        this.records,
        CONTAINER_NOTE[this.container],
      );
    const sources = [...this.breakdowns].map(([id, breakdown]) =>
      makeSource(id, breakdown === undefined ? title : `${title} — ${breakdown.words}`),
    );
    if (sources.length === 0) sources.push(makeSource(this.baseId, title));
    const runs = this.flowRows;
    const report: ImportReport = {
      format: this.everyRowV0 && this.valid > 0 ? 'comtrade-v0' : 'comtrade-v1',
      container: this.container,
      rowPath: this.rowPath,
      records: this.records,
      imported: runs.size - dropped.size,
      // Made when asked for: a number per flow (8 bytes each), where the runs take a few bytes.
      get flowRows() {
        return runs.toArray(dropped);
      },
      excluded: log.excluded(),
      // The notes on rows left out were taken back as the rows were placed or found to repeat.
      notes: [...counts.notes(), ...log.notes()],
    };
    withFlowRowPieces(report, (size) => runs.pieces(size, dropped));
    if (onReportRows !== undefined) await log.emitRows(onReportRows);
    if (this.spillSettings === undefined) return { sources, report };
    const droppedFlows = () => runs.positionsOf(dropped);
    return withDroppedFlows(
      {
        sources,
        report,
        // Made when asked for: the command reads them as they come (`droppedFlowsOf`).
        get droppedFlows() {
          return [...droppedFlows()];
        },
      },
      droppedFlows,
    );
  }

  /**
   * Checks the observations that went to the files, one file at a time: a repeat with another
   * value is an issue (in the order of the rows, among the others), one with the same value is
   * excluded as a duplicate (its flow, if it was handed out, dropped); adds the rows of
   * breakdowns whose totals row is nowhere to `noTotals` (a call each), and (when `nested` is given) the rows
   * whose commodity codes nest. Returns the rows of the flows dropped (handed out, then found to
   * repeat), as bits: nothing kept grows by more than a bit per row.
   */
  private async checkSpilled(
    noTotals: (row: number) => void,
    nested: RowSet | undefined,
  ): Promise<RowSet> {
    const dropped = new RowSet();
    const spill = this.spill;
    if (spill === undefined) return dropped;
    // Once the rows are read, the table in memory serves only the nesting groups (the breakdowns
    // waiting for a totals row went to the files): without them, its room checks the files (a
    // new table's room would be taken while the garbage collector has not yet taken this one's).
    const byPartition = nested === undefined ? undefined : this.inMemoryByPartition();
    let table: ObservationTable;
    if (nested === undefined) {
      table = this.observations;
      table.reuse();
      this.observations = new ObservationTable();
    } else table = new ObservationTable();
    const late = new ImportLog(['rows'], (row) => this.lines.at(row));
    /** The rows found to repeat an earlier one with the same value. */
    const duplicates = new RowSet();
    /** Of those, the rows that were in an exclusion, by its number (a few groups). */
    const excludedAs = new Map<number, RowSet>();
    // One table for every file in turn: its room is made once.
    await spill.readBack((partition, records) => {
      table.clear();
      /** Rows that repeat an earlier one with the same value, with the exclusion they were in (-1: none). */
      const repeats = new Map<number, number>();
      while (records.next()) {
        if (records.kind === OBSERVATION) {
          this.checkSpilledRecord(table, records, late, repeats, dropped);
        }
      }
      records.rewind();
      while (records.next()) {
        if (records.kind === NOTED) {
          // A note on a flow dropped as a repeat.
          if (repeats.has(records.row)) this.log.unnote(records.flow, records.row);
          continue;
        }
        if (records.kind === OBSERVATION || repeats.has(records.row)) continue;
        if (table.find(records.codes) === -1) noTotals(records.row);
      }
      for (const [row, from] of repeats) {
        duplicates.add(row);
        if (from === -1) continue;
        const rows = excludedAs.get(from) ?? new RowSet();
        excludedAs.set(from, rows);
        rows.add(row);
      }
      if (nested !== undefined && byPartition !== undefined) {
        nestedRows(this.nestingGroups(byPartition(partition), table).values(), nested);
      }
    });
    this.log.replaceIssues(
      inRowOrder(this.log.issues, late.issues),
      this.log.problemCount + late.problemCount,
    );
    if (this.log.issues.length === 0) {
      for (const row of duplicates) {
        let from = -1;
        for (const [exclusion, rows] of excludedAs) if (rows.has(row)) from = exclusion;
        this.log.excludeLate('duplicate', DUPLICATE_MESSAGE, row, from);
      }
    }
    return dropped;
  }

  /** Checks an observation read back from a file against those before it in `table`. */
  private checkSpilledRecord(
    table: ObservationTable,
    record: SpilledRecords,
    late: ImportLog,
    repeats: Map<number, number>,
    dropped: RowSet,
  ): void {
    // Nothing made per record (millions of them): the table needs a value's text only when it
    // is wide, and a message only for a repeat with another value.
    const scaled = this.spilledValue;
    scaled[0] = record.mantissa;
    scaled[1] = record.scale;
    const first = table.find(record.codes);
    if (first === -1) {
      const added = table.add(record.codes, record.row, record.wide, scaled);
      if (record.placement === Placement.flow) table.markImported(added);
    } else if (!table.sameValue(first, record.wide, scaled)) {
      const value =
        record.mantissa === -1 ? record.wide : scaledText(record.mantissa, record.scale);
      late.problem(
        record.row,
        undefined,
        repeatMessage(table.row(first), value, table.value(first)),
      );
    } else if (record.placement !== Placement.keep) {
      repeats.set(record.row, record.placement === Placement.excluded ? record.flow : -1);
      if (record.placement === Placement.flow) {
        dropped.add(record.row);
        this.uncountEdition(record.classification);
      }
    }
  }

  /** Counts a flow of classification `text`; returns its number + 1 (0 is none). */
  private countEdition(text: string): number {
    const edition = this.editions.id(text);
    this.classifications.set(edition, (this.classifications.get(edition) ?? 0) + 1);
    return edition + 1;
  }

  /** Uncounts a flow of the classification numbered `code` - 1 (0: none). */
  private uncountEdition(code: number): void {
    if (code === 0) return;
    const left = (this.classifications.get(code - 1) ?? 1) - 1;
    if (left === 0) this.classifications.delete(code - 1);
    else this.classifications.set(code - 1, left);
  }

  /**
   * The observations of the table in memory by partition (a counting sort of their partitions,
   * each hashed once): the observations of a partition, rising.
   */
  private inMemoryByPartition(): (partition: number) => Uint32Array {
    const table = this.observations;
    const partitions = new Uint8Array(table.size);
    const starts = new Uint32Array(PARTITIONS + 1);
    for (let observation = 0; observation < table.size; observation += 1) {
      const partition = partitionOf(
        table.code(observation, 0),
        table.code(observation, 1),
        table.code(observation, 2),
      );
      partitions[observation] = partition;
      starts[partition + 1] = (starts[partition + 1] as number) + 1;
    }
    for (let partition = 0; partition < PARTITIONS; partition += 1) {
      starts[partition + 1] = (starts[partition + 1] as number) + (starts[partition] as number);
    }
    const order = new Uint32Array(table.size);
    const next = starts.slice(0, PARTITIONS);
    for (let observation = 0; observation < table.size; observation += 1) {
      const partition = partitions[observation] as number;
      order[next[partition] as number] = observation;
      next[partition] = (next[partition] as number) + 1;
    }
    return (partition) => order.subarray(starts[partition], starts[partition + 1]);
  }

  /**
   * The codes and rows of the flows by group (reporter, partner, direction, period), from the
   * first rows of the observations: those numbered in `inMemory` of the table in memory, and
   * every one of `spilled`, the table of a file.
   */
  private nestingGroups(
    inMemory: Uint32Array,
    spilled?: ObservationTable,
  ): Map<string, Map<string, number[]>> {
    const groups = new Map<string, Map<string, number[]>>();
    const add = (table: ObservationTable, observation: number): void => {
      if (!table.isImported(observation)) return;
      const reporter = this.economies.text(table.code(observation, 0));
      const partner = this.economies.text(table.code(observation, 1));
      const period = this.periods.text(table.code(observation, 2));
      const commodity = this.commodities.text(table.code(observation, 3));
      const flowCode = this.kinds.text(table.code(observation, 4)).split('|')[0] ?? '';
      const direction = FLOW_CODES.get(flowCode)?.direction ?? '';
      const group = nestingGroup(reporter, partner, direction, period);
      const codes = groups.get(group) ?? new Map<string, number[]>();
      groups.set(group, codes);
      const code = commodity === 'TOTAL' ? '' : commodity;
      const rows = codes.get(code);
      const row = table.row(observation);
      if (rows === undefined) codes.set(code, [row]);
      else rows.push(row);
    };
    for (const observation of inMemory) add(this.observations, observation);
    if (spilled !== undefined) {
      for (let observation = 0; observation < spilled.size; observation += 1)
        add(spilled, observation);
    }
    return groups;
  }
}

/** The rest of an observation's key: flow code, breakdown codes, goods or services. */
function kindText(
  flowCode: string,
  motCode: number,
  customsCode: string,
  partner2Code: number,
  services: boolean,
): string {
  // Only the customs code is free text: the other parts hold no '|', so the text is unambiguous.
  return `${flowCode}|${motCode}|${customsCode}|${partner2Code}|${services ? 'S' : 'C'}`;
}
