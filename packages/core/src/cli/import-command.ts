import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { calendarDateProblem } from '../_internal/calendar-date.js';
import { countOf, grouped } from '../_internal/count-of.js';
import { SlugSchema } from '../_internal/id-schemas.js';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, formatIssuePath } from '../errors/index.js';
import type { LeftOutSets } from '../io/_comtrade-title.js';
import type { ImportReport, ImportResult } from '../io/index.js';
import type { FlowTable } from '../table/index.js';
import { bulkFilesIn } from './bulk-files-in.js';
import { type CommandIo, EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { parquetInto } from './fetch-command-parquet.js';
import { tableTitle, writeDuckDBDataset } from './import-duckdb-dataset.js';
import { importDuckDBPackage } from './import-duckdb-package.js';
import { importStreamed, startsAsCsv, startsAsDataset } from './import-streamed.js';
import { installCommand } from './install-command.js';
import { problemLines } from './issue-lines.js';
import { optionText } from './option-text.js';
import { unpackedName, unwrittenFormat } from './output-format.js';
import { shownFile, unreadable } from './read-text-file.js';
import { peekFile, readTextChunks } from './read-text-stream.js';
import { isSameFile, type NamedFile, namedFile } from './same-file.js';
import { onlyPartWritten, readerLeft, readerLeftField } from './standard-output.js';
import { refuseDash } from './unwritable-file.js';

const USAGE = 'import comtrade <file> -o <dataset.json>';
const FORMATS = ['comtrade', 'flows'] as const;
/** What `--delimiter` accepts, by name or as the character. */
const DELIMITERS: ReadonlyMap<string, ',' | '\t' | ';'> = new Map([
  ['comma', ','],
  [',', ','],
  ['tab', '\t'],
  ['\t', '\t'],
  ['semicolon', ';'],
  [';', ';'],
]);
/** Above this size a Comtrade file gets the hint to use --engine duckdb. */
const HINT_BYTES = 100 * 1024 * 1024;

/** What the command uses of `@bilateral/duckdb` (loaded only when asked for). */
interface DuckDBEngine {
  readComtradeBulk(paths: string): Promise<{
    table: FlowTable;
    /** Not given by an `@bilateral/duckdb` from before each flow's status and valuation were read. */
    valuations?: readonly ('FOB' | 'CIF')[];
    /** Not given by an `@bilateral/duckdb` from before each flow's note was read: no notes. */
    flowNotes?: readonly (string | undefined)[];
    report: DuckDBReport;
    /** What the records left out cover, when no flow is imported (not given before it was read). */
    leftOut?: LeftOutSets;
  }>;
  writeComtradeBulkParquet(paths: string, output: string): Promise<{ report: DuckDBReport }>;
}
interface DuckDBReport {
  readonly records: number;
  readonly imported: number;
  readonly excluded: readonly { reason: string; count: number; message: string }[];
  readonly notes: readonly { code: string; count: number; message: string }[];
}

/** `@bilateral/duckdb`, or a usage error saying what to install (`importDuckDBPackage`). */
async function loadDuckDB(): Promise<DuckDBEngine> {
  return (await importDuckDBPackage('@bilateral/duckdb', '--engine duckdb')) as DuckDBEngine;
}

/**
 * Refuses the text of a bulk file as the core engine refuses it (`readTextChunks`): `NOT_UTF8`
 * (UTF-16, a NUL, bytes that are not UTF-8), `EMPTY_FILE`, `FILE_UNREADABLE` (missing, or a gzip
 * file that does not unpack), in its words and exit codes. Before DuckDB reads it (no `failure`),
 * its first chunk (64 kB); once DuckDB has failed on its lines (`failure`), its whole text. A
 * folder that cannot be listed, or that holds a bulk file that cannot be opened, is
 * `FILE_UNREADABLE` as a file is (exit 2); each text file of a folder is refused as if given alone,
 * with its path (its first chunk, then the files `failure` names, whole). A Parquet file's bytes
 * are DuckDB's to read.
 */
async function refuseTextAsCore(input: NamedFile, failure?: BilateralError): Promise<void> {
  const whole = failure !== undefined;
  if (!input.stats?.isDirectory()) {
    if (!/\.parquet$/i.test(input.path)) await refuseFileText(input.path, whole);
    return;
  }
  const files = await bulkFilesIn(input.path).catch((error: NodeJS.ErrnoException) => {
    // A folder inside it that cannot be listed is the one named (its path is Node's error's).
    throw unreadable(typeof error.path === 'string' ? error.path : input.path, error);
  });
  // DuckDB's files are the folder's in the same order: `files[1]` of its error is files[1] here;
  // each file once, however many of its lines DuckDB names.
  const named = whole
    ? new Set(failure.issues.flatMap(({ path }) => files[path[1] as number] ?? []))
    : files;
  // The first that cannot be opened, or read as text, is said as if given alone.
  for (const file of named) {
    if (!/\.parquet$/i.test(file)) await refuseFileText(file, whole);
    else {
      const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
        throw unreadable(file, error);
      });
      await handle.close();
    }
  }
}

