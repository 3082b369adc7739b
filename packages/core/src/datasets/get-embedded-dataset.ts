import { quoteInput } from '../_internal/quote-input.js';
import type { Dataset } from '../dataset/index.js';
import { BilateralError } from '../errors/index.js';
import { embeddedDatasets } from './embedded-datasets.js';

/**
 * The embedded dataset with this name, looked up among the record's own names only (so
 * `'constructor'` or `'__proto__'` is no dataset).
 *
 * @param name - the dataset's name, e.g. `'vietnam-laos'`
 * @returns the parsed {@link Dataset}
 * @throws {@link BilateralError} `INVALID_INPUT` naming the input and listing the names
 *
 * @example
 * ```ts
 * getEmbeddedDataset('laos-china') === laosChina;
 * //=> true
 * getEmbeddedDataset('constructor');
 * // throws BilateralError [INVALID_INPUT]: no embedded dataset "constructor": choose one of vietnam-laos, laos-china
 * ```
 *
 * @category Datasets
 */
export function getEmbeddedDataset(name: string): Dataset {
  const dataset =
    typeof name === 'string' && Object.hasOwn(embeddedDatasets, name)
      ? embeddedDatasets[name]
      : undefined;
  if (dataset !== undefined) return dataset;
  throw new BilateralError(
    'INVALID_INPUT',
    `no embedded dataset ${typeof name === 'string' ? quoteInput(name) : String(typeof name)}: choose one of ${Object.keys(embeddedDatasets).join(', ')}`,
  );
}
