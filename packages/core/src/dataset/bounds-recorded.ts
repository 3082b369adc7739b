import type { Statement } from '../figures/statement.js';

/**
 * The mark of a dataset's statements whose every figure records the lower bound its text states
 * (an amount's `bound` and `rounding: 'truncate'`, a rate's or a share's `rounding`), as
 * `parseDataset`, `datasetFromCompact` and `withRecordedBounds` return them (and `withDisputedRates`
 * keeps on its copy of them): what reads them may
 * read their fields and never their text. A registered symbol (`Symbol.for`), so that the widgets'
 * reader of a `data` property, which imports nothing of the core at run time, knows it by its key
 * (`to-dataset.ts`), as they know a Decimal by its brand. A non-enumerable property of the array:
 * a copy of it (`[...statements]`, `map`, `filter`), whose statements may be others, has none,
 * and JSON and deep equality do not see it.
 *
 * @example
 * ```ts
 * BOUNDS_RECORDED in parseDataset(vietnamLaosDocument).statements; //=> true
 * BOUNDS_RECORDED in [...vietnamLaos.statements]; //=> false
 * ```
 */
export const BOUNDS_RECORDED: unique symbol = Symbol.for('bilateral-bounds-recorded');

/**
 * `statements` (a new array, the caller's own) marked {@link BOUNDS_RECORDED}: for statements
 * `statementWithBound` has read.
 *
 * @example
 * ```ts
 * const statements = recordedMarked(vietnamLaosDocument.statements?.map(statementWithBound) ?? []);
 * BOUNDS_RECORDED in statements; //=> true
 * ```
 */
export const recordedMarked = (statements: Statement[]): Statement[] =>
  Object.defineProperty(statements, BOUNDS_RECORDED, { value: true });