/** {@link refuseTextAsCore} of one text file: its first chunk, or its `whole` text. */
async function refuseFileText(file: string, whole: boolean): Promise<void> {
  const chunks = readTextChunks(file, await peekFile(file));
  for await (const _chunk of chunks) if (!whole) break;
}

/**
 * Whether every issue of `error` is about a file as a whole or a line of it (`files[0]`,
 * `files[0].rows[3]`), none about a field of a record (`files[0].rows[3].primaryValue`).
 */
const aboutLines = (error: BilateralError) =>
  error.issues.every(({ path }) => path[0] === 'files' && path.length <= 4);

/** `import comtrade --engine duckdb`: bulk files read in DuckDB, written as Parquet or a dataset. */
async function importWithDuckDB(
  options: {
    input: NamedFile;
    file: string;
    output: string;
    id: string;
    title: string | undefined;
    date: string | undefined;
    json: boolean;
  },
  io: CommandIo,
): Promise<number> {
  const { input, file, output, id } = options;
  await refuseTextAsCore(input);
  const duckdb = await loadDuckDB();
  const parquet = output.toLowerCase().endsWith('.parquet');
  let report: DuckDBReport;
  let flows = 0;
  let whole = true;
  try {
    if (parquet) {
      const written = await parquetInto(output, (path) =>
        duckdb.writeComtradeBulkParquet(file, path),
      );
      report = written.result.report;
      whole = written.whole;
    } else {
      const read = await duckdb.readComtradeBulk(file);
      if (read.valuations === undefined) {
        throw new UsageError(
          `--engine duckdb needs a newer @bilateral/duckdb than the one installed, which does not give each flow's status and valuation: update it beside @bilateral/core (${installCommand('@bilateral/duckdb', { update: true })})`,
        );
      }
      report = read.report;
      // An older @bilateral/duckdb says nothing of what a read of no flow left out.
      const title =
        options.title ?? tableTitle(read.table, read.leftOut) ?? 'UN Comtrade bulk files';
      const written = await writeDuckDBDataset(
        output,
        {
          id,
          title: { en: title },
          sources: [
            {
              id: 'un-comtrade',
              publisher: 'UN Comtrade',
              title,
              date: options.date ?? new Date().toISOString().slice(0, 10),
              language: 'en',
              note: `Imported by Bilateral (DuckDB engine) from ${countOf(report.records, 'UN Comtrade bulk record')}, totals only. Values are primaryValue in US dollars: FOB for exports, CIF for imports.`,
            },
          ],
        },
        read.table,
        read.valuations,
        read.flowNotes,
      );
      flows = written.flows;
      whole = written.whole;
    }
  } catch (error) {
    // A file DuckDB cannot read (lines of another width, bytes that are not UTF-8, a gzip stream
    // cut short): what the core engine would refuse of its text first is refused in its words.
    if (error instanceof BilateralError && aboutLines(error)) await refuseTextAsCore(input, error);
    if (!(error instanceof BilateralError) || options.json) throw error;
    for (const line of problemLines(`${shownFile(file)}: `, error)) io.err(line);
    return EXIT.problems;
  }
  if (options.json) {
    await io.json({
      file,
      output,
      ...(parquet ? {} : { dataset: { id, flows, sources: 1 } }),
      engine: 'duckdb',
      ...report,
      ...readerLeftField([[output, whole]]),
    });
    return EXIT.ok;
  }
  const excluded = report.excluded.reduce((total, group) => total + group.count, 0);
  io.out(
    `${shownFile(file)}: UN Comtrade bulk files, ${countOf(report.records, 'record')} (engine: DuckDB)`,
  );
  io.out(
    `  imported ${countOf(report.imported, parquet ? 'row' : 'flow')}${whole ? ` into ${shownFile(output)}` : ''}${parquet ? ' (Parquet)' : ` (dataset "${id}", 1 source: un-comtrade)`}${whole ? '' : onlyPartWritten(output)}`,
  );
  if (excluded === 0) io.out('  excluded nothing');
  else io.out(`  excluded ${countOf(excluded, 'record')}:`);
  for (const group of report.excluded) {
    io.out(`    ${grouped(group.count)} × ${group.reason}`);
    io.out(`      ${group.message}`);
  }
  if (report.notes.length > 0) io.out('  notes:');
  for (const note of report.notes) {
    // A note of the files as a whole (`empty`) counts no records, as the core's names no rows.
    io.out(
      `    ${note.code}${note.count === 0 ? '' : ` (${grouped(note.count)})`}: ${note.message}`,
    );
  }
  return EXIT.ok;
}

