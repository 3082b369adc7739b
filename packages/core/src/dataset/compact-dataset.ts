// Reads the compact form of a dataset WITHOUT zod, any schema module or any check but the format
// tag's (and that `columns` and `row` are arrays): only Decimal, the reader of valid period text and plain types (the data was checked when
// written; `dataset-from-compact.ts` checks compact data from elsewhere). Keep it that way: the
// widgets load embedded data through it.
import { Decimal } from '../_internal/decimal.js';
import type { LocalizedNames } from '../economy/localized-names.js';
import { BilateralError } from '../errors/index.js';
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
 * validated already; {@link datasetFromCompact} reads it back without validating (beyond its form,
 * its cells and the decimal text of its statements), {@link datasetFromCheckedCompact} checking only
 * the format tag and that `columns` and `row` are arrays, so only data a build step checked should
 * travel in this form.
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

/** A cell of a column, as `toCompactDataset` wrote it. */
function readCell(column: CompactColumn, cell: unknown): unknown {
  const [, kind, inner] = column;
  if (kind === 'v') return cell;
  if (kind === 'p') return readPeriodText(cell as string);
  if (kind === 'd') return new Decimal(cell as string);
  return kind === 'o'
    ? readRow(inner as readonly CompactColumn[], cell as readonly unknown[])
    : (cell as readonly (readonly unknown[])[]).map((row) =>
        readRow(inner as readonly CompactColumn[], row),
      );
}

/** An object from its row of cells; a `null` or missing cell is a field it does not have. */
function readRow(columns: readonly CompactColumn[], row: readonly unknown[]): object {
  const item: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const cell = row[index];
    if (cell !== null && cell !== undefined) item[column[0]] = readCell(column, cell);
  });
  return item;
}

/**
 * `compact` as a compact dataset's fields, if it is an object whose `format` is
 * {@link COMPACT_DATASET_FORMAT}, with `columns` and `row` arrays.
 *
 * @throws BilateralError `INVALID_DATASET` (path `['format']`, message `expected
 *   "bilateral-compact/1" with columns and row`, which names both, as one check and one message
 *   cost a page least) for anything else: a file of another version, `null`, other JSON, a file
 *   with the tag whose `columns` or `row` is missing or not a list
 */
export function compactFields(compact: unknown): Partial<Record<keyof CompactDataset, unknown>> {
  // `null` and `undefined` have no fields; any other value that is not an object, no `format`.
  const fields = compact as Partial<Record<keyof CompactDataset, unknown>> | null | undefined;
  // A body without `columns` and `row` arrays is not such a file either: one check and one
  // message, as every page that reads embedded data carries them (+13 B gzipped for an app, and
  // the message's "with columns and row" about 15 B more).
  if (
    fields?.format !== COMPACT_DATASET_FORMAT ||
    !Array.isArray(fields.columns) ||
    !Array.isArray(fields.row)
  ) {
    throw new BilateralError('INVALID_DATASET', [
      { path: ['format'], message: `expected "${COMPACT_DATASET_FORMAT}" with columns and row` },
    ]);
  }
  return fields;
}

/**
 * Reads a dataset from its compact form as {@link toCompactDataset} wrote it — data a build step
 * wrote and checked, such as the widgets' embedded datasets — checking only its `format` tag: the
 * same Dataset value `parseDataset` gives for the document (Decimals, Periods and all), without
 * the checks of its cells and their messages, so a page that only reads its embedded data loads
 * none. A file of another format (another version's, a server's fallback JSON), or with the tag
 * but no `columns` and `row` arrays, is refused as {@link datasetFromCompact} refuses it; anything
 * else is not reported: a cell that is not what its
 * column says is read as whatever it gives (an unreadable period as `undefined`), or throws the
 * `Error` of `Decimal` or a `TypeError`; a statement is taken as the file gives it, so a truncated
 * amount without `bound` (which `toCompactDataset` refuses to write) stays so: the returned
 * Dataset is what its type says only for a file `toCompactDataset` wrote (recording the bound
 * here would cost a page's first load bytes). The series reads such an amount "more than" its
 * figure all the same (`lowerBoundOf`); `bilateral report` records the bound its text states
 * first ("at least US$565 million" is at least, truncated or not), and the elements read such a
 * Dataset given as `data` as its document: its statements carry no `BOUNDS_RECORDED` mark, as it
 * cannot tell a file `toCompactDataset` wrote from one written by hand without reading each text
 * (marked, a hand-written "at least" figure would be drawn and reported as rounded). Use
 * {@link datasetFromCompact} for compact data from elsewhere: it records the bound and marks them.
 *
 * @param compact - a compact dataset as `toCompactDataset` wrote it
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` (path `['format']`) when `compact` is not an
 *   object whose `format` is {@link COMPACT_DATASET_FORMAT}, with `columns` and `row` arrays
 *
 * @example
 * ```ts
 * const dataset = datasetFromCheckedCompact(toCompactDataset(vietnamLaos));
 * dataset.flows[0]?.value.amount.toString();
 * //=> '524500000'
 * datasetFromCheckedCompact({ format: 'bilateral-compact/0' } as never);
 * // throws BilateralError [INVALID_DATASET]: format: expected "bilateral-compact/1" with columns and row
 * ```
 *
 * @category Datasets
 */
export function datasetFromCheckedCompact(compact: CompactDataset): Dataset {
  const { columns, row } = compactFields(compact) as CompactDataset;
  return readRow(columns, row) as Dataset;
}
