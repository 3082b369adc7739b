import { Decimal } from '../_internal/decimal.js';
import { ownFlow, ownStatement, ownTarget } from '../_internal/own-decimals.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { statementWithBound } from '../figures/_from-json.js';
import type { Statement } from '../figures/statement.js';
import { checkTradeFlows } from '../flow/series-issues.js';
import { formatPeriod } from '../period/format-period.js';
import { PERIOD_KINDS, type Period } from '../period/period.js';
import { checkDatasetInput } from './check-dataset-input.js';
import {
  COMPACT_DATASET_FORMAT,
  type CompactColumn,
  type CompactDataset,
} from './compact-dataset.js';
import type { Dataset } from './dataset.js';
import { datasetClassNames } from './dataset-class-names.js';
import { datasetEconomyNames } from './dataset-economy-names.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { statementsWithPrecision } from './statements-with-precision.js';

type Kind = CompactColumn[1];
type Item = Readonly<Record<string, unknown>>;

const unsupported = (path: IssuePath, message: string): BilateralError =>
  new BilateralError('INVALID_INPUT', [{ path, message }]);

const isPlainObject = (value: unknown): value is Item =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const isPeriod = (value: unknown): value is Period =>
  isPlainObject(value) && (PERIOD_KINDS as readonly unknown[]).includes(value.kind);

/** How a value is written; `undefined` for an empty list, which any list column can hold. */
function kindOf(value: unknown, path: IssuePath): Kind | undefined {
  if (value instanceof Decimal) return 'd';
  if (isPeriod(value)) return 'p';
  if (isPlainObject(value)) return 'o';
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.every(isPlainObject)) return 't';
    value.forEach((inner, index) => {
      if (kindOf(inner, [...path, index]) !== 'v') {
        throw unsupported(
          [...path, index],
          'a list mixes objects, Decimals or Periods with values',
        );
      }
    });
    return 'v';
  }
  if (value === null) throw unsupported(path, 'null cannot be told from an absent field');
  if (typeof value === 'object') throw unsupported(path, 'not plain data');
  return 'v';
}

/** An object and where it is in the dataset (for the path of a problem). */
interface Placed {
  readonly item: Item;
  readonly path: IssuePath;
}

/** The columns of a list of objects: their keys in order of first use, with each one's kind. */
function columnsOf(placed: readonly Placed[]): CompactColumn[] {
  const kinds = new Map<string, Kind | undefined>();
  for (const { item, path } of placed) {
    for (const [key, value] of Object.entries(item)) {
      if (value === undefined) continue;
      const kind = kindOf(value, [...path, key]);
      const before = kinds.get(key);
      if (before !== undefined && kind !== undefined && before !== kind) {
        throw unsupported([...path, key], `written as "${before}" in an earlier object`);
      }
      kinds.set(key, before ?? kind);
    }
  }
  return [...kinds].map(([key, kind = 'v']): CompactColumn => {
    if (kind !== 'o' && kind !== 't') return [key, kind];
    const inner = placed.flatMap(({ item, path }): Placed[] => {
      const value = item[key];
      if (value === undefined) return [];
      if (kind === 'o') return [{ item: value as Item, path: [...path, key] }];
      return (value as Item[]).map((each, index) => ({ item: each, path: [...path, key, index] }));
    });
    return [key, kind, columnsOf(inner)];
  });
}

function writeRow(columns: readonly CompactColumn[], item: Item): unknown[] {
  const row = columns.map((column) => {
    const value = item[column[0]];
    if (value === undefined) return null;
    switch (column[1]) {
      case 'd':
        return (value as Decimal).toFixed();
      case 'p':
        return formatPeriod(value as Period);
      case 'o':
        return writeRow(column[2], value as Item);
      case 't':
        return (value as Item[]).map((inner) => writeRow(column[2], inner));
      default:
        return value;
    }
  });
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** Deep equality of plain data with Decimals (equal in value) inside. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Decimal || b instanceof Decimal) {
    return a instanceof Decimal && b instanceof Decimal && a.eq(b);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (value: object) =>
    Object.entries(value).filter(([, inner]) => inner !== undefined);
  const entriesA = keysOf(a);
  const entriesB = new Map(keysOf(b));
  return (
    entriesA.length === entriesB.size &&
    entriesA.every(([key, inner]) => entriesB.has(key) && same(inner, entriesB.get(key)))
  );
}

