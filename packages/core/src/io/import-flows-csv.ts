import * as z from 'zod/mini';
import { grouped } from '../_internal/count-of.js';
import { isNegativeDecimalText } from '../_internal/decimal-text.js';
import { editsWithin } from '../_internal/edit-distance.js';
import { SourceIdSchema } from '../_internal/id-schemas.js';
import { inputText } from '../_internal/input-text.js';
import {
  POINT_BEFORE_THOUSANDS,
  pointBeforeThousandsMessage,
} from '../_internal/point-before-thousands.js';
import { quoteInput } from '../_internal/quote-input.js';
import { type DecimalMark, negativeWords, separatorHint } from '../_internal/separator-hint.js';
import { issuesFromZod, parseWithSchema } from '../_internal/zod-issues.js';
import { BilateralError, type BilateralIssue, type IssueHint } from '../errors/index.js';
import { readStatedBound, takeQualifier } from '../figures/_text.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { EconomyCodeTextSchema, FlowStatusSchema, SourceSchema } from '../flow/schemas.js';
import { isCurrencyCode } from '../money/index.js';
import { safeParsePeriod } from '../period/index.js';
import { checkImportedDataset } from './_check-imported-dataset.js';
import { isComtradeKey } from './_comtrade-fields.js';
import type { CsvDelimiter } from './_csv.js';
import { CHECKED_LATER, FlowRepeats } from './_flow-repeats.js';
import { guessDelimiter, recordsFromCsv } from './_records.js';
import { ImportLog, isoDate } from './_report.js';
import type { ImportNoteCode, ImportResult } from './import-result.js';

/**
 * Options of {@link importFlowsCsv}.
 *
 * @example
 * ```ts
 * const options: FlowsCsvImportOptions = { status: 'preliminary' };
 * importFlowsCsv('reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024,1,USD', options)
 *   .document.flows[0]?.status;
 * //=> 'preliminary'
 * ```
 *
 * @category Importers
 */
export interface FlowsCsvImportOptions {
  /** The source entries the `source` column names by id. */
  readonly sources?: readonly Source[];
  /** The source entry of rows that name none (no `source` column, or an empty cell). */
  readonly source?: Source;
  /** The status of rows that give none (default `'official'`). */
  readonly status?: 'estimate' | 'preliminary' | 'official' | 'revised';
  /** The date of placeholder source entries: `YYYY-MM-DD` (default: today, UTC). */
  readonly date?: string;
  /**
   * The field separator: `','` (default, or a tab when the header has more tabs than commas, or the
   * one Excel's first line `sep=;` names), `'\t'` or `';'` (a European spreadsheet's CSV).
   */
  readonly delimiter?: ',' | '\t' | ';';
  /**
   * Values and precisions are written with a decimal comma (`491900000,5`); a point in them is
   * then an issue (such files use it to separate thousands).
   */
  readonly decimalComma?: boolean;
  /** The clock `date` defaults to (for tests). */
  readonly now?: () => Date;
}

const OptionsSchema = z.object({
  sources: z.optional(z.array(SourceSchema)),
  source: z.optional(SourceSchema),
  status: z.optional(FlowStatusSchema),
  date: z.optional(SourceSchema.shape.date),
  delimiter: z.optional(z.enum([',', '\t', ';'])),
  decimalComma: z.optional(z.boolean()),
});

const REQUIRED = ['reporter', 'partner', 'flow', 'period', 'value', 'currency'] as const;
const OPTIONAL = [
  'valuation',
  'commodity',
  'status',
  'source',
  'precision',
  'derivation',
  'uncertain',
  'note',
] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const COLUMNS: readonly Column[] = [...REQUIRED, ...OPTIONAL];

const DECIMAL = /^\d+(?:\.\d+)?$/;
const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;
/** A value the lean reader takes: a decimal far inside the supported range (36 digits each side). */
const PLAIN_VALUE = /^\d{1,30}(?:\.\d{1,30})?$/;
/** The columns whose rows the lean reader takes (a header of other columns goes the general way). */
const PLAIN_COLUMNS: ReadonlySet<string> = new Set<Column>([
  ...REQUIRED,
  'commodity',
  'status',
  'source',
]);
const STATUSES: ReadonlySet<string> = new Set(FlowStatusSchema.options);

/** Where each column is in a row the lean reader takes; -1 for an optional column not there. */
interface PlainLayout {
  readonly width: number;
  readonly at: Readonly<
    Record<(typeof REQUIRED)[number] | 'commodity' | 'status' | 'source', number>
  >;
}

