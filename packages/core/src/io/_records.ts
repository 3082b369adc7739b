/**
 * Finds the records in what a user hands an importer: a UN Comtrade JSON envelope (`{ data }`, or
 * v0's `{ dataset }`), a bare array of records, JSON text of either, or CSV text with a header.
 * Private to the `io` module.
 *
 * @internal
 */

import { countOf, grouped } from '../_internal/count-of.js';
import { parseExactJson } from '../_internal/exact-json.js';
import { inputText } from '../_internal/input-text.js';
import { jsonSyntaxPlace, repeatedKeyPlace } from '../_internal/json-syntax-place.js';
import { nestingIssue } from '../_internal/nesting-issue.js';
import { quoteInput } from '../_internal/quote-input.js';
import { checkCount, wrongArgument } from '../_internal/wrong-argument.js';
import {
  BilateralError,
  type BilateralIssue,
  type IssueHint,
  type IssuePath,
} from '../errors/index.js';
import { type CsvDelimiter, type CsvRecord, readCsv } from './_csv.js';

/** Excel's first line naming the delimiter (`sep=;`), alone on line 1 (after a byte-order mark). */
const SEPARATOR_LINE = /^\uFEFF?sep=([\t;,])$/;

/** The records of an input and where they sit in it. */
export interface RecordSource {
  readonly container: 'json-envelope' | 'json-array' | 'csv';
  readonly rowPath: IssuePath;
  readonly records: readonly unknown[];
  /** The CSV line a record starts on (CSV only). */
  readonly lineOf: (row: number) => number | undefined;
  /** The CSV header (CSV only). */
  readonly header?: readonly string[];
  /** The delimiter the CSV is read with (CSV only): given, named by `sep=`, or guessed. */
  readonly separator?: CsvDelimiter;
  /** What the envelope says about itself: its `count`, when it gives one. */
  readonly declaredCount?: number;
  /** Problems of the container found while reading it (CSV rows of the wrong width). */
  readonly issues: readonly BilateralIssue[];
  /** Rows not to read field by field: their cells do not line up with the header. */
  readonly badRows?: ReadonlySet<number>;
}

const noLines = (): undefined => undefined;

function fail(message: string, path: IssuePath = [], hint?: IssueHint): never {
  throw new BilateralError('INVALID_IMPORT', [
    { path, message, ...(hint === undefined ? {} : { hint }) },
  ]);
}

/**
 * The delimiter of a text whose caller named none: the one Excel's first line names (`sep=;`),
 * else a tab when the first line has more tabs than commas (UN Comtrade's bulk files are
 * tab-separated; a name such as `Qty, kg` may hold a comma), else a comma. Semicolons are not otherwise guessed: a file that uses them
 * usually writes decimal commas too, so the caller says so.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  const named = SEPARATOR_LINE.exec(first)?.[1] as CsvDelimiter | undefined;
  if (named !== undefined) return named;
  const count = (character: string) => first.split(character).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

const DELIMITER_WORDS: Readonly<Record<CsvDelimiter, string>> = {
  ',': 'commas',
  '\t': 'tabs',
  ';': 'semicolons',
};

/**
 * Reads CSV text: the header and one record object per data line. Without a `delimiter`, a
 * tab-separated file is recognised by its header. Empty names at the end of the header (a
 * trailing comma, as some spreadsheets write) are dropped with the empty cells under them.
 */
export function recordsFromCsv(text: string, delimiter?: CsvDelimiter): RecordSource {
  const separator = delimiter ?? guessDelimiter(text);
  const table = readCsv(text, separator);
  if (table.problems.length > 0) {
    // Past a quoting error, where fields start and end is guesswork: report it alone.
    throw new BilateralError(
      'INVALID_IMPORT',
      table.problems.map((problem) => ({
        path: [],
        message: `line ${problem.line}: ${problem.message}`,
      })),
    );
  }
  const [first, ...rest] = table.records;
  const [headerRecord, ...body] =
    first !== undefined && isSeparatorLine(first, separator) ? rest : table.records;
  if (headerRecord === undefined) {
    return { container: 'csv', rowPath: ['rows'], records: [], lineOf: noLines, issues: [] };
  }
  const { header, issues, recordOf } = readCsvHeader(headerRecord.cells, separator);
  const badRows = new Set<number>();
  const records = body.map((record, row) => {
    const read = recordOf(record, row);
    if ('issue' in read) {
      badRows.add(row);
      issues.push(read.issue);
      return {};
    }
    return read.record;
  });
  const lines = body.map((record) => record.line);
  return {
    container: 'csv',
    rowPath: ['rows'],
    records,
    lineOf: (row) => lines[row],
    header,
    separator,
    issues,
    badRows,
  };
}

