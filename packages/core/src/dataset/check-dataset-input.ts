import { wrongArgument } from '../_internal/wrong-argument.js';
import type { Dataset } from './dataset.js';

/**
 * Refuses what is not a Dataset where a function takes one: a value that is not an object with a
 * `flows` list (`undefined`, a file name, a list of flows), at path `dataset`. Whether the flows
 * are parsed is for the caller to check (`checkTradeFlows`), where it reads them.
 *
 * @param dataset - what the caller gave as a dataset
 * @returns `dataset`, typed
 * @throws {@link BilateralError} `INVALID_INPUT`
 *
 * @example
 * ```ts
 * checkDatasetInput(vietnamLaos) === vietnamLaos;
 * //=> true
 * checkDatasetInput('trade.json');
 * // throws BilateralError [INVALID_INPUT]: dataset: expected a Dataset (from parseDataset), got "trade.json"
 * ```
 *
 * @internal
 */
export function checkDatasetInput(dataset: unknown): Dataset {
  if (!Array.isArray((dataset as { flows?: unknown } | null | undefined)?.flows)) {
    throw wrongArgument(['dataset'], 'a Dataset (from parseDataset)', dataset);
  }
  return dataset as Dataset;
}
