import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Statement } from '../figures/statement.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import type { Target } from '../targets/target.js';
import { Decimal } from './decimal.js';
import { fromForeign } from './foreign-decimal.js';
import { describeInput } from './quote-input.js';

/** Fields that name their object's place (`'amount'`) or a decimal of it (`'value'`). */
type Fields = Record<string, unknown>;

/**
 * How a field is read: `'required'` (a Decimal), `'optional'` (a Decimal or `undefined`), `'any'`
 * (only Decimals of any copy are read; others are left for their reader to refuse), `'text'`
 * (decimal text: a Decimal of any copy is written as its text).
 */
type Mode = 'required' | 'optional' | 'any' | 'text';

/**
 * Whether `value` is a Decimal of any copy of the core, whichever its engine: `Decimal.isDecimal`
 * knows only its own engine's mark, and a Dataset may come from a copy with the other engine (the
 * widgets' script-tag bundle, built for browsers, computes with the BigInt engine, whose mark is
 * `Symbol.for('bilateral-decimal')`; an app's core that Node resolved, in a test under jsdom, with
 * decimal.js, whose mark is its `toStringTag` field).
 */
const isDecimalOfAnyEngine = (value: unknown): boolean =>
  Decimal.isDecimal(value) ||
  (value as { toStringTag?: unknown } | null)?.toStringTag === '[object Decimal]' ||
  (value as Record<symbol, unknown> | null)?.[Symbol.for('bilateral-decimal')] === true;

/**
 * `value` read as `mode` says: this copy's Decimal as it is (as its text for `'text'`); another
 * Decimal (another copy's, of either engine, or an object that only carries a mark) through its
 * text, see `fromForeign`; anything else as it is, or refused where a Decimal is required. `path`
 * is only called for a value that is read or refused.
 */
function read(value: unknown, mode: Mode, path: () => IssuePath): unknown {
  if (value instanceof Decimal) return mode === 'text' ? value.toFixed() : value;
  if (isDecimalOfAnyEngine(value)) {
    const own = fromForeign(value, path());
    return mode === 'text' ? own.toFixed() : own;
  }
  if (mode === 'any' || mode === 'text' || (mode === 'optional' && value === undefined)) {
    return value;
  }
  throw new BilateralError('INVALID_DECIMAL', [
    { path: path(), message: `${describeInput(value)} is not a Decimal` },
  ]);
}

/**
 * An object's fields `keys` read as `mode` says (see {@link read}); the same object when none
 * changes, and anything but an object as it is.
 */
function withOwn(item: unknown, keys: readonly string[], mode: Mode, path: () => IssuePath) {
  if (typeof item !== 'object' || item === null) return item;
  const fields = item as Fields;
  let changed: Fields | undefined;
  for (const key of keys) {
    const written = read(fields[key], mode, () => [...path(), key]);
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
 * The flow at `index` of a parsed Dataset with this copy's Decimals: its amount and precision read
 * through their text when another copy made them (or they only carry a brand). The same flow when
 * both are this copy's, without building anything.
 *
 * @throws BilateralError `INVALID_DECIMAL` or `OUT_OF_RANGE` (see `fromForeign`) at the value's
 *   path, `['flows', index, 'value', 'amount']` or `['flows', index, 'precision']`; `INVALID_DECIMAL`
 *   for a precision that is no Decimal (an amount that is none is `tradeFlowToJson`'s to refuse);
 *   `INVALID_INPUT` at `['flows', index]` for a flow that is no object (`null` in a Dataset built
 *   in code)
 */
export function ownFlow(flow: TradeFlow, index: number): TradeFlow {
  if (typeof flow !== 'object' || flow === null) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['flows', index], message: `expected a trade flow, got ${describeInput(flow)}` },
    ]);
  }
  const { value, precision } = flow as { value?: { amount?: unknown }; precision?: unknown };
  if (value?.amount instanceof Decimal && (precision === undefined || precision instanceof Decimal))
    return flow;
  const path = () => ['flows', index];
  const valued = under(flow, 'value', (inner) =>
    withOwn(inner, ['amount'], 'any', () => [...path(), 'value']),
  );
  return withOwn(valued, ['precision'], 'optional', path) as TradeFlow;
}

/**
 * The target at `index` of a parsed Dataset with this copy's Decimals: its band's ends or its
 * level's amount read through their text when another copy made them (or they only carry a
 * brand). The same target when they are this copy's.
 *
 * @throws BilateralError `INVALID_DECIMAL` or `OUT_OF_RANGE` at the value's path
 *   (`['targets', index, 'band', 'lower']`, `['targets', index, 'level', 'amount']`), also for a
 *   value that is no Decimal
 */
export function ownTarget(target: Target, index: number): Target {
  const path = (key: string) => () => ['targets', index, key];
  const banded = under(target, 'band', (band) =>
    withOwn(band, ['lower', 'upper'], 'required', path('band')),
  );
  return under(banded, 'level', (level) =>
    withOwn(level, ['amount'], 'required', path('level')),
  ) as Target;
}

/**
 * The statement at `index` of a parsed Dataset with its figures (`amount`, `rate`, `share`: value
 * and precision), which are decimal text, written as text when they are Decimals of any copy. The
 * same statement when none is.
 *
 * @throws BilateralError `INVALID_DECIMAL` or `OUT_OF_RANGE` at the value's path
 *   (`['statements', index, 'amount', 'value']`) for one of another copy, or that only carries a
 *   brand, whose text is no decimal in range
 */
export function ownStatement(statement: Statement, index: number): Statement {
  return ['amount', 'rate', 'share'].reduce<unknown>(
    (item, key) =>
      under(item, key, (figure) =>
        withOwn(figure, ['value', 'precision'], 'text', () => ['statements', index, key]),
      ),
    statement,
  ) as Statement;
}