/**
 * The layout of a header whose rows the lean reader can take: names of the six required columns
 * and any of commodity, status and source, as written (lower case), each once; values written
 * with a point. Undefined for any other header.
 */
function plainLayout(header: readonly string[], decimalComma: boolean): PlainLayout | undefined {
  if (decimalComma) return undefined;
  const at = new Map<string, number>();
  for (const [column, name] of header.entries()) {
    if (!PLAIN_COLUMNS.has(name) || at.has(name)) return undefined;
    at.set(name, column);
  }
  const of = (name: string) => at.get(name) ?? -1;
  if (REQUIRED.some((name) => of(name) === -1)) return undefined;
  return {
    width: header.length,
    at: {
      reporter: of('reporter'),
      partner: of('partner'),
      flow: of('flow'),
      period: of('period'),
      value: of('value'),
      currency: of('currency'),
      commodity: of('commodity'),
      status: of('status'),
      source: of('source'),
    },
  };
}

/**
 * Whether `text` passes `check`, asked once per distinct text that passes (a few hundred economy
 * codes, periods, currencies, source ids): one that fails is asked again, so texts that fail
 * cost no memory.
 */
function passing(check: (text: string) => boolean): (text: string) => boolean {
  const passed = new Set<string>();
  return (text) => {
    if (passed.has(text)) return true;
    if (!check(text)) return false;
    passed.add(text);
    return true;
  };
}

/**
 * How many unknown header cells are compared with the known columns for a "did you mean"; the
 * others are listed as ignored (a misspelt required column is still reported as missing).
 */
const MAX_EXAMINED = 100;
/** How many ignored columns the note names. */
const SHOWN_IGNORED = 10;

/** The known column a header cell (lower case) is a misspelling of: within two edits. */
function nearColumn(lower: string): Column | undefined {
  return COLUMNS.find((column) => editsWithin(column, lower, 2) !== undefined);
}

/**
 * A number written with a decimal comma (`491900000,5`) in the point form a dataset keeps
 * (`491900000.5`); text with a point is returned as it is, for the caller to refuse.
 */
function fromDecimalComma(text: string): string {
  return /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
}

/**
 * The hint of a problem that names the setting for decimal commas: `decimalComma: true` in code,
 * said in its own words by a program whose user sets no option in code (`--decimal-comma`).
 */
const DECIMAL_COMMA: IssueHint = Object.freeze({
  code: 'DECIMAL_COMMA',
  message: 'decimalComma: true',
});

/** A problem's message and, when it names a setting, its hint. */
type Problem = readonly [message: string, hint?: IssueHint];

/**
 * Why a value written with decimal commas is not a number, when it has a point: what
 * {@link separatorHint} tells it there (`"1.000,5"`: points as thousands separators, write
 * `"1000,5"`; `"1.5"`: a point as the decimal separator, write `"1,5"`), or only that it has one.
 */
function decimalCommaProblem(text: string): Problem | undefined {
  if (!text.includes('.')) return undefined;
  const hint = separatorHint(text, ',');
  return [
    hint === undefined
      ? `${quoteInput(text)} has a point, but the file writes decimal commas (${DECIMAL_COMMA.message})`
      : `${quoteInput(text)} has ${hint.words}, as the file writes decimal commas (${DECIMAL_COMMA.message})`,
    DECIMAL_COMMA,
  ];
}

/**
 * Why a number after a figure's words ("more than 565000000", "about 267000000": the words
 * `parsePublishedAmount` reads) is not a value, and where those words go: a bound's in the note
 * (a flow's value is its figure; a dataset's level statement of the same text makes the report
 * write "more than"), an approximate figure's as `uncertain` (and in the note for "nearly" and its
 * like, which say the value is below the figure). Undefined for anything else.
 */
function qualifiedProblem(text: string, mark: DecimalMark): string | undefined {
  const { rest, qualifier } = takeQualifier(text);
  const number = mark === '.' ? /^\d+(?:\.\d+)?$/ : /^\d+(?:,\d+)?$/;
  if (qualifier === undefined || !number.test(rest)) return undefined;
  const words = text.slice(0, text.length - rest.length).trim();
  if (qualifier !== 'approximate') {
    return `${quoteInput(text)} is a bound, not a value: write ${rest} and keep ${quoteInput(words)} in the note column`;
  }
  // "nearly", "近": about, and below the figure, which only the note can say.
  return readStatedBound(text) === undefined
    ? `${quoteInput(text)} is not a value: write ${rest} and set uncertain to true`
    : `${quoteInput(text)} is not a value: write ${rest}, set uncertain to true and keep ${quoteInput(words)} in the note column`;
}