/**
 * Whether `record` is Excel's first line naming the file's delimiter (`sep=;`, which Excel writes
 * so that a file opens in columns whatever the list separator of the reader's locale): read by
 * the delimiter it names, line 1 is the cells `sep=` and an empty one. It is no header: the
 * header is the next line. {@link guessDelimiter} takes the delimiter it names.
 *
 * @throws BilateralError `INVALID_IMPORT` when line 1 names another delimiter than `separator`
 *   (the caller gave one), or one the importers do not read
 */
export function isSeparatorLine(record: CsvRecord, separator: CsvDelimiter): boolean {
  if (record.line !== 1) return false;
  const [first = '', ...rest] = record.cells;
  if (first === 'sep=' && rest.length === 1 && rest[0] === '') return true;
  const named = rest.length === 0 ? /^sep=(.)$/s.exec(first)?.[1] : undefined;
  if (named === undefined) return false;
  const known = (['\t', ';', ','] as const).find((delimiter) => delimiter === named);
  if (known === undefined) {
    fail(
      `line 1, ${quoteInput(first)}, names ${quoteInput(named)} as the delimiter, which is not read: save the file separated by commas, tabs or semicolons`,
      ['header'],
    );
  }
  const hint = delimiterHint(known);
  fail(
    `line 1, ${quoteInput(first)}, says the fields are separated by ${DELIMITER_WORDS[known]}, not by ${DELIMITER_WORDS[separator]}: give that delimiter (${hint.message}) or none`,
    ['header'],
    hint,
  );
}

/** A CSV file's header, read: its names, its problems, and how to read a row by it. */
export interface CsvHeader {
  readonly header: readonly string[];
  /** The header's problems (unnamed or repeated columns); rows add theirs. */
  readonly issues: BilateralIssue[];
  /** The record of row `row` (0 for the first after the header), or the issue of a row of the wrong width. */
  readonly recordOf: (
    record: CsvRecord,
    row: number,
  ) => { readonly record: Record<string, string> } | { readonly issue: BilateralIssue };
  /** The issue of a row of the wrong width or that is the header again, or undefined. */
  readonly widthIssue: (record: CsvRecord, row: number) => BilateralIssue | undefined;
}

/**
 * The hint of a problem that asks for `delimiter`: the option as code writes it (`delimiter:
 * ';'`), which a program whose user sets no option in code words its own way (`--delimiter ';'`).
 *
 * @internal
 */
export function delimiterHint(delimiter: CsvDelimiter): IssueHint {
  return { code: 'DELIMITER', message: `delimiter: '${delimiter === '\t' ? '\\t' : delimiter}'` };
}

/**
 * Reads the header of a CSV file. Empty names at its end (a trailing comma, as some spreadsheets
 * write) are dropped with the empty cells under them.
 *
 * @throws BilateralError `INVALID_IMPORT` when the header has one column whose name holds
 *   another delimiter (the wrong delimiter)
 */
export function readCsvHeader(headerCells: readonly string[], separator: CsvDelimiter): CsvHeader {
  const cells = headerCells.map((cell) => cell.trim());
  let named = cells.length;
  while (named > 1 && cells[named - 1] === '') named -= 1;
  const header = cells.slice(0, named);
  const trailing = cells.length - named;
  const other = (['\t', ';', ','] as const).find(
    (candidate) => candidate !== separator && header[0]?.includes(candidate),
  );
  if (header.length === 1 && other !== undefined) {
    const hint = delimiterHint(other);
    fail(
      `the header has one column, ${quoteInput(header[0] ?? '')}: the fields look separated by ${DELIMITER_WORDS[other]}; give that delimiter (${hint.message}) or save the file as comma-separated CSV`,
      ['header'],
      hint,
    );
  }
  const widthIssue: CsvHeader['widthIssue'] = (record, row) => {
    // A row written with the header's trailing delimiters: its extra cells must be empty.
    const width =
      trailing > 0 &&
      record.cells.length === header.length + trailing &&
      record.cells.slice(header.length).every((cell) => cell.trim() === '')
        ? header.length
        : record.cells.length;
    if (width !== header.length) {
      return {
        path: ['rows', row],
        message: `${widthWords(record.cells.length, header.length)} (line ${record.line})`,
      };
    }
    // Its cells read as the header's names are, in any case: one problem, not one a field.
    if (!header.every((name, column) => sameName(record.cells[column], name))) return undefined;
    return { path: ['rows', row], message: `${HEADER_AGAIN_WORDS} (line ${record.line})` };
  };
  const recordOf: CsvHeader['recordOf'] = (record, row) => {
    const issue = widthIssue(record, row);
    if (issue !== undefined) return { issue };
    // Object.fromEntries defines every name as an own field, `__proto__` too.
    return {
      record: Object.fromEntries(header.map((name, column) => [name, record.cells[column] ?? ''])),
    };
  };
  return { header, issues: headerIssues(header), recordOf, widthIssue };
}

