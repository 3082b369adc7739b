/**
 * Finds the records in what a user hands an importer: a UN Comtrade JSON envelope (`{ data }`, or
 * v0's `{ dataset }`), a bare array of records, JSON text of either, or CSV text with a header.
 * Private to the `io` module.
 *
 * @internal
 */

import { inputText } from '../_internal/input-text.js';
import { nestingIssue } from '../_internal/nesting-issue.js';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import { readCsv } from './_csv.js';

/** The records of an input and where they sit in it. */
export interface RecordSource {
  readonly container: 'json-envelope' | 'json-array' | 'csv';
  readonly rowPath: IssuePath;
  readonly records: readonly unknown[];
  /** The CSV line a record starts on (CSV only). */
  readonly lineOf: (row: number) => number | undefined;
  /** The CSV header (CSV only). */
  readonly header?: readonly string[];
  /** What the envelope says about itself: its `count`, when it gives one. */
  readonly declaredCount?: number;
  /** Problems of the container found while reading it (CSV rows of the wrong width). */
  readonly issues: readonly BilateralIssue[];
  /** Rows not to read field by field: their cells do not line up with the header. */
  readonly badRows?: ReadonlySet<number>;
}

const noLines = (): undefined => undefined;

function fail(message: string, path: IssuePath = []): never {
  throw new BilateralError('INVALID_IMPORT', [{ path, message }]);
}

/** Reads CSV text: the header and one record object per data line. */
export function recordsFromCsv(text: string): RecordSource {
  const table = readCsv(text);
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
  const issues: BilateralIssue[] = [];
  const [headerRecord, ...body] = table.records;
  if (headerRecord === undefined) {
    return { container: 'csv', rowPath: ['rows'], records: [], lineOf: noLines, issues };
  }
  const header = headerRecord.cells.map((cell) => cell.trim());
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    fail(
      `the header has one column, ${quoteInput(header[0] ?? '')}: the fields look separated by ${header[0]?.includes(';') ? 'semicolons' : 'tabs'}; save the file as comma-separated CSV`,
      ['header'],
    );
  }
  const seen = new Map<string, number>();
  header.forEach((name, column) => {
    if (name === '') {
      issues.push({ path: ['header', column], message: `column ${column + 1} has no name` });
    } else if (seen.has(name)) {
      issues.push({
        path: ['header', column],
        message: `column ${quoteInput(name)} appears twice (columns ${(seen.get(name) ?? 0) + 1} and ${column + 1})`,
      });
    } else seen.set(name, column);
  });
  const badRows = new Set<number>();
  const records = body.map((record, row) => {
    if (record.cells.length !== header.length) {
      badRows.add(row);
      issues.push({
        path: ['rows', row],
        message: `has ${record.cells.length} fields but the header has ${header.length} (line ${record.line})`,
      });
    }
    return Object.fromEntries(header.map((name, column) => [name, record.cells[column] ?? '']));
  });
  const lines = body.map((record) => record.line);
  return {
    container: 'csv',
    rowPath: ['rows'],
    records,
    lineOf: (row) => lines[row],
    header,
    issues,
    badRows,
  };
}

/** Finds the records of a UN Comtrade input (parsed JSON, JSON text or CSV text). */
export function comtradeRecords(input: unknown): RecordSource {
  let value = input;
  if (typeof input === 'string') {
    const text = inputText(input, 'INVALID_IMPORT');
    const start = text.trimStart()[0];
    if (start !== '{' && start !== '[') return recordsFromCsv(text);
    try {
      value = JSON.parse(text);
    } catch (error) {
      fail(`the text is not valid JSON: ${(error as Error).message}`);
    }
  }
  const nesting = nestingIssue(value);
  if (nesting !== undefined) fail(nesting.message, nesting.path);
  if (Array.isArray(value)) {
    return { container: 'json-array', rowPath: [], records: value, lineOf: noLines, issues: [] };
  }
  if (typeof value === 'object' && value !== null) {
    const envelope = value as Record<string, unknown>;
    const error = envelope.error;
    if (typeof error === 'string' && error.trim() !== '') {
      fail(`the UN Comtrade response carries an error: ${quoteInput(error, 500)}`, ['error']);
    }
    for (const key of ['data', 'dataset'] as const) {
      if (!Object.hasOwn(envelope, key)) continue;
      const records = envelope[key];
      if (!Array.isArray(records)) {
        fail(
          `expected the records as an array, got ${records === null ? 'null' : typeof records}`,
          [key],
        );
      }
      const count = envelope.count;
      return {
        container: 'json-envelope',
        rowPath: [key],
        records,
        lineOf: noLines,
        ...(typeof count === 'number' ? { declaredCount: count } : {}),
        issues: [],
      };
    }
    fail(
      'expected a UN Comtrade response ({ "data": [records] }), an array of records, or CSV text; this object has no "data"',
    );
  }
  return fail(
    `expected a UN Comtrade response ({ "data": [records] }), an array of records, or CSV text; got ${value === null ? 'null' : typeof value}`,
  );
}
