// Checks the form and the cells of compact data from elsewhere, then reads it with
// `datasetFromCheckedCompact` (which checks the format tag), then checks its sections and its
// statements (whose figures `checkedDatasetSeries` reads with `new Decimal`). Apart from
// `compact-dataset.ts` so that a page reading only its build-checked embedded data loads none of
// these messages. No zod or schema module either.
import type { Decimal } from '../_internal/decimal.js';
import { fromPlainText } from '../_internal/decimal-from-text.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { type BoundFields, boundIssues } from '../figures/_bound-issues.js';
import { isCurrencyCode } from '../money/currency.js';
import { readPeriodText } from '../period/read-period-text.js';
import {
  type CompactColumn,
  type CompactDataset,
  compactFields,
  datasetFromCheckedCompact,
} from './compact-dataset.js';
import type { Dataset } from './dataset.js';
import { withRecordedBounds } from './recorded-bounds.js';
import { DATASET_SECTIONS } from './sections.js';

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
 * `text` read as a Decimal (a negative zero as 0); throws `INVALID_DATASET` at `path` unless it is
 * plain decimal text (`"-12.50"`, no exponent), and `OUT_OF_RANGE` unless it is in the supported
 * range, as `toDecimal` reads it. (Not the schemas' `decimal-text.ts`: `/calc` exports this reader,
 * so a page importing it statically and the root entry on demand carries what it imports in its
 * first chunk.)
 */
function checkDecimalText(text: unknown, path: IssuePath): Decimal {
  if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text)) {
    throw broken(path, 'a value must be written as a decimal string');
  }
  return fromPlainText(text, path);
}

/** The kinds of statement that give a figure, each that of {@link FIGURES} at its place. */
const KINDS_WITH_FIGURE = ['level', 'growth', 'share'];

/**
 * Checks a statement's figure (`field` of the statement at `at`) as the schema does: its `text`
 * as published, an amount's `currency` (an ISO 4217 code), its `value` as decimal text within the field's bounds (an amount not negative, a
 * fall of at most 100 %, a share from 0 to 100 %, compared exactly), its `precision`, when given,
 * as decimal text greater than 0 and, for an amount, not coarser than a value other than 0.
 */
function checkFigure(figure: unknown, field: (typeof FIGURES)[number], at: IssuePath): void {
  const { text, value, precision, currency } = (figure ?? {}) as Record<string, unknown>;
  if (typeof text !== 'string' || text === '') {
    throw broken([...at, field, 'text'], 'a figure gives its text as published');
  }
  if (field === 'amount' && (typeof currency !== 'string' || !isCurrencyCode(currency))) {
    throw broken([...at, field, 'currency'], 'an amount gives its ISO 4217 currency code');
  }
  const path = [...at, field, 'value'];
  const read = checkDecimalText(value, path);
  if (field === 'amount' && read.isNegative()) {
    throw broken(path, 'a published amount cannot be negative');
  }
  if (field === 'rate' && read.lt(-100)) {
    throw broken(path, 'a trade value cannot fall by more than 100 %');
  }
  if (field === 'share' && (read.isNegative() || read.gt(100))) {
    throw broken(path, 'a share must be between 0 and 100 %');
  }
  if (precision !== undefined) {
    const step = checkDecimalText(precision, [...at, field, 'precision']);
    if (!step.gt(0)) throw broken([...at, field, 'precision'], 'must be greater than 0');
    if (field === 'amount' && !read.isZero() && step.gt(read)) {
      throw broken(
        [...at, field, 'precision'],
        `a rounding step of ${precision} is coarser than the value ${value} it rounds`,
      );
    }
  }
  checkBound(figure as BoundFields, field, at);
}

/**
 * Checks a figure's `rounding` (`'nearest'` or `'truncate'`), an amount's `bound` (`'at-least'`
 * or `'more-than'`; a rate has none, and the schema drops one) and that neither contradicts the
 * bound its text states, as the schema does (`boundIssues`: the same message and path).
 */
function checkBound(figure: BoundFields, field: (typeof FIGURES)[number], at: IssuePath): void {
  const { rounding, bound } = figure;
  if (rounding !== undefined && rounding !== 'nearest' && rounding !== 'truncate') {
    throw broken([...at, field, 'rounding'], 'a rounding is "nearest" or "truncate"');
  }
  if (field === 'amount' && bound !== undefined && bound !== 'at-least' && bound !== 'more-than') {
    throw broken([...at, field, 'bound'], 'a lower bound is "at-least" or "more-than"');
  }
  const [issue] = boundIssues(figure, field === 'amount' ? 'amount' : 'rate');
  if (issue !== undefined) throw broken([...at, field, issue.path], issue.message);
}

/**
 * Checks each statement as `parseDataset` checks what `checkedDatasetSeries` reads of it: an
 * object, its period as period text (a compact file writes it as it is, a `v` cell), the figure
 * its kind gives, and each of its figures (see `checkFigure`). A compact file writes them as they
 * are (`v` cells), and `checkedDatasetSeries` reads them with `new Decimal`.
 */