/**
 * Refuses an output that is the input (the records would be replaced by the dataset) or the
 * other output, before anything is read; an input that does not exist is left to the reading,
 * which says so.
 */
async function refuseOverwriting(
  input: NamedFile,
  output: string,
  reportRows: string | undefined,
): Promise<void> {
  // An input that does not exist is said so when it is read, not taken for the output.
  const exists = input.stats !== null;
  const out = await namedFile(output);
  if (exists && isSameFile(out, input)) {
    throw new UsageError(
      `-o ${shownFile(output)} is the file being imported: write the dataset to another file`,
    );
  }
  if (reportRows === undefined) return;
  const rows = await namedFile(reportRows);
  for (const [other, what] of [
    ...(exists ? [[input, 'the file being imported'] as const] : []),
    [out, 'the output (-o)'] as const,
  ]) {
    if (isSameFile(rows, other)) {
      throw new UsageError(
        `--report-rows ${shownFile(reportRows)} is ${what}: write the rows to another file`,
      );
    }
  }
}

/**
 * The dataset id from the output file's name: `out/Soy 2023.json` → `soy-2023`, and so for the
 * name gzipped (`out/Soy 2023.json.gz`).
 */
export function idFromFile(file: string): string {
  const name = unpackedName(file);
  const id = basename(name, extname(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return SlugSchema.safeParse(id).success ? id : 'imported';
}

/** How many row or line numbers the report lists before it only counts them. */
const LISTED_ROWS = 10;

/**
 * `rows 1, 2, 3`, `line 2` or `lines 2, 3, 4, … (1,200 lines)`: the first {@link LISTED_ROWS}
 * numbers, and how many there are when that is more (`count`: the numbers listed and those a
 * streamed report left out).
 */
function rowList(noun: 'row' | 'line', numbers: readonly number[], count: number): string {
  if (numbers.length === 0) return countOf(count, noun);
  const shown = numbers.slice(0, LISTED_ROWS).join(', ');
  // One row is "line 2", not "lines 2".
  if (count === 1) return `${noun} ${shown}`;
  return `${noun}s ${count > Math.min(LISTED_ROWS, numbers.length) ? `${shown}, … (${countOf(count, noun)})` : shown}`;
}

/** The dataset's sources for the import's summary: `2 sources: a, b`, or `0 sources`. */
function sourcesWords(sources: readonly { readonly id: string }[]): string {
  const count = countOf(sources.length, 'source');
  return sources.length === 0
    ? count
    : `${count}: ${sources.map((source) => source.id).join(', ')}`;
}

const FORMAT_WORDS: Readonly<Record<ImportReport['format'], string>> = {
  'comtrade-v1': 'UN Comtrade API v1 records',
  'comtrade-v0': 'UN Comtrade legacy (v0) records',
  'flows-csv': 'flows CSV',
};

const CONTAINER_WORDS: Readonly<Record<ImportReport['container'], string>> = {
  'json-envelope': 'JSON response',
  'json-array': 'JSON array',
  'json-lines': 'JSON Lines',
  csv: 'CSV',
};

/** The line saying the reader of the `--report-rows` file stopped reading before the end. */
export function rowsLeft(file: string): string {
  return `  --report-rows: ${readerLeft(file)}: it has only part of the rows`;
}

/**
 * What was imported, left out and noted, for a terminal; `whole` false when the reader of the
 * output stopped reading before the end (`-o /dev/stdout | head`), which is said instead of
 * claiming the flows were written.
 */
export function formatText(
  file: string,
  output: string,
  id: string,
  result: ImportResult,
  whole = true,
): string[] {
  const { report, document } = result;
  const where =
    report.container === 'csv' || report.container === 'json-lines'
      ? 'lines of the file'
      : report.rowPath.length === 0
        ? 'rows'
        : `${formatIssuePath(report.rowPath)} rows`;
  // CSV rows are named by their line in the file; JSON records by their index.
  const rowsOf = (group: {
    rows: readonly number[];
    lines?: readonly number[];
    omitted?: number;
  }) => {
    const count = group.rows.length + (group.omitted ?? 0);
    return group.lines === undefined
      ? rowList('row', group.rows, count)
      : rowList('line', group.lines, count);
  };
  const container = report.format === 'flows-csv' ? '' : ` (${CONTAINER_WORDS[report.container]})`;
  const lines = [
    `${shownFile(file)}: ${FORMAT_WORDS[report.format]}${container}, ${countOf(report.records, 'record')}`,
    `  imported ${countOf(report.imported, 'flow')}${whole ? ` into ${shownFile(output)}` : ''} (dataset "${id}", ${sourcesWords(document.sources)})${whole ? '' : onlyPartWritten(output)}`,
  ];
  const excludedCount = report.excluded.reduce((total, group) => total + group.count, 0);
  if (excludedCount === 0) lines.push('  excluded nothing');
  else {
    lines.push(
      `  excluded ${countOf(excludedCount, 'record')} (${where} as numbered in the input):`,
    );
    for (const group of report.excluded) {
      lines.push(`    ${grouped(group.count)} × ${group.reason} — ${rowsOf(group)}`);
      lines.push(`      ${group.message}`);
    }
  }
  if (report.notes.length > 0) {
    lines.push('  notes:');
    for (const note of report.notes) {
      const rows = note.rows.length + (note.omitted ?? 0) === 0 ? '' : ` (${rowsOf(note)})`;
      lines.push(`    ${note.code}${rows}: ${note.message}`);
    }
  }
  return lines;
}

/**
 * `bilateral import comtrade <file> -o <dataset.json>`: a dataset document from UN Comtrade
 * records (or, with `flows`, from the simple flows CSV), with what was left out and why.
 */
export const importCommand: Command = {
  usage: 'import comtrade|flows <file> -o <out>',
  summary: 'Write a dataset from UN Comtrade records (JSON or CSV) or a flows CSV.',
  options: {
    output: { type: 'string', short: 'o' },
    out: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    breakdowns: { type: 'boolean', default: false },
    engine: { type: 'string' },
    delimiter: { type: 'string' },
    'decimal-comma': { type: 'boolean', default: false },
    'temp-dir': { type: 'string' },
    'report-rows': { type: 'string' },
  },
  optionsHelp: [
    '  comtrade            UN Comtrade API v1 (or v0) records: the JSON response, an array, or CSV',
    '  flows               the simple CSV: reporter,partner,flow,period,value,currency[,…]',
    '  -o, --output <file>',
    '                      where to write the dataset document (required; or --out <file>,',
    '                      as bilateral fetch takes it); *.jsonl: JSON Lines of flows;',
    '                      *.json.gz, *.jsonl.gz: the same, gzipped',
    '  --id <id>           the dataset id (default: from the output file name)',
    '  --title <title>     the dataset title (default: what the records cover)',
    '  --date <YYYY-MM-DD>',
    '                      the date of the source entries written (comtrade: when the data was',
    '                      retrieved; flows: placeholder entries), default today',
    '  --breakdowns        import the breakdowns (mode of transport, customs procedure, second',
    '                      partner, re-exports …) instead of the totals rows',
    '  --engine core|duckdb',
    '                      duckdb: read UN Comtrade bulk files (CSV, TSV, gzip, Parquet, or a',
    '                      folder of them) in DuckDB, totals only (needs @bilateral/duckdb);',
    '                      -o *.parquet writes Parquet, otherwise a dataset (gzipped for',
    '                      *.json.gz)',
    '  --delimiter <d>     the field separator of CSV: comma (default; a tab-separated header',
    "                      is recognised), tab, or ';'",
    '  --decimal-comma     flows: values written 491900000,5 (a European spreadsheet)',
    '  --temp-dir <dir>    where the check for repeated records puts its temporary files past',
    "                      a million distinct records (default: the system's temporary",
    '                      folder); removed when the import ends',
    '  --report-rows <file>',
    '                      write every row of every exclusion and note to <file> as JSON Lines',
    '                      (the report lists the first 100 of each); gzipped for *.gz',
    '  --json              print the import report as JSON',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const [format, file, extra] = positionals;
    if (format === undefined) {
      throw new UsageError(`which format and file? Usage: bilateral ${USAGE}`);
    }
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format ${quoteInput(format)}: choose ${FORMATS.join(' or ')}`);
    }
    if (file === undefined) throw new UsageError(`which file? Usage: bilateral ${USAGE}`);
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const named = optionText(values, 'output');
    const out = optionText(values, 'out');
    if (named !== undefined && out !== undefined)
      throw new UsageError('give -o or --out, not both');
    const output = named ?? out;
    if (output === undefined) {
      throw new UsageError(`where to write the dataset? Give -o <dataset.json>`);
    }
    const id = optionText(values, 'id') ?? idFromFile(output);
    if (!SlugSchema.safeParse(id).success) {
      throw new UsageError(
        `--id ${quoteInput(id)} is not a dataset id: lowercase letters, digits and "-"`,
      );
    }
    const title = optionText(values, 'title');
    const date = optionText(values, 'date');
    const dateProblem = date === undefined ? undefined : calendarDateProblem(date);
    if (date !== undefined && dateProblem !== undefined) {
      throw new UsageError(`--date ${quoteInput(date)} is not a date: ${dateProblem}`);
    }
    if (format === 'flows' && values.breakdowns) {
      throw new UsageError('--breakdowns is for UN Comtrade records only');
    }
    const delimiterText = optionText(values, 'delimiter');
    const delimiter = delimiterText === undefined ? undefined : DELIMITERS.get(delimiterText);
    if (delimiterText !== undefined && delimiter === undefined) {
      throw new UsageError(
        `--delimiter ${quoteInput(delimiterText)}: choose comma, tab or ';' (semicolon)`,
      );
    }
    if (format === 'comtrade' && values['decimal-comma']) {
      throw new UsageError(
        '--decimal-comma is for the flows CSV: UN Comtrade files write decimal points',
      );
    }
    const reportRows = optionText(values, 'report-rows');
    refuseDash('-o', output);
    refuseDash('--report-rows', reportRows);
    const input = await namedFile(file);
    await refuseOverwriting(input, output, reportRows);
    const engine = optionText(values, 'engine') ?? 'core';
    if (engine !== 'core' && engine !== 'duckdb') {
      throw new UsageError(`--engine ${quoteInput(engine)}: choose core or duckdb`);
    }
    // A name the import would write JSON into (DuckDB writes no JSON Lines: a dataset document);
    // a missing input is said first, when it is read.
    const unwritten =
      unwrittenFormat(output) ??
      (engine === 'duckdb' && unpackedName(output).toLowerCase().endsWith('.jsonl')
        ? 'JSON Lines (the import writes them without --engine duckdb)'
        : undefined);
    if (unwritten !== undefined && input.stats !== null) {
      throw new UsageError(
        `-o ${shownFile(output)}: ${engine === 'duckdb' ? '--engine duckdb writes a dataset (.json, gzipped .json.gz) or Parquet (.parquet)' : 'the import writes a dataset (.json) or JSON Lines (.jsonl), either gzipped (.json.gz, .jsonl.gz)'}, not ${unwritten}`,
      );
    }
    if (engine === 'duckdb') {
      if (format !== 'comtrade' || values.breakdowns || delimiter !== undefined) {
        throw new UsageError(
          '--engine duckdb reads the totals of UN Comtrade bulk files only (and finds their delimiter itself)',
        );
      }
      if (reportRows !== undefined) {
        throw new UsageError(
          '--report-rows is for --engine core: DuckDB counts the rows it leaves out',
        );
      }
      const options = { input, file, output, id, title, date, json: values.json === true };
      return importWithDuckDB(options, io);
    }
    // The streamed import writes JSON (a dataset or JSON Lines): a .parquet name would hold it.
    if (output.toLowerCase().endsWith('.parquet') && input.stats !== null) {
      throw new UsageError(
        format === 'comtrade'
          ? `-o ${shownFile(output)}: Parquet is written by --engine duckdb (the totals of UN Comtrade bulk files; needs @bilateral/duckdb); this import writes a dataset (.json) or JSON Lines (.jsonl)`
          : `-o ${shownFile(output)}: a flows CSV is imported into a dataset (.json) or JSON Lines (.jsonl), not Parquet`,
      );
    }
    // A folder of bulk files is DuckDB's to read: said so, where this engine reads one file.
    if (format === 'comtrade' && input.stats?.isDirectory()) {
      throw new UsageError(
        `cannot read ${shownFile(file)}: it is a directory; --engine duckdb reads a folder of UN Comtrade bulk files`,
        'FILE_UNREADABLE',
      );
    }
    // Every file is streamed: flows, CSV and TSV (gzip or not), JSON Lines, and JSON responses
    // and arrays, read record by record.
    const start = await peekFile(file);
    if (startsAsDataset(start)) {
      throw new UsageError(
        `${shownFile(file)} is a Bilateral dataset already (it has "flows"): it needs no import; validate or report it as it is`,
      );
    }
    // DuckDB reads bulk files (CSV, TSV, Parquet), not JSON.
    const size = input.stats?.size ?? 0;
    if (size > HINT_BYTES && format === 'comtrade' && startsAsCsv(start)) {
      io.err(
        `hint: ${shownFile(file)} is ${Math.round(size / 1e6)} MB: --engine duckdb reads it in DuckDB, outside memory (install @bilateral/duckdb)`,
      );
    }
    const streamed = {
      ...{ format: format as 'comtrade' | 'flows', file, start, output, id, title, date },
      delimiter,
      ...{ breakdowns: values.breakdowns === true, json: values.json === true },
      decimalComma: values['decimal-comma'] === true,
      tempDir: optionText(values, 'temp-dir'),
      reportRows,
    };
    return importStreamed(streamed, io);
  },
};
