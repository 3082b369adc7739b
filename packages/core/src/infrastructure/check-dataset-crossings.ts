import { checkUniqueIds } from '../dataset/dataset-checks.js';
import { BilateralError } from '../errors/index.js';
import { checkCrossings } from './_lib/check-crossings.js';
import { readCrossing } from './_lib/read-crossing.js';
import { readOfficialCount } from './_lib/read-official-count.js';
import type { BorderCrossing } from './border-crossing.js';
import type { OfficialCrossingCount } from './official-crossing-count.js';

/**
 * Checks a dataset's crossings and official counts of crossings with the rules the crossing
 * calculations apply (no schema loaded): for a `Dataset` that no `parseDataset` made (one built in
 * code, or another copy's), before counting with `summarizeCheckedCrossings`. Each problem is named
 * from the dataset's root, as `parseDataset` names a document's: `crossings[0].sides[0].class`,
 * `crossingCounts[0].counts.main`. Like `parseDataset`, it refuses an official count's id used twice.
 *
 * @param dataset - the dataset (its `crossings` and `crossingCounts` are read)
 * @throws {@link BilateralError} `INVALID_CROSSING` or `UNKNOWN_CLASS` for a crossing, as
 *   {@link summarizeCrossings} gives them; `INVALID_INPUT` for an official count, at
 *   `['crossingCounts', i, …]`, and for an id of an official count used twice, at
 *   `['crossingCounts', i, 'id']`
 *
 * @example
 * ```ts
 * checkDatasetCrossings(vietnamLaos);
 * //=> undefined
 * const count = { ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10, counts: { main: -1 } };
 * checkDatasetCrossings({ ...vietnamLaos, crossingCounts: [count] });
 * // throws BilateralError [INVALID_INPUT]: crossingCounts[0].counts.main: must be a whole number 0 or more, found a number (-1)
 * ```
 *
 * @category Infrastructure
 */
export function checkDatasetCrossings(dataset: {
  readonly crossings: readonly BorderCrossing[];
  readonly crossingCounts: readonly OfficialCrossingCount[];
}): void {
  checkCrossings(dataset.crossings, ['crossings'], {}, readCrossing);
  dataset.crossingCounts.forEach((count, index) => {
    readOfficialCount(count, ['crossingCounts', index]);
  });
  const twice = checkUniqueIds(dataset.crossingCounts, 'crossingCounts');
  if (twice.length > 0) throw new BilateralError('INVALID_INPUT', twice);
}
