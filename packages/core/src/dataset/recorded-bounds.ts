import { statementWithBound } from '../figures/_from-json.js';
import { BOUNDS_RECORDED, recordedMarked } from './bounds-recorded.js';
import type { Dataset } from './dataset.js';

/**
 * The dataset with the lower bound each figure's text states recorded where its statement does
 * not record it, as `parseDataset` records it (`statementWithBound`: an amount's `bound` and
 * `rounding: 'truncate'`, a growth rate's or a share's `rounding: 'truncate'`). What
 * `datasetFromCompact` returns, and what `bilateral report` reads, so that a file toCompactDataset
 * did not write ("at least US$565 million" with no `bound`, read with `datasetFromCheckedCompact`)
 * reads as its text says, "at least", not "more than" its figure. Not for a page's first load: it reads each statement's text. Its statements are marked
 * {@link BOUNDS_RECORDED}, as `parseDataset`'s are (the widgets draw such a dataset given as
 * `data` as it is): the dataset itself when they are already, else a copy with a new, marked
 * array (each statement the same object where it records its bound).
 *
 * @example
 * ```ts
 * const dataset = parseDataset(vietnamLaosDocument);
 * withRecordedBounds(dataset) === dataset; //=> true
 * ```
 */
export function withRecordedBounds(dataset: Dataset): Dataset {
  if (BOUNDS_RECORDED in dataset.statements) return dataset;
  return { ...dataset, statements: recordedMarked(dataset.statements.map(statementWithBound)) };
}