/**
 * Why a value cell is not a decimal written with `mark` before its decimals: a negative number
 * is told it cannot be; in another convention's separators, it is told what {@link separatorHint}
 * tells a decimal string (as `bilateral validate` tells it), and the setting for decimal commas
 * when it would read the cell.
 */
function valueProblem(text: string, mark: DecimalMark): Problem {
  if (text === '') return ['missing value'];
  const hint = separatorHint(text, mark);
  if (hint === undefined) {
    // Without a hint, one mark can only be the file's own (`-1,5` in a decimal-comma file).
    if (/^-\d+(?:[.,]\d+)?$/.test(text)) return [negativeWords(text, 'a trade value')];
    const qualified = qualifiedProblem(text, mark);
    if (qualified !== undefined) return [qualified];
    return [
      `${quoteInput(text)} is not a decimal number: write digits with an optional decimal ${mark === '.' ? 'point' : 'comma'}, e.g. 491900000 or 159${mark}6`,
    ];
  }
  // A number refused however its separators read is told so, as `bilateral validate` tells it.
  if (hint.readings.every(isNegativeDecimalText)) {
    return [negativeWords(text, 'a trade value', hint)];
  }
  const has = `${quoteInput(text)} has ${hint.words}`;
  return mark === '.' && /^\d+,\d+$/.test(text)
    ? [`${has}, or read the file with decimal commas (${DECIMAL_COMMA.message})`, DECIMAL_COMMA]
    : [has];
}

/** The note of a file of a header and no row, in the words `importComtrade` uses. @internal */
export const EMPTY_NOTE = 'the input holds no records';

/**
 * Imports the simple CSV of flows people keep themselves: a header
 * `reporter,partner,flow,period,value,currency` followed by any of `valuation`, `commodity`,
 * `status`, `source`, `precision`, `derivation`, `uncertain`, `note`, in any order. Values are
 * kept as written (digits and a decimal point, no separators), periods are Bilateral's period
 * text, reporters and partners ISO 3166-1 alpha-3 codes. The CSV is RFC 4180: quoted fields may
 * hold commas and line breaks; CRLF and a byte-order mark are fine.
 *
 * Rows without a status get `options.status` (default `official`); rows without a source cite
 * `options.source` (or a placeholder entry to fill in); ids in the `source` column that
 * `options.sources` does not describe get placeholder entries. Each default is listed in the
 * report's notes. Columns it does not know are listed too (and refused when they look like a
 * misspelt known column).
 *
 * @param text - the CSV text
 * @param options - source entries, the default status, the date of placeholder entries
 * @returns the `sources` and `flows` of a dataset document, and the report
 * @throws {@link BilateralError} `INVALID_IMPORT` listing every problem with its path
 *   (`rows[2].value`) and line; `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const { document } = importFlowsCsv(
 *   'reporter,partner,flow,period,value,currency,precision\n' +
 *     'VNM,LAO,export,2024-01/2024-09,491900000,USD,100000\n',
 *   { source: { id: 'moit', publisher: 'MOIT', title: 'Border trade', date: '2024-10-24', language: 'en' } },
 * );
 * document.flows[0];
 * //=> { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-01/2024-09',
 * //     value: '491900000', currency: 'USD', status: 'official', source: 'moit',
 * //     precision: '100000' }
 * ```
 *
 * @category Importers
 */