/**
 * Throws for a statement whose figure's lower bound is not recorded as `parseDataset` records it
 * (`statementWithBound`), at the first field it would record: the compact form would read back
 * with it (`datasetFromCompact`), so not as the same dataset.
 */
function unrecordedBound(statement: Statement, index: number): void {
  const recorded = statementWithBound(statement);
  if (recorded === statement) return;
  // The figure statementWithBound records the bound of (a balance's amount is its `amount`).
  const key =
    statement.kind === 'growth' ? 'rate' : statement.kind === 'share' ? 'share' : 'amount';
  const figure = (of: Statement) => (of as unknown as Readonly<Record<string, Item>>)[key] ?? {};
  const given = figure(statement);
  const added = Object.entries(figure(recorded)).filter(([field, value]) => given[field] !== value);
  throw unsupported(
    ['statements', index, key, added[0]?.[0] ?? ''],
    `its lower bound is not recorded: parseDataset records ${added
      .map(([field, value]) => `${field} ${JSON.stringify(value)}`)
      .join(', ')}`,
  );
}

/**
 * Writes a validated dataset in its compact form (see {@link CompactDataset}): every object a row
 * of cells under shared columns, values as decimal strings, periods as text, each level
 * statement's amount with its `precision` (the one its text shows when none was given: the same
 * figure, which `datasetSeries` then reads without parsing the text), `names`, the names of
 * the economies it names in every locale, and — when it lists crossings or official counts —
 * `classes`, the classes of crossing of their countries with their names. It reads the result back with
 * {@link datasetFromCompact} and throws unless that gives the same dataset (precisions filled in),
 * so a field the form cannot carry stops the build that writes it instead of being lost.
 *
 * @param input - a dataset validated by `parseDataset` (or built from one), of this copy of the
 *   core or another, whichever its decimal engine
 * @returns the compact form, ready for `JSON.stringify`
 * @throws {@link BilateralError} `INVALID_INPUT` for what is not a parsed dataset (path `dataset`;
 *   a dataset document not read with `parseDataset`: `flows[index]`, its first flow), and (with the
 *   path) for a value the form cannot
 *   carry: `null`, a list mixing objects or Decimals with plain values, a class instance, or a
 *   field written in two ways in one list; and for a figure whose lower bound is not recorded as
 *   `parseDataset` records it (a `Dataset` built in code: `rounding: 'truncate'` without `bound`,
 *   or a bound its text states without them), which `datasetFromCompact` would read otherwise;
 *   `INVALID_DECIMAL` or `OUT_OF_RANGE` for a Decimal of another copy whose text is no decimal in
 *   range, or a flow's precision, a target's band end or its level's amount that is no Decimal
 *
 * @example
 * ```ts
 * const compact = toCompactDataset(vietnamLaos);
 * compact.columns[4]?.[0];
 * //=> 'flows'
 * JSON.stringify(compact).length < JSON.stringify(serializeDataset(vietnamLaos)).length * 0.8;
 * //=> true
 * compact.names?.LAO;
 * //=> { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' }
 * compact.classes?.VNM?.map(([id]) => id);
 * //=> ['international', 'main', 'secondary', 'opening', 'clearance-lane']
 * ```
 *
 * @category Datasets
 */
export function toCompactDataset(input: Dataset): CompactDataset {
  checkTradeFlows(checkDatasetInput(input).flows, ['flows']);
  // Another copy's Decimals read as this copy's (through their text, whichever its decimal
  // engine), as `serializeDataset` reads them: they are no class instance of this copy.
  const dataset: Dataset = {
    ...input,
    flows: input.flows.map(ownFlow),
    statements: input.statements.map(ownStatement),
    targets: input.targets.map(ownTarget),
  };
  dataset.statements.forEach(unrecordedBound);
  const written: Dataset = { ...dataset, statements: statementsWithPrecision(dataset.statements) };
  const item = written as unknown as Item;
  const columns = columnsOf([{ item, path: [] }]);
  const compact: CompactDataset = {
    format: COMPACT_DATASET_FORMAT,
    columns,
    row: writeRow(columns, item),
    names: datasetEconomyNames(dataset),
    ...(dataset.crossings.length + dataset.crossingCounts.length > 0 && {
      classes: datasetClassNames(dataset),
    }),
  };
  if (!same(datasetFromCompact(JSON.parse(JSON.stringify(compact))), written)) {
    throw unsupported([], 'the compact form does not read back as the same dataset');
  }
  return compact;
}
