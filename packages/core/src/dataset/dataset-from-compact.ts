// Checks the form and the cells of compact data from elsewhere, then reads it with
// `datasetFromCheckedCompact` (which checks the format tag), then checks the decimal text of its
// statements (which `checkedDatasetSeries` reads with `new Decimal`). Apart from `compact-dataset.ts` so
// that a page reading only its build-checked embedded data loads none of these messages. No zod
// or schema module either.
import { fromPlainText } from '../_internal/decimal-from-text.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { readPeriodText } from '../period/read-period-text.js';
import {
  type CompactColumn,
  type CompactDataset,
  compactFields,
  datasetFromCheckedCompact,
} from './compact-dataset.js';
import type { Dataset } from './dataset.js';

const KINDS = new Set<unknown>(['v', 'd', 'p', 'o', 't']);

/** How deep objects may nest in a compact dataset (a dataset's nest 4 levels deep). */
const MAX_DEPTH = 32;

const broken = (path: IssuePath, message: string): BilateralError =>
  new BilateralError('INVALID_DATASET', [{ path, message }]);

function checkCell(column: CompactColumn, cell: unknown, path: IssuePath): void {
  const [, kind] = column;
  if (kind === 'v') return;
  if (kind === 'p') {
    if (typeof cell !== 'string' || readPeriodText(cell) === undefined) {
      throw broken(path, 'a period must be written as period text');
    }
    return;
  }
  if (kind === 'd') {
    checkDecimalText(cell, path);
    return;
  }
  const inner = column[2];
  if (!Array.isArray(cell)) {
    throw broken(path, `a${kind === 'o' ? 'n object' : ' list'} must be written as an array`);
  }
  if (kind === 'o') {
    checkRow(inner, cell, path);
    return;
  }
  cell.forEach((row, index) => {
    if (!Array.isArray(row)) {
      throw broken([...path, index], 'an object must be written as an array');
    }
    checkRow(inner, row, [...path, index]);
  });
}

function checkRow(
  columns: readonly CompactColumn[] | undefined,
  row: readonly unknown[],
  path: IssuePath,
): void {
  if (!Array.isArray(columns)) throw broken(path, 'columns must be an array');
  if (path.length > MAX_DEPTH) throw broken(path, `objects nest more than ${MAX_DEPTH} levels`);
  columns.forEach((column, index) => {
    const entry: unknown = column;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !KINDS.has(entry[1])) {
      throw broken(path, `column ${index} is not a [key, kind] pair`);
    }
    if (entry[0] === '__proto__') throw broken(path, `column ${index} is named "__proto__"`);
    const cell = row[index];
    if (cell !== null && cell !== undefined) checkCell(column, cell, [...path, column[0]]);
  });
}

/** The fields of a statement that hold a published figure: `amount`, `rate`, `share`. */
const FIGURES = ['amount', 'rate', 'share'] as const;

/**
 * Throws `INVALID_DATASET` at `path` unless `text` is plain decimal text (`"-12.50"`, no exponent),
 * and `OUT_OF_RANGE` unless it is in the supported range, as `toDecimal` reads it. (Not the
 * schemas' `decimal-text.ts`: `/calc` exports this reader, so a page importing it statically and
 * the root entry on demand carries what it imports in its first chunk.)
 */
function checkDecimalText(text: unknown, path: IssuePath): void {
  if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text)) {
    throw broken(path, 'a value must be written as a decimal string');
  }
  fromPlainText(text, path);
}

/**
 * Checks the decimal text of the statements' figures (`value`, and `precision` when given), which
 * `parseDataset` checks: a compact file writes them as they are (`v` cells), and
 * `checkedDatasetSeries` reads them with `new Decimal`.
 */
function checkStatementDecimals(statements: unknown): void {
  if (!Array.isArray(statements)) return;
  statements.forEach((statement: Record<string, unknown> | null | undefined, index) => {
    for (const field of FIGURES) {
      const figure = statement?.[field] as { value?: unknown; precision?: unknown } | null;
      if (figure === undefined) continue;
      checkDecimalText(figure?.value, ['statements', index, field, 'value']);
      if (figure?.precision !== undefined) {
        checkDecimalText(figure.precision, ['statements', index, field, 'precision']);
      }
    }
  });
}

/**
 * Reads a dataset from its compact form, as {@link toCompactDataset} wrote it: the same Dataset
 * value `parseDataset` gives for the document (Decimals, Periods and all). It checks the form,
 * every cell (a period as period text, a value as plain decimal text in the supported range) and
 * the decimal text of the statements' figures (`value`, `precision`), then reads with
 * {@link datasetFromCheckedCompact}: what `checkedDatasetSeries` reads as numbers is what
 * `parseDataset` would have let through. It does not check the rest of the content as
 * `parseDataset` does (ids, codes, currencies, a figure's text against its value): for a document
 * from elsewhere, prefer `parseDataset`. It imports no schema, so a page that reads compact data
 * never loads zod.
 *
 * @param compact - a compact dataset (the parsed JSON of a file `toCompactDataset` wrote)
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` when the input is not a compact dataset, a
 *   value or period cell is malformed (with the path of the cell), or a statement's value or
 *   precision is not plain decimal text (path `['statements', index, 'amount' | 'rate' | 'share',
 *   'value' | 'precision']`); `OUT_OF_RANGE` at the same paths for decimal text past the supported
 *   range (less than 10^36, at most 36 digits after the point)
 *
 * @example
 * ```ts
 * const dataset = datasetFromCompact(toCompactDataset(vietnamLaos));
 * dataset.flows[0]?.value.amount.toString();
 * //=> '524500000'
 * datasetFromCompact({ format: 'csv' });
 * // throws BilateralError [INVALID_DATASET]: format: expected "bilateral-compact/1"
 * ```
 *
 * @category Datasets
 */
export function datasetFromCompact(compact: unknown): Dataset {
  const input = compactFields(compact) as CompactDataset;
  checkRow(input.columns, input.row, []);
  const dataset = datasetFromCheckedCompact(input);
  checkStatementDecimals(dataset.statements);
  return dataset;
}