export function importFlowsCsv(text: string, options: FlowsCsvImportOptions = {}): ImportResult {
  const rules = flowsCsvRules(options);
  const input = inputText(text, 'INVALID_IMPORT');
  // Before its quotes are read as a CSV's (each would be a problem of its own).
  const json = jsonProblem(input);
  if (json !== undefined) throw headerError(json);
  const delimiter = rules.delimiter ?? guessDelimiter(input);
  const table = recordsFromCsv(input, delimiter);
  const log = new ImportLog(['rows'], table.lineOf);
  for (const issue of table.issues) log.addIssue(issue);
  rules.readHeader(table.header ?? [], log, delimiter);
  if (table.records.length === 0) log.note('empty', EMPTY_NOTE);
  const flows: TradeFlowJson[] = [];
  const flowRows: number[] = [];
  table.records.forEach((raw, row) => {
    if (table.badRows?.has(row)) return;
    const flow = rules.readRow(raw as Record<string, string>, row, log);
    if (flow === undefined) return;
    flows.push(flow);
    flowRows.push(row);
  });
  if (table.records.length > 0 && rules.endsCutShort(input.at(-1))) {
    log.note('possibly-truncated', CUT_SHORT_NOTE, table.records.length - 1);
  }
  if (log.issues.length > 0) throw log.error();

  const document = { sources: rules.sources(), flows };
  checkImportedDataset(document, 'Import', flowRows, log);
  return {
    document,
    report: {
      format: 'flows-csv',
      container: 'csv',
      rowPath: ['rows'],
      records: table.records.length,
      imported: flows.length,
      flowRows,
      excluded: [],
      notes: log.notes(),
    },
  };
}

/**
 * The last words of the notes that name the option a program sets in code, by note code: a
 * program's developer reads them; `bilateral`, whose user sets no option in code (and has no flag
 * for these), leaves them out ({@link withoutOptionWords}).
 */
const OPTION_WORDS = {
  'default-status': ' (in code, options.status gives one)',
  'default-source': ' (in code, options.source gives one)',
  'placeholder-source': ' (in code, options.sources gives the descriptions)',
} as const satisfies Partial<Record<ImportNoteCode, string>>;

/**
 * A note (or a row of one: `code`) without the last words that name an option set in code, for
 * a reader who writes no code (`bilateral import`): `… fill the status column`. Anything else is
 * returned as it is.
 *
 * @internal
 */
export function withoutOptionWords<T extends { readonly code?: string; readonly message: string }>(
  note: T,
): T {
  const words = Object.hasOwn(OPTION_WORDS, note.code ?? '')
    ? OPTION_WORDS[note.code as keyof typeof OPTION_WORDS]
    : undefined;
  if (words === undefined || !note.message.endsWith(words)) return note;
  return { ...note, message: note.message.slice(0, -words.length) };
}

/** The importer of UN Comtrade records, which a program's user may know by another name. */
const IMPORT_COMTRADE: IssueHint = Object.freeze({
  code: 'IMPORT_COMTRADE',
  message: 'importComtrade()',
});

const TO_COMTRADE = `import it with ${IMPORT_COMTRADE.message}`;

/** The problem of a JSON text read as a flows CSV: `start` (the text, or its first cell) opens a JSON value. */
function jsonProblem(start: string): string | undefined {
  const first = start.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  return `the file is JSON, not CSV (it starts with "${first}"): a flows CSV starts with its header line, reporter,partner,flow,period,value,currency; for a UN Comtrade response, ${TO_COMTRADE}`;
}

/**
 * What to do instead, when `header` (its `names` in lower case) is that of a file for the
 * Comtrade importer (or JSON): a header with every required column is a flows CSV's, whatever
 * its other columns are called (a "Trade Value" of its own is ignored as any other column is).
 */
function otherFormat(header: readonly string[], names: ReadonlySet<string>): string | undefined {
  const json = jsonProblem(header[0] ?? '');
  if (json !== undefined) return json;
  if (REQUIRED.every((column) => names.has(column))) return undefined;
  const codes = header.filter(isComtradeKey);
  if (codes.length === 0) return undefined;
  const named = codes
    .slice(0, 3)
    .map((name) => quoteInput(name))
    .join(', ');
  return `the header has UN Comtrade's columns (${named}${codes.length > 3 ? ' …' : ''}), not a flows CSV's: ${TO_COMTRADE}`;
}

/**
 * The columns whose field, cut short, is still read without an issue as another one (`20` of
 * `2000000`, HS `0101` of `010121`, a source id or note cut): a cut currency, flow, status,
 * period or economy code is refused already.
 */
const CUT_READ: ReadonlySet<string> = new Set<Column>(['value', 'commodity', 'source', 'note']);

/**
 * Whether a file whose text ends with `last`, under a header whose last column is `lastColumn`,
 * may have been cut short into a value still read: its last row has no line break after it, does
 * not end a quoted field (a cut inside one is an unclosed quote), and ends in a column of
 * {@link CUT_READ} (a cut in another field, or before the last, is an issue already). Many
 * writers end every file without a line break: a file that ends in, say, its currency is not noted.
 */