function checkStatements(statements: readonly unknown[]): void {
  statements.forEach((statement, index) => {
    const at = ['statements', index];
    if (typeof statement !== 'object' || statement === null) {
      throw broken(at, 'a statement must be an object');
    }
    const fields = statement as Record<string, unknown>;
    if (typeof fields.period !== 'string' || readPeriodText(fields.period) === undefined) {
      throw broken([...at, 'period'], 'a period must be written as period text');
    }
    const required = FIGURES[KINDS_WITH_FIGURE.indexOf(fields.kind as string)];
    if (required !== undefined && fields[required] === undefined) {
      throw broken([...at, required], `a ${fields.kind} statement gives its ${required}`);
    }
    for (const field of FIGURES) {
      if (fields[field] !== undefined) checkFigure(fields[field], field, at);
    }
  });
}

/** The sections of a Dataset that are lists; the first three every dataset gives. */
const SECTIONS = DATASET_SECTIONS;

/**
 * Checks that the dataset read has an `id` and its sections as lists — `sources`, `flows` and
 * `statements` always, the others when given — as a body cut short (a `row` of fewer cells, a
 * section's cell `null`) has not.
 */
function checkSections(dataset: Dataset): void {
  const fields = dataset as unknown as Partial<Record<string, unknown>>;
  if (typeof fields.id !== 'string') throw broken(['id'], 'a dataset has an id');
  SECTIONS.forEach((key, index) => {
    const section = fields[key];
    if (!Array.isArray(section) && (index < 3 || section !== undefined)) {
      throw broken([key], `${key} must be a list`);
    }
  });
}

/**
 * Reads a dataset from its compact form, as {@link toCompactDataset} wrote it: the same Dataset
 * value `parseDataset` gives for the document (Decimals, Periods and all). It checks the form,
 * every cell (a period as period text, a value as plain decimal text in the supported range), then
 * reads with {@link datasetFromCheckedCompact}, then checks that the dataset has an `id` and its
 * sections as lists, and what `checkedDatasetSeries` reads of each statement as `parseDataset`
 * does: its period as period text, the figure of its kind (a level's `amount`, a growth's `rate`,
 * a share's `share`), and each figure's `text` (non-empty), an amount's `currency` (an ISO 4217
 * code) and its decimal text (`value`, `precision`) within its bounds, compared exactly (an amount
 * not negative — `"-0"` is 0 —, a rate not below −100, a share from 0 to 100 %, a precision
 * greater than 0 and, for an amount other than 0, not greater than it), a figure's `rounding`
 * (`'nearest'` or `'truncate'`) and an amount's `bound` (`'at-least'` or `'more-than'`), neither
 * contradicting the bound its text states (a lower bound rounded `'nearest'`, a `bound` other than
 * the text's, an upper bound such as "less than US$5 million" or "dưới 5 triệu USD" beside a
 * `bound` or `'truncate'`, a rate's lower bound such as "up more than 30%" rounded `'nearest'`):
 * a statement's figures pass here exactly when they pass `parseDataset`'s schema, whose error
 * names the same field. A lower bound a figure's text states is recorded as `parseDataset`
 * records it (an amount's `bound` and `rounding: 'truncate'`, a rate's or share's `rounding:
 * 'truncate'`) where the file does not give them. It does not check the rest of the content as
 * `parseDataset` does (ids, economy codes, a figure's text against its value): for a document
 * from elsewhere, prefer `parseDataset`. It imports no schema, so a page that reads compact data
 * never loads zod.
 *
 * @param compact - a compact dataset (the parsed JSON of a file `toCompactDataset` wrote)
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` when the input is not a compact dataset, a
 *   value or period cell is malformed (with the path of the cell), the dataset has no `id` or a
 *   section that is not a list (path `['id']`, `['flows']` …), or a statement is not as above
 *   (path `['statements', index]`, or under it `'period'`, `'amount' | 'rate' | 'share'`, and
 *   `'text' | 'currency' | 'value' | 'precision' | 'rounding' | 'bound'`); `OUT_OF_RANGE` at a
 *   figure's path for decimal text past the supported range (less than 10^36, at most 36 digits
 *   after the point)
 *
 * @example
 * ```ts
 * const dataset = datasetFromCompact(toCompactDataset(vietnamLaos));
 * dataset.flows[0]?.value.amount.toString();
 * //=> '524500000'
 * datasetFromCompact({ format: 'csv' });
 * // throws BilateralError [INVALID_DATASET]: format: expected "bilateral-compact/1" with columns and row
 * ```
 *
 * @category Datasets
 */
export function datasetFromCompact(compact: unknown): Dataset {
  const input = compactFields(compact) as CompactDataset;
  checkRow(input.columns, input.row, []);
  const dataset = datasetFromCheckedCompact(input);
  checkSections(dataset);
  checkStatements(dataset.statements);
  // The bound a figure's text states, recorded where the file gives no `bound` nor `rounding` (a
  // file from elsewhere), as `parseDataset` records it: the same Dataset, the same series.
  return withRecordedBounds(dataset);
}
