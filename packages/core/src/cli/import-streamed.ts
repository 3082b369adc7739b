import type { DatasetDocument } from '../dataset/index.js';
import { safeParseDataset } from '../dataset/schemas.js';
import { BilateralError } from '../errors/index.js';
import {
  droppedFlowsOf,
  flowRowPieces,
  withDroppedFlows,
  withFlowRowPieces,
} from '../io/_flow-row-pieces.js';
import { jsonTextProblem } from '../io/_json-records.js';
import { inputKind } from '../io/import-comtrade-stream.js';
import { withoutOptionWords } from '../io/import-flows-csv.js';
import {
  type ImportReport,
  importComtradeStream,
  importFlowsCsvStream,
  type ReportRow,
  type StreamedImport,
} from '../io/index.js';
import type { SpillStore } from '../io/spill-store.js';
import { type CommandIo, EXIT, UsageError } from './cli-io.js';
import { formatText, rowsLeft } from './import-command.js';
import { ImportOutput } from './import-output.js';
import { problemLines } from './issue-lines.js';
import { JsonNumbers } from './json-text.js';
import { notJsonAt } from './load-dataset.js';
import { shownFile } from './read-text-file.js';
import { type FileStart, readTextChunks } from './read-text-stream.js';
import { STOPS } from './remove-on-stop.js';
import { ReportRowsFile } from './report-rows-file.js';
import { sourcesTitle } from './sources-title.js';
import { readerLeftField } from './standard-output.js';
import { type TempSpillStore, tempSpillStore } from './temp-spill-store.js';
import { writeReason } from './write-reason.js';

/** What the start of a file is: gzip, or what its text is ({@link inputKind}). */
function startKind(start: FileStart): 'gzip' | ReturnType<typeof inputKind> {
  if (start.gzip) return 'gzip';
  const text = new TextDecoder().decode(start.bytes);
  return inputKind(text.replace(/^[\uFEFF\s]+/, ''));
}

/** Whether the start of a file is CSV or TSV, or gzip (a bulk file): not JSON, not JSON Lines. */
export function startsAsCsv(start: FileStart): boolean {
  const kind = startKind(start);
  return kind === 'gzip' || kind === 'csv';
}

/**
 * Whether a file starts as a Bilateral dataset does: JSON with a `"flows"` array near its start
 * (as `bilateral import` writes one), which is given to `import` by mistake.
 */
export function startsAsDataset(start: FileStart): boolean {
  return (
    startKind(start) === 'json' && /"flows"\s*:\s*\[/.test(new TextDecoder().decode(start.bytes))
  );
}

/**
 * `bilateral import comtrade|flows` of a CSV or TSV file (gzip or not), streamed: the file is read
 * in chunks, each batch of flows is checked (by the importer, flow by flow) and written as it
 * comes, and the file is put in place once the import has succeeded. Memory stays flat with the
 * file's size: past `spillRecords` distinct records (the importer's default when not given), the
 * import checks the others for repeats in temporary files in `tempDir` (`os.tmpdir()` by
 * default), removed when the import ends, fails or is stopped (Ctrl-C, SIGTERM, SIGHUP); the
 * report lists the first rows of each exclusion and note and counts the others.
 */
export async function importStreamed(
  options: {
    readonly format: 'comtrade' | 'flows';
    readonly decimalComma: boolean;
    readonly file: string;
    readonly start: FileStart;
    readonly output: string;
    readonly id: string;
    readonly title: string | undefined;
    readonly date: string | undefined;
    readonly delimiter: ',' | '\t' | ';' | undefined;
    readonly breakdowns: boolean;
    readonly json: boolean;
    readonly tempDir?: string | undefined;
    /** Where to write every row of every exclusion and note (`--report-rows`). */
    readonly reportRows?: string | undefined;
    readonly spillRecords?: number | undefined;
  },
  io: CommandIo,
): Promise<number> {
  const { output, id } = options;
  let store: TempSpillStore | undefined;
  let out: ImportOutput | undefined;
  let rows: ReportRowsFile | undefined;
  let opened = false;
  let stoppedBy: NodeJS.Signals | undefined;
  // Ctrl-C, a kill or the terminal closed: remove what this import wrote, then stop as the signal
  // would have. Listened for before the folder is made: a signal without a listener ends the
  // process at once, which left the folder; while the outputs open, the stop waits for them
  // (their temporary files exist before their opening returns them).
  const stop = (signal: NodeJS.Signals) => {
    store?.removeAll();
    out?.abortNow();
    rows?.abortNow();
    process.kill(process.pid, signal);
  };
  const interrupted = (signal: NodeJS.Signals) => {
    if (opened) stop(signal);
    else stoppedBy = signal;
  };
  for (const signal of STOPS) process.once(signal, interrupted);
  try {
    store = tempSpillStore(options.tempDir);
  } catch (error) {
    for (const signal of STOPS) process.off(signal, interrupted);
    // The folder named is the one missing, not a file's folder (writeReason's words).
    const missing = (error as { code?: unknown } | null)?.code === 'ENOENT';
    throw new UsageError(
      `cannot make temporary files in ${shownFile(options.tempDir ?? 'the temporary folder')}: ${missing ? 'no such folder' : writeReason(error)}`,
      'FILE_UNWRITABLE',
    );
  }
  try {
    try {
      out = await ImportOutput.open(output, id);
      if (options.reportRows !== undefined) rows = await ReportRowsFile.open(options.reportRows);
    } catch (error) {
      await out?.abort();
      throw error;
    } finally {
      opened = true;
      if (stoppedBy !== undefined) stop(stoppedBy);
    }
    return await importInto(out, rows, store, options, io);
  } finally {
    // Removed while listened for: a signal with no listener would end the process mid-removal.
    store.removeAll();
    for (const signal of STOPS) process.off(signal, interrupted);
  }
}

/**
 * The files of `store`, their failures (a full disk, a folder removed meanwhile) turned into the
 * command's one-line `FILE_UNWRITABLE` error instead of an internal error.
 */
export function commandFiles(store: TempSpillStore): SpillStore {
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw new UsageError(
        `cannot use temporary files in ${shownFile(store.folder)}: ${writeReason(error)}`,
        'FILE_UNWRITABLE',
      );
    }
  };
  return {
    create() {
      const file = guard(() => store.create());
      return {
        append: (bytes) => guard(() => file.append(bytes)),
        read: () => guard(() => file.read()),
        remove: () => guard(() => file.remove()),
      };
    },
  };
}

