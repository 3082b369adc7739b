import { statementWithBound } from '../figures/_from-json.js';
import type { Dataset } from './dataset.js';

/**
 * The dataset with the lower bound each figure's text states recorded where its statement does
 * not record it, as `parseDataset` records it (`statementWithBound`: an amount's `bound` and
 * `rounding: 'truncate'`, a growth rate's or a share's `rounding: 'truncate'`); the dataset itself
 * when every statement records it. What `datasetFromCompact` returns, and what `bilateral report`
 * reads, so that a file toCompactDataset did not write ("at least US$565 million" with no `bound`,
 * read with `datasetFromCheckedCompact`) reads as its text says, "at least", not "more than" its
 * figure. Not for a page's first load: it reads each statement's text.
 *
 * @example
 * ```ts
 * const dataset = parseDataset(vietnamLaosDocument);
 * withRecordedBounds(dataset) === dataset; //=> true
 * ```
 */
export function withRecordedBounds(dataset: Dataset): Dataset {
  const statements = dataset.statements.map(statementWithBound);
  return statements.every((statement, index) => statement === dataset.statements[index])
    ? dataset
    : { ...dataset, statements };
}
