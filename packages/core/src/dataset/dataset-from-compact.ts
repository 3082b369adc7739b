// Checks the form and the cells of compact data from elsewhere, then reads it with
// `datasetFromCheckedCompact` (which checks the format tag). Apart from `compact-dataset.ts` so
// that a page reading only its build-checked embedded data loads none of these messages. No zod
// or schema module either.
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
    if (typeof cell !== 'string' || !/^-?\d+(\.\d+)?$/.test(cell)) {
      throw broken(path, 'a value must be written as a decimal string');
    }
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

/**
 * Reads a dataset from its compact form, as {@link toCompactDataset} wrote it: the same Dataset
 * value `parseDataset` gives for the document (Decimals, Periods and all). It checks the form and
 * every cell (then reads with {@link datasetFromCheckedCompact}), not the content — use it for
 * data a build step checked — and imports no schema, so a page that only reads its embedded data
 * never loads zod.
 *
 * @param compact - a compact dataset (the parsed JSON of a file the build wrote)
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` when the input is not a compact dataset or a
 *   value or period cell is malformed (with the path of the cell)
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
  const input = compactFields(compact);
  const { columns, row } = input as CompactDataset;
  if (!Array.isArray(columns) || !Array.isArray(row)) {
    throw broken([], 'a compact dataset has `columns` and `row` arrays');
  }
  checkRow(columns, row, []);
  return datasetFromCheckedCompact(input as CompactDataset);
}