/** Finds the records of a UN Comtrade input (parsed JSON, JSON text or CSV/TSV text). */
export function comtradeRecords(input: unknown, delimiter?: CsvDelimiter): RecordSource {
  let value = input;
  if (typeof input === 'string') {
    const text = inputText(input, 'INVALID_IMPORT');
    const start = text.trimStart()[0];
    if (start !== '{' && start !== '[') return recordsFromCsv(text, delimiter);
    try {
      // Every digit kept: values that are not safe integers arrive as their text.
      value = parseExactJson(text, 'INVALID_IMPORT');
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // lossless-json stops at the first problem: a key given again with another value is told
      // once that value is read, before any syntax error after it.
      const place = repeatedKeyPlace(text, error.message) ?? jsonSyntaxPlace(text);
      fail(`the text is not valid JSON: ${place?.message ?? error.message}`);
    }
  }
  const nesting = nestingIssue(value);
  if (nesting !== undefined) fail(nesting.message, nesting.path);
  if (Array.isArray(value)) {
    return { container: 'json-array', rowPath: [], records: value, lineOf: noLines, issues: [] };
  }
  if (typeof value === 'object' && value !== null) {
    const envelope = value as Record<string, unknown>;
    const { key, declaredCount } = envelopeRecords(envelope);
    return {
      container: 'json-envelope',
      rowPath: [key],
      records: envelope[key] as unknown[],
      lineOf: noLines,
      ...(declaredCount === undefined ? {} : { declaredCount }),
      issues: [],
    };
  }
  return fail(
    `expected a UN Comtrade response ({ "data": [records] }), an array of records, or CSV text; got ${value === null ? 'null' : typeof value}`,
  );
}

/**
 * Whether a JSON object is the answer the UN Comtrade API (its gateway) gives to a refused
 * request, `{ "statusCode": 429, "message": "Rate limit is exceeded. …" }`, kept by `curl -o`
 * in place of the records.
 */
export function isErrorAnswer(
  value: object,
): value is { readonly statusCode: number; readonly message: string } {
  const answer = value as Record<string, unknown>;
  return (
    !Object.hasOwn(answer, 'data') &&
    typeof answer.statusCode === 'number' &&
    typeof answer.message === 'string'
  );
}

/**
 * Where the records of a UN Comtrade response are (`data`, or v0's `dataset`) and the `count` it
 * gives, if any.
 *
 * @throws BilateralError `INVALID_IMPORT` when the response carries an error, its records are not
 *   an array, or it has neither key
 */
export function envelopeRecords(envelope: Record<string, unknown>): {
  readonly key: 'data' | 'dataset';
  readonly declaredCount: number | undefined;
} {
  const error = envelope.error;
  if (typeof error === 'string' && error.trim() !== '') {
    fail(`the UN Comtrade response carries an error: ${quoteInput(error, 500)}`, ['error']);
  }
  for (const key of ['data', 'dataset'] as const) {
    if (!Object.hasOwn(envelope, key)) continue;
    const records = envelope[key];
    if (!Array.isArray(records)) {
      fail(`expected the records as an array, got ${records === null ? 'null' : typeof records}`, [
        key,
      ]);
    }
    const count = envelope.count;
    return { key, declaredCount: typeof count === 'number' ? count : undefined };
  }
  if (isErrorAnswer(envelope)) {
    fail(
      `the file is an error answer of the UN Comtrade API, not records: statusCode ${envelope.statusCode}, ${quoteInput(envelope.message, 300)}; fetch the records again`,
      ['statusCode'],
    );
  }
  return fail(
    `expected a UN Comtrade response ({ "data": [records] }), an array of records, or CSV text; this object has no "data"${Array.isArray(envelope.flows) ? ': it has "flows", as a Bilateral dataset has, which needs no import (validate or report it as it is)' : ''}`,
  );
}