function endsCutShort(last: string | undefined, lastColumn: string | undefined): boolean {
  if (last === undefined || last === '\n' || last === '\r' || last === '"') return false;
  return CUT_READ.has(lastColumn?.toLowerCase() ?? '');
}

/** The note `possibly-truncated` of a flows CSV that ends cut short (`endsCutShort`), at its last row. */
export const CUT_SHORT_NOTE =
  'the file ends without a line break after its last row, as a download or copy cut short ends: compare that row with the source, its last value may be cut';

/** The error of a file whose header says it is not a flows CSV. */
function headerError(message: string): BilateralError {
  return new BilateralError('INVALID_IMPORT', [
    { path: ['header'], message, hint: IMPORT_COMTRADE },
  ]);
}

/** ", line 4" after a row, where the input has lines (CSV). */
function lineWords(line: number | undefined): string {
  return line === undefined ? '' : `, line ${line},`;
}

/**
 * The issue of a row that repeats the flow of row `first`, on line `line` of the file: rows count
 * from 0, past blank lines, so "row 1" alone reads as a spreadsheet's row 1, the header.
 */
export function repeatMessage(first: number, line: number | undefined, period: string): string {
  const at = line === undefined ? '' : ` (line ${line})`;
  return `repeats row ${first}${at}: same reporter, partner, flow, period (${period}), commodity and source`;
}

/**
 * The flows CSV's rules — the header, each row, the source entries cited — shared by
 * {@link importFlowsCsv} and `importFlowsCsvStream`. What it keeps across rows: the first row of
 * each distinct flow (to refuse repeats: in `repeats`, which may put them in temporary files) and
 * one entry per series (to refuse mixed currencies). `provisional` holds the issues of rows whose
 * repeat check comes once the input has ended, by row: a row found then to repeat another has that
 * issue instead (as when every key is in memory, where a repeat is checked first).
 *
 * @internal
 */
