import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import type { Dataset } from './dataset.js';

/**
 * Refuses what is not shaped as a parsed dataset where a function of one takes it: an object
 * with arrays of flows and of statements (their items are the function's to read), naming
 * `dataset` or the field that is wrong, rather than a `TypeError` reading `statements` of nothing.
 *
 * @returns the dataset
 * @throws BilateralError `INVALID_INPUT` at `dataset`, `dataset.flows` or `dataset.statements`
 *
 * @example
 * ```ts
 * checkDatasetArrays(vietnamLaos).id; //=> 'vietnam-laos'
 * ```
 */
export function checkDatasetArrays(dataset: unknown): Dataset {
  if (!isRecord(dataset)) {
    throw wrongArgument(['dataset'], 'a parsed dataset (from parseDataset)', dataset);
  }
  for (const field of ['flows', 'statements']) {
    if (!Array.isArray(dataset[field])) {
      throw wrongArgument(['dataset', field], `an array of ${field}`, dataset[field]);
    }
  }
  return dataset as unknown as Dataset;
}