/** How many column numbers a header issue lists before it says how many more there are. */
const LISTED_COLUMNS = 10;

/** How many repeated (or missing) names the header issues list before one issue counts the rest. */
const LISTED_NAMES = 100;

/**
 * What a record of another width than its header's says, as both engines say it (the core's
 * records reader, `@bilateral/duckdb`'s bulk reader), the counts grouped in thousands.
 *
 * @example
 * ```ts
 * import { widthWords } from '@bilateral/core/node';
 * [widthWords(1, 23), widthWords(1500, 1203)];
 * //=> ['has 1 field but the header has 23', 'has 1,500 fields but the header has 1,203']
 * ```
 * @category Node
 */
export function widthWords(fields: number, header: number): string {
  checkCount('fields', fields);
  checkCount('header', header);
  return `has ${countOf(fields, 'field')} but the header has ${grouped(header)}`;
}

/**
 * What a record that is the header again says, as both engines say it (the core's records reader,
 * `@bilateral/duckdb`'s bulk reader): two exports joined into one file (`cat a.csv b.csv`) keep
 * the second one's header among the records.
 *
 * @example
 * ```ts
 * import { HEADER_AGAIN_WORDS } from '@bilateral/core/node';
 * `rows[4]: ${HEADER_AGAIN_WORDS} (line 6)`;
 * //=> 'rows[4]: is the header again, as where two files were joined into one: delete that line (line 6)'
 * ```
 * @category Node
 */
export const HEADER_AGAIN_WORDS =
  'is the header again, as where two files were joined into one: delete that line';

/** Whether a cell (`undefined`: none) reads as a header name, trimmed and in any case. */
const sameName = (cell: string | undefined, name: string): boolean =>
  cell !== undefined && cell.trim().toLowerCase() === name.toLowerCase();

/**
 * The header's unnamed and repeated columns: one issue for the unnamed ones and one per repeated
 * name, each listing the first column numbers and how many there are in all — so a header of a
 * million repeated cells gives one issue, not a million. For `@bilateral/duckdb` too (from
 * `@bilateral/core/node`), so both engines say a bad header alike.
 *
 * @example
 * ```ts
 * import { headerIssues } from '@bilateral/core/node';
 * headerIssues(['period', 'primaryValue', '', 'primaryValue']).map((issue) => issue.message);
 * //=> ['column "primaryValue" appears twice (columns 2, 4)', 'column 3 has no name']
 * ```
 * @category Node
 */
export function headerIssues(header: readonly string[]): BilateralIssue[] {
  if (!Array.isArray(header as unknown))
    throw wrongArgument(['header'], "an array of the header's names", header);
  const columnsOf = new Map<string, number[]>();
  header.forEach((name, column) => {
    const columns = columnsOf.get(name);
    if (columns === undefined) columnsOf.set(name, [column]);
    else columns.push(column);
  });
  const issues: BilateralIssue[] = [];
  let unlisted = 0;
  for (const [name, columns] of columnsOf) {
    if (name !== '' && columns.length === 1) continue;
    if (issues.length === LISTED_NAMES) {
      unlisted += 1;
      continue;
    }
    const listed = columns.slice(0, LISTED_COLUMNS).map((column) => column + 1);
    const more = columns.length - listed.length;
    const where = `${listed.join(', ')}${more > 0 ? ` and ${grouped(more)} more` : ''}`;
    issues.push({
      path: ['header', columns[name === '' ? 0 : 1] ?? 0],
      message:
        name === ''
          ? `${columns.length === 1 ? 'column' : 'columns'} ${where} ${columns.length === 1 ? 'has' : 'have'} no name`
          : `column ${quoteInput(name)} appears ${columns.length === 2 ? 'twice' : `${grouped(columns.length)} times`} (columns ${where})`,
    });
  }
  if (unlisted > 0) {
    issues.push({
      path: ['header'],
      message: `${grouped(unlisted)} more column names are repeated or missing; fix the header (it has ${grouped(header.length)} columns)`,
    });
  }
  return issues;
}
