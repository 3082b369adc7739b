import type { LowerBound, RoundingAssumption } from './published-amount.js';

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
 * @category Figures
 */
export function lowerBoundOf(amount: {
  readonly rounding?: RoundingAssumption | undefined;
  readonly bound?: LowerBound | undefined;
}): LowerBound | undefined {
  return amount.bound ?? (amount.rounding === 'truncate' ? 'more-than' : undefined);
}
