// Reads the compact form of a dataset WITHOUT zod or any schema module: only Decimal, the reader of
// valid period text and plain types (no parser's messages: the data was checked when written). Keep it that way: the widgets load embedded data through it.
import { Decimal } from '../_internal/decimal.js';
import type { LocalizedNames } from '../economy/localized-names.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { KnownNames } from '../infrastructure/known-names.js';
import { readPeriodText } from '../period/read-period-text.js';
import type { Dataset } from './dataset.js';

/**
 * The `format` tag of a {@link CompactDataset} (a file in another form is refused).
 *
 * @example
 * ```ts
 * toCompactDataset(vietnamLaos).format === COMPACT_DATASET_FORMAT;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export const COMPACT_DATASET_FORMAT = 'bilateral-compact/1';

/**
 * A field of a {@link CompactDataset} and how its cells are written: `v` as they are (text,
 * numbers, booleans, lists of them), `d` a Decimal as a decimal string, `p` a Period as its text
 * (`2024-Q3`), `o` an object as a row of its own columns, `t` a list of objects as a list of rows.
 * In a row, `null` or a missing trailing cell is a field the object does not have.
 *
 * @example
 * ```ts
 * const flows = toCompactDataset(vietnamLaos).columns.find(([key]) => key === 'flows');
 * flows?.[2]?.[3];
 * //=> ['period', 'p']
 * ```
 *
 * @category Datasets
 */
export type CompactColumn =
  | readonly [key: string, kind: 'v' | 'd' | 'p']
  | readonly [key: string, kind: 'o' | 't', columns: readonly CompactColumn[]];

/**
 * A validated dataset in a compact JSON form: every object a row of cells under shared columns
 * (no key repeated per item), values as decimal strings, periods as text, every level statement
 * with its precision (so reading it parses no published-figure text), and the names of the
 * economies it names in every locale. {@link toCompactDataset} writes it from a Dataset that was
 * validated already; {@link datasetFromCompact} reads it back without validating, so only data a
 * build step checked should travel in this form.
 *
 * @example
 * ```ts
 * const compact: CompactDataset = toCompactDataset(vietnamLaos);
 * compact.columns.map(([key]) => key);
 * //=> ['id', 'title', 'description', 'sources', 'flows', 'statements', 'targets', …]
 * ```
 *
 * @category Datasets
 */
export interface CompactDataset {
  readonly format: typeof COMPACT_DATASET_FORMAT;
  /** The dataset's fields: `id`, `title`, the sections (`sources`, `flows` …). */
  readonly columns: readonly CompactColumn[];
  /** The dataset as one row of cells under {@link CompactDataset.columns}. */
  readonly row: readonly unknown[];
  /**
   * The names of the economies the dataset names (reporters, partners, crossing countries…) in
   * every locale, by code, as `economyLabel` gives them: a page names them without the table of
   * every economy. {@link datasetFromCompact} does not read them.
   */
  readonly names?: Readonly<Record<string, LocalizedNames>>;
  /**
   * When the dataset lists crossings or official counts: the classes of crossing of each country
   * they name, by code, in the country's classification system's order (most open first), as
   * `[id, names]` for a class the dataset names and `[id]` for the others, so that a page orders
   * and names them without the classification systems. {@link datasetFromCompact} does not read
   * them.
   */
  readonly classes?: Readonly<
    Record<string, readonly (readonly [id: string, names?: KnownNames])[]>
  >;
}

const KINDS = new Set<unknown>(['v', 'd', 'p', 'o', 't']);

/** How deep objects may nest in a compact dataset (a dataset's nest 4 levels deep). */
const MAX_DEPTH = 32;

const broken = (path: IssuePath, message: string): BilateralError =>
  new BilateralError('INVALID_DATASET', [{ path, message }]);

function readCell(column: CompactColumn, cell: unknown, path: IssuePath): unknown {
  const [, kind] = column;
  if (kind === 'v') return cell;
  if (kind === 'p') {
    const period = typeof cell === 'string' ? readPeriodText(cell) : undefined;
    if (period === undefined) throw broken(path, 'a period must be written as period text');
    return period;
  }
  if (kind === 'd') {
    if (typeof cell !== 'string' || !/^-?\d+(\.\d+)?$/.test(cell)) {
      throw broken(path, 'a value must be written as a decimal string');
    }
    return new Decimal(cell);
  }
  const inner = column[2];
  if (!Array.isArray(cell)) {
    throw broken(path, `a${kind === 'o' ? 'n object' : ' list'} must be written as an array`);
  }
  if (kind === 'o') return readRow(inner, cell, path);
  return cell.map((row, index) => {
    if (!Array.isArray(row))
      throw broken([...path, index], 'an object must be written as an array');
    return readRow(inner, row, [...path, index]);
  });
}

function readRow(
  columns: readonly CompactColumn[] | undefined,
  row: readonly unknown[],
  path: IssuePath,
): Record<string, unknown> {
  if (!Array.isArray(columns)) throw broken(path, 'columns must be an array');
  if (path.length > MAX_DEPTH) throw broken(path, `objects nest more than ${MAX_DEPTH} levels`);
  const item: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const entry: unknown = column;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !KINDS.has(entry[1])) {
      throw broken(path, `column ${index} is not a [key, kind] pair`);
    }
    if (entry[0] === '__proto__') throw broken(path, `column ${index} is named "__proto__"`);
    const cell = row[index];
    if (cell !== null && cell !== undefined) {
      item[column[0]] = readCell(column, cell, [...path, column[0]]);
    }
  });
  return item;
}

/**
 * Reads a dataset from its compact form, as {@link toCompactDataset} wrote it: the same Dataset
 * value `parseDataset` gives for the document (Decimals, Periods and all). It does not validate
 * the content — use it for data a build step checked — and imports no schema, so a page that
 * only reads its embedded data never loads zod.
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
  const input = (typeof compact === 'object' && compact !== null ? compact : {}) as Partial<
    Record<keyof CompactDataset, unknown>
  >;
  if (input.format !== COMPACT_DATASET_FORMAT) {
    throw broken(['format'], `expected "${COMPACT_DATASET_FORMAT}"`);
  }
  const { columns, row } = input as CompactDataset;
  if (!Array.isArray(columns) || !Array.isArray(row)) {
    throw broken([], 'a compact dataset has `columns` and `row` arrays');
  }
  return readRow(columns, row, []) as unknown as Dataset;
}