export function flowsCsvRules(options: FlowsCsvImportOptions, repeats = new FlowRepeats()) {
  const settings = parseWithSchema(OptionsSchema, options, 'INVALID_INPUT');
  const readNumber = settings.decimalComma ? fromDecimalComma : (text: string) => text;
  /**
   * Values read with a point in a semicolon file (given, or named by a `sep=;` line), where a
   * point may separate thousands: set by the header's delimiter.
   */
  let semicolonPoints = false;
  /** The header's last column, where a row cut short ends. */
  let lastColumn: string | undefined;
  const columnOf = new Map<Column, string>();
  /** The layout of the rows the lean reader takes, once the header allows it. */
  let plain: PlainLayout | undefined;

  /**
   * Reads the header of a file separated by `delimiter`; throws its problems (a missing or
   * misspelt column, or the header of a file for the other importer: JSON, or UN Comtrade's
   * columns).
   */
  const readHeader = (header: readonly string[], log: ImportLog, delimiter: CsvDelimiter): void => {
    semicolonPoints = delimiter === ';' && settings.decimalComma !== true;
    lastColumn = header.at(-1);
    const names = new Set(header.map((name) => name.toLowerCase()));
    const other = otherFormat(header, names);
    if (other !== undefined) throw headerError(other);
    // The columns: the six required ones, the optional ones, and what else is there.
    const ignored: string[] = [];
    let examined = 0;
    header.forEach((name, index) => {
      const lower = name.toLowerCase();
      const known = COLUMNS.find((column) => column === lower);
      if (known !== undefined) {
        if (!columnOf.has(known)) columnOf.set(known, name);
        return;
      }
      if (name === '') return;
      examined += 1;
      const near = examined <= MAX_EXAMINED ? nearColumn(lower) : undefined;
      if (near !== undefined && !names.has(near)) {
        log.problemAt(
          ['header', index],
          `unknown column ${quoteInput(name)}: did you mean ${JSON.stringify(near)}?`,
        );
      } else ignored.push(name);
    });
    const missing = REQUIRED.filter((column) => !columnOf.has(column));
    if (missing.length > 0) {
      log.problemAt(
        ['header'],
        `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}: the header must have ${REQUIRED.join(',')} (then any of ${OPTIONAL.join(', ')})`,
      );
    }
    if (ignored.length > 0) {
      const shown = ignored.slice(0, SHOWN_IGNORED).map((name) => quoteInput(name));
      const more = ignored.length - shown.length;
      log.note(
        'ignored-columns',
        `${ignored.length === 1 ? 'column' : 'columns'} ${shown.join(', ')}${more > 0 ? ` and ${grouped(more)} more` : ''} ${ignored.length === 1 ? 'is not a flow field and was' : 'are not flow fields and were'} not imported`,
      );
    }
    if (log.issues.some((issue) => issue.path[0] === 'header')) {
      throw new BilateralError('INVALID_IMPORT', log.issues);
    }
    plain = plainLayout(header, settings.decimalComma === true);
  };

  const known = new Map((settings.sources ?? []).map((source) => [source.id, source]));
  if (settings.source !== undefined && !known.has(settings.source.id)) {
    known.set(settings.source.id, settings.source);
  }
  const today = settings.date ?? isoDate(options.now ?? (() => new Date()));
  const defaultSourceId = settings.source?.id ?? 'csv-import';
  const used = new Map<string, Source>();
  const cite = (id: string, row: number, log: ImportLog): void => {
    if (used.has(id)) return;
    const entry = known.get(id);
    if (entry !== undefined) {
      used.set(id, entry);
      return;
    }
    const isDefault = id === defaultSourceId && settings.source === undefined;
    used.set(id, {
      id,
      publisher: 'Not stated',
      title: isDefault ? 'Flows imported from a CSV file' : `Source "${id}" (not described)`,
      date: today,
      language: 'en',
      note: 'Placeholder written by Bilateral when importing a CSV file: replace it with the publication the figures come from.',
    });
    log.note(
      isDefault ? 'default-source' : 'placeholder-source',
      isDefault
        ? defaultSourceMessage
        : `source id "${id}" is not described: a placeholder entry was written among the sources; describe the publication in it${OPTION_WORDS['placeholder-source']}`,
      row,
    );
  };
  const defaultSourceMessage = `rows with no source cite a placeholder entry "${defaultSourceId}": describe the publication in it, or fill the source column${OPTION_WORDS['default-source']}`;

  /** The source of a row that gives none, noted (every such row) when it is the placeholder. */
  const defaultSource = (row: number, log: ImportLog): string => {
    if (settings.source === undefined) {
      log.note('default-source', defaultSourceMessage, row);
    }
    return defaultSourceId;
  };

  const provisional = new Map<number, BilateralIssue>();

  /** The status of a row that gives none, noted when it is the default. */
  const defaultStatus = (row: number, log: ImportLog): TradeFlowJson['status'] => {
    if (settings.status === undefined) {
      log.note(
        'default-status',
        `rows with no status were given "official" (the default): fill the status column${OPTION_WORDS['default-status']}`,
        row,
      );
    }
    return settings.status ?? 'official';
  };

  /**
   * The checks of a row whose fields are each well formed: two economies, not a repeat, one
   * currency per series; then its source cited. False when the row has a problem (logged).
   */
  const placeRow = (
    row: number,
    log: ImportLog,
    reporter: string,
    partner: string,
    flowText: string,
    commodity: string,
    periodText: string,
    source: string,
    currency: string,
  ): boolean => {
    if (reporter === partner) {
      log.problem(
        row,
        columnOf.get('partner') ?? 'partner',
        `the partner is the reporter (${reporter}): a flow is between two economies`,
      );
      return false;
    }
    const first = repeats.check(
      row,
      reporter,
      partner,
      `${flowText}|${commodity}`,
      periodText,
      source,
    );
    if (first >= 0) {
      log.problem(row, undefined, repeatMessage(first, log.lineOf(first), periodText));
      return false;
    }
    const seriesCurrency = repeats.seriesCurrency(currency, row);
    if (seriesCurrency !== undefined && seriesCurrency.currency !== currency) {
      const issue = log.problem(
        row,
        columnOf.get('currency') ?? 'currency',
        `${currency} mixes currencies within the ${reporter}→${partner} ${flowText} series (row ${seriesCurrency.row}${lineWords(log.lineOf(seriesCurrency.row))} is in ${seriesCurrency.currency})`,
      );
      if (first === CHECKED_LATER) provisional.set(row, issue);
      return false;
    }
    cite(source, row, log);
    return true;
  };

  /** Reads one row: its flow, or undefined with its problems logged. */
  const readRow = (
    record: Readonly<Record<string, string>>,
    row: number,
    log: ImportLog,
  ): TradeFlowJson | undefined => {
    const cell = (column: Column): string => {
      const name = columnOf.get(column);
      return name === undefined ? '' : (record[name] ?? '').trim();
    };
    const at = (column: Column): string => columnOf.get(column) ?? column;
    const before = log.problemCount;
    const problem = (column: Column, message: string, hint?: IssueHint) =>
      log.problem(row, at(column), message, hint);

    const economies: Partial<Record<'reporter' | 'partner', string>> = {};
    for (const role of ['reporter', 'partner'] as const) {
      const code = cell(role);
      const checked = EconomyCodeTextSchema.safeParse(code);
      if (code === '') problem(role, `missing ${role} (an ISO 3166-1 alpha-3 code such as VNM)`);
      else if (checked.success) economies[role] = checked.data;
      else problem(role, issuesFromZod(checked.error.issues)[0]?.message ?? 'is not an economy');
    }
    const flowText = cell('flow');
    if (flowText !== 'export' && flowText !== 'import') {
      problem(
        'flow',
        flowText === ''
          ? 'missing flow (export or import)'
          : `${quoteInput(flowText)} is not a flow: write export or import`,
      );
    }
    const periodText = cell('period');
    const period = safeParsePeriod(periodText);
    if (!period.success) {
      problem(
        'period',
        periodText === '' ? 'missing period (e.g. 2024, 2024-Q3, 2024-09)' : period.error.message,
      );
    }
    const valueText = cell('value');
    // Negative zero ("-0", "-0.00", "-0,0") is zero, as everywhere else in the library.
    const value = readNumber(valueText).replace(/^-(?=0+(?:\.0+)?$)/, '');
    // A negative value is told so (by valueProblem), not a number to write that is negative too.
    const commaProblem =
      settings.decimalComma && !/^-\d/.test(value) ? decimalCommaProblem(valueText) : undefined;
    if (commaProblem !== undefined) problem('value', ...commaProblem);
    else if (semicolonPoints && POINT_BEFORE_THOUSANDS.test(value)) {
      problem('value', pointBeforeThousandsMessage(valueText));
    } else if (!DECIMAL.test(value)) {
      // Told as written ("-1,5"): what fails here differs from it by no more than a comma read.
      problem('value', ...valueProblem(valueText, settings.decimalComma ? ',' : '.'));
    }
    const currency = cell('currency');
    if (!isCurrencyCode(currency)) {
      problem(
        'currency',
        currency === ''
          ? 'missing currency (an ISO 4217 code such as USD)'
          : `${quoteInput(currency)} is not an ISO 4217 currency code${isCurrencyCode(currency.toUpperCase()) ? `: did you mean ${currency.toUpperCase()}?` : ' (e.g. USD, VND, LAK)'}`,
      );
    }
    const valuation = cell('valuation');
    if (valuation !== '' && valuation !== 'FOB' && valuation !== 'CIF') {
      problem('valuation', `${quoteInput(valuation)} is not FOB or CIF`);
    }
    let commodity = cell('commodity');
    if (commodity !== '') {
      if (/^\d+$/.test(commodity) && commodity.length % 2 === 1 && commodity.length < 8) {
        log.note(
          'leading-zero-restored',
          `commodity ${commodity} had lost its leading zero (a spreadsheet drops it): HS codes have an even number of digits, so it is read as 0${commodity}`,
          row,
        );
        commodity = `0${commodity}`;
      }
      if (!HS_CODE.test(commodity)) {
        // UN Comtrade writes all goods as TOTAL; a flows CSV leaves the cell empty.
        const total = /^total$/i.test(commodity);
        problem(
          'commodity',
          `${quoteInput(cell('commodity'))} is not an HS code${total ? ': leave the commodity empty for all goods' : ' of 2, 4, 6 or 8 digits'}`,
        );
      }
    }
    let status = cell('status');
    if (status === '') status = defaultStatus(row, log);
    else if (!FlowStatusSchema.safeParse(status).success) {
      problem(
        'status',
        `${quoteInput(status)} is not a status: write estimate, preliminary, official or revised`,
      );
    }
    let source = cell('source');
    if (source === '') source = defaultSource(row, log);
    else if (!SourceIdSchema.safeParse(source).success) {
      problem(
        'source',
        `${quoteInput(source)} is not a source id: lowercase letters, digits, ".", "_" or "-"`,
      );
    }
    const precision = readNumber(cell('precision'));
    if (precision !== '' && (!DECIMAL.test(precision) || /^0+(?:\.0+)?$/.test(precision))) {
      problem(
        'precision',
        `${quoteInput(cell('precision'))} is not a decimal number greater than 0`,
      );
    }
    const uncertain = cell('uncertain').toLowerCase();
    if (uncertain !== '' && uncertain !== 'true' && uncertain !== 'false') {
      problem('uncertain', `${quoteInput(cell('uncertain'))} is not true or false`);
    }
    if (log.problemCount > before) return undefined;

    const reporter = economies.reporter ?? '';
    const partner = economies.partner ?? '';
    if (!placeRow(row, log, reporter, partner, flowText, commodity, periodText, source, currency)) {
      return undefined;
    }
    const derivation = cell('derivation');
    const note = cell('note');
    return {
      reporter,
      partner,
      flow: flowText as 'export' | 'import',
      period: periodText,
      value,
      currency,
      ...(valuation === '' ? {} : { valuation: valuation as 'FOB' | 'CIF' }),
      ...(commodity === '' ? {} : { commodity }),
      status: status as TradeFlowJson['status'],
      source,
      ...(precision === '' ? {} : { precision }),
      ...(derivation === '' ? {} : { derivation }),
      ...(uncertain === '' ? {} : { uncertain: uncertain === 'true' }),
      ...(note === '' ? {} : { note }),
    };
  };

  const plainEconomy = passing((code) => EconomyCodeTextSchema.safeParse(code).success);
  const plainPeriod = passing((text) => text.trim() === text && safeParsePeriod(text).success);
  const plainCurrency = passing(isCurrencyCode);
  const plainSource = passing((id) => SourceIdSchema.safeParse(id).success);

  /**
   * The lean reader: reads a row from its cells (as the line split at the delimiter) when the
   * header allows it and every field is plainly well formed — known economy codes, export or
   * import, a period, a decimal value with a point (not one a semicolon file may mean as thousands:
   * {@link POINT_BEFORE_THOUSANDS}), a currency code, an HS code of even length or
   * none, a status or none, a source id or none, nothing to trim — with no object per row and
   * each distinct code checked once; the row then gets exactly what {@link readRow} gives it
   * (notes, issues, flow, in the same order), its flow fields each checked as the flow schema
   * checks them. Null, with nothing done, for any other row: the caller reads it the general way.
   */
  const readPlain = (
    cells: readonly string[],
    row: number,
    log: ImportLog,
  ): TradeFlowJson | undefined | null => {
    const layout = plain;
    if (layout === undefined || cells.length !== layout.width) return null;
    const { at } = layout;
    const reporter = cells[at.reporter] as string;
    const partner = cells[at.partner] as string;
    const flow = cells[at.flow];
    const period = cells[at.period] as string;
    const value = cells[at.value] as string;
    const currency = cells[at.currency] as string;
    const commodity = cells[at.commodity] ?? '';
    const statusText = cells[at.status] ?? '';
    const sourceText = cells[at.source] ?? '';
    if (
      (flow !== 'export' && flow !== 'import') ||
      !plainEconomy(reporter) ||
      !plainEconomy(partner) ||
      !plainPeriod(period) ||
      !PLAIN_VALUE.test(value) ||
      (semicolonPoints && POINT_BEFORE_THOUSANDS.test(value)) ||
      !plainCurrency(currency) ||
      (commodity !== '' && !HS_CODE.test(commodity)) ||
      (statusText !== '' && !STATUSES.has(statusText)) ||
      (sourceText !== '' && !plainSource(sourceText))
    ) {
      return null;
    }
    const status =
      statusText === '' ? defaultStatus(row, log) : (statusText as TradeFlowJson['status']);
    const source = sourceText === '' ? defaultSource(row, log) : sourceText;
    if (!placeRow(row, log, reporter, partner, flow, commodity, period, source, currency)) {
      return undefined;
    }
    // The keys in readRow's order.
    return commodity === ''
      ? { reporter, partner, flow, period, value, currency, status, source }
      : { reporter, partner, flow, period, value, currency, commodity, status, source };
  };

  /** The source entries the flows cite (or the default one, when there are no flows). */
  const sources = (): Source[] => {
    if (used.size === 0 && settings.source !== undefined) {
      used.set(settings.source.id, settings.source);
    }
    return [...used.values()];
  };

  return {
    delimiter: settings.delimiter,
    readHeader,
    /** Whether a text ending with `last` may end cut short into a value still read. */
    endsCutShort: (last: string | undefined) => endsCutShort(last, lastColumn),
    readRow,
    readPlain,
    sources,
    repeats,
    provisional,
  };
}
