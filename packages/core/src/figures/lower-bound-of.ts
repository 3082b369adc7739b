import type { Decimal } from '../_internal/decimal.js';
import { checkDecimal, isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import type { LowerBound, RoundingAssumption } from './published-amount.js';
import type { Statement } from './statement.js';

/**
 * The lower bound an amount's JSON records: its `bound`, else `'more-than'` for a figure given
 * `rounding: 'truncate'` ("US$565 million", truncated: 565 to 566 million, as `bilateral report`
 * words it), else none. The one rule for it: `parseStatement`, `parseDataset` and
 * `datasetFromCompact` record it (`bound` beside `'truncate'`, which `PublishedAmountJson`
 * requires); `bilateral report` and the elements' balances read it, so that a statement that does
 * not record it (a `Dataset` built in code without types, a compact file `toCompactDataset` did
 * not write, read with `datasetFromCheckedCompact`) is still "more than" its figure there, as in
 * `datasetSeries`, whose first-load code writes the same rule.
 *
 * @param amount - a published amount's JSON (its `rounding` and `bound`)
 * @returns its lower bound, or undefined for a figure that is none
 *
 * @example
 * ```ts
 * lowerBoundOf({ rounding: 'truncate' }); //=> 'more-than'
 * lowerBoundOf({ rounding: 'truncate', bound: 'at-least' }); //=> 'at-least'
 * lowerBoundOf({ rounding: 'nearest' }); //=> undefined
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `amount` for what is no object
 *
 * @category Figures
 */
export function lowerBoundOf(amount: {
  readonly rounding?: RoundingAssumption | undefined;
  readonly bound?: LowerBound | undefined;
}): LowerBound | undefined {
  if (!isRecord(amount)) {
    throw wrongArgument(['amount'], 'a published amount, with its rounding and bound', amount);
  }
  return amount.bound ?? (amount.rounding === 'truncate' ? 'more-than' : undefined);
}

/**
 * The lower bound ({@link lowerBoundOf}) of the first of `levels` of `side` whose amount is
 * `value`: the kind of bound `bilateral report` reads for a flow published as one (its row's
 * `atLeast`), and `<bilateral-balance>` for its side (both pass the statements the report
 * combines: the flows' own sources' certain ones, else every source's); undefined where none is
 * of that side and value, or that one is no bound.
 *
 * @param levels - level statements, in the order they are read
 * @param side - `'exports'` or `'imports'`
 * @param value - the flow's (or point's) value
 * @returns the bound that statement records, or undefined
 *
 * @example
 * ```ts
 * const levels = vietnamLaos.statements.filter((s) => s.kind === 'level');
 * statedLowerBound(levels, 'exports', new Decimal('565000000')); //=> 'more-than'
 * statedLowerBound(levels, 'imports', new Decimal('565000000')); //=> undefined
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `levels` for what is no array, at `value` for what is no Decimal
 *
 * @category Figures
 */
export function statedLowerBound(
  levels: readonly Extract<Statement, { kind: 'level' }>[],
  side: 'exports' | 'imports',
  value: Decimal,
): LowerBound | undefined {
  if (!Array.isArray(levels))
    throw wrongArgument(['levels'], 'an array of level statements', levels);
  checkDecimal(value, ['value']);
  const level = levels.find((s) => s.subject === side && value.eq(s.amount.value));
  return level && lowerBoundOf(level.amount);
}