/** The import itself, into `out`, with temporary files from `store`. */
async function importInto(
  out: ImportOutput,
  rows: ReportRowsFile | undefined,
  store: TempSpillStore,
  options: Parameters<typeof importStreamed>[0],
  io: CommandIo,
): Promise<number> {
  const { file, output, id, title } = options;
  let result: StreamedImport;
  let datasetTitle: string;
  let whole: boolean;
  let rowsWhole: boolean;
  try {
    const text = readTextChunks(file, options.start);
    const common = {
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      onFlows: (flows: Parameters<ImportOutput['add']>[0]) => out.add(flows),
      spill: {
        store: commandFiles(store),
        ...(options.spillRecords === undefined ? {} : { records: options.spillRecords }),
      },
      ...(rows === undefined
        ? {}
        : { onReportRows: (batch: readonly ReportRow[]) => rows.add(batch) }),
    };
    result =
      options.format === 'comtrade'
        ? await importComtradeStream(text, {
            rows: options.breakdowns ? 'breakdowns' : 'totals',
            ...(title === undefined ? {} : { title }),
            ...common,
          })
        : await importFlowsCsvStream(text, { decimalComma: options.decimalComma, ...common });
    result = commandResult(result);
    datasetTitle = title ?? sourcesTitle(result.sources) ?? id;
    // The flows were checked one by one as they came, and the importer's rules keep them apart
    // (no duplicates, known sources, one currency): what is left to check is the rest.
    const rest: DatasetDocument = {
      id,
      title: { en: datasetTitle },
      sources: result.sources,
      flows: [],
    };
    const check = safeParseDataset(rest);
    if (!check.success) {
      if (!options.json) {
        io.err(`${shownFile(file)}: the imported dataset does not validate (please report it):`);
      }
      throw check.error;
    }
    whole = await out.finish(datasetTitle, result.sources, droppedFlowsOf(result));
    rowsWhole = (await rows?.finish()) ?? true;
  } catch (error) {
    await out.abort();
    await rows?.abort();
    const notJson = jsonTextProblem(error);
    if (notJson !== undefined) throw notJsonAt(file, notJson.detail, notJson.place);
    // With --json the error goes into the envelope, with every problem.
    if (!(error instanceof BilateralError) || options.json) throw error;
    for (const line of problemLines(`${shownFile(file)}: `, error)) io.err(line);
    return EXIT.problems;
  }
  const sources = out.jsonLines ? [] : result.sources;
  if (options.json) {
    await io.json({
      file,
      output,
      dataset: { id, flows: out.flows, sources: sources.length },
      engine: 'core',
      ...reportJson(result.report),
      ...readerLeftField([
        [output, whole],
        [options.reportRows, rowsWhole],
      ]),
    });
  } else {
    const lines = formatText(
      file,
      output,
      id,
      { document: { sources: result.sources, flows: [] }, report: result.report },
      whole,
    );
    for (const line of lines) io.out(line);
    if (options.reportRows !== undefined && !rowsWhole) io.out(rowsLeft(options.reportRows));
    if (out.jsonLines) io.out('  (JSON Lines: one flow a line; the sources are not in the file)');
  }
  return EXIT.ok;
}

/** Rows of the flows per piece of the printed list. */
const PIECE = 4096;

/**
 * The report as `--json` prints it: its fields in their order, `flowRows` (a number per flow:
 * millions for a big file) written a piece at a time rather than made as one array.
 */
function reportJson(report: ImportReport): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(report).map((key) => [
      key,
      key === 'flowRows'
        ? new JsonNumbers(() => flowRowPieces(report, PIECE))
        : report[key as keyof ImportReport],
    ]),
  );
}

/**
 * A streamed import's result with its report in the command's words: its notes without the last
 * words naming an option a program sets in code (`(in code, options.status gives one)`), which
 * the command has no flag for. The report keeps its `flowRows` made when asked for and handed
 * out in pieces, and the result its dropped flows as they come: spread, they were an array of a
 * number per flow (8 MB a million flows, held to the end of the import).
 *
 * @internal
 */
export function commandResult(result: StreamedImport): StreamedImport {
  const { report } = result;
  const notes = report.notes.map(withoutOptionWords);
  const worded = Object.defineProperties({} as ImportReport, {
    ...Object.getOwnPropertyDescriptors(report),
    notes: { value: notes, enumerable: true },
  });
  withFlowRowPieces(worded, (size) => flowRowPieces(report, size));
  const next = Object.defineProperties({} as StreamedImport, {
    ...Object.getOwnPropertyDescriptors(result),
    report: { value: worded, enumerable: true },
  });
  return withDroppedFlows(next, () => droppedFlowsOf(result));
}
