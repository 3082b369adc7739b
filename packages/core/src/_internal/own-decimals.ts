import type { Dataset } from '../dataset/dataset.js';
import type { IssuePath } from '../errors/index.js';
import { Decimal } from './decimal.js';
import { fromForeign } from './foreign-decimal.js';

/** Fields that name their object's place (`'amount'`) or a decimal of it (`'value'`). */
type Fields = Record<string, unknown>;

/**
 * `value` as this copy's Decimal when it passes `Decimal.isDecimal` without being one (another
 * copy's, or an object that only carries a brand: read through its text, see `fromForeign`);
 * anything else as it is.
 */
function own(value: unknown, path: IssuePath): unknown {
  return Decimal.isDecimal(value) && !(value instanceof Decimal) ? fromForeign(value, path) : value;
}

/** An object's fields `keys` made this copy's Decimals (or, with `text`, their decimal text). */
function withOwn(item: unknown, keys: readonly string[], path: IssuePath, text = false): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const fields = item as Fields;
  let changed: Fields | undefined;
  for (const key of keys) {
    const read = own(fields[key], [...path, key]);
    const written = text && read instanceof Decimal ? read.toFixed() : read;
    if (written === fields[key]) continue;
    changed ??= { ...fields };
    changed[key] = written;
  }
  return changed ?? item;
}

/** `item` with its object at `key` given by `change`, the same `item` when that is unchanged. */
function under(item: unknown, key: string, change: (inner: unknown) => unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const inner = (item as Fields)[key];
  const changed = change(inner);
  return changed === inner ? item : { ...(item as Fields), [key]: changed };
}

/**
 * A parsed Dataset with every Decimal this copy's: a flow's amount and precision, a target's band
 * or level, read through their text when another copy made them (or they only carry a brand); and
 * a statement's figures (`amount`, `rate`, `share`: value and precision), which are decimal text,
 * written as text when they are Decimals of any copy. Items with nothing to read are kept as they
 * are, and so is the dataset when none has.
 *
 * @throws BilateralError `INVALID_DECIMAL` or `OUT_OF_RANGE` (see `fromForeign`) at the value's
 *   path: `['flows', index, 'value', 'amount']`, `['targets', index, 'band', 'lower']`,
 *   `['statements', index, 'amount', 'value']` …
 */
export function ownDecimals(dataset: Dataset): Dataset {
  const flows = dataset.flows.map((flow, index) => {
    const path = ['flows', index];
    const valued = under(flow, 'value', (value) => withOwn(value, ['amount'], [...path, 'value']));
    return withOwn(valued, ['precision'], path);
  });
  const targets = dataset.targets.map((target, index) => {
    const path = ['targets', index];
    const banded = under(target, 'band', (band) =>
      withOwn(band, ['lower', 'upper'], [...path, 'band']),
    );
    return under(banded, 'level', (level) => withOwn(level, ['amount'], [...path, 'level']));
  });
  const statements = dataset.statements.map((statement, index) =>
    ['amount', 'rate', 'share'].reduce(
      (item, key) =>
        under(item, key, (figure) =>
          withOwn(figure, ['value', 'precision'], ['statements', index, key], true),
        ),
      statement as unknown,
    ),
  );
  const same = (before: readonly unknown[], after: readonly unknown[]) =>
    after.every((item, index) => item === before[index]);
  return same(dataset.flows, flows) &&
    same(dataset.targets, targets) &&
    same(dataset.statements, statements)
    ? dataset
    : ({ ...dataset, flows, targets, statements } as Dataset);
}
