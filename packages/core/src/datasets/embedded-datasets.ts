import type { Dataset } from '../dataset/index.js';
import { laosChina } from './laos-china.js';
import { vietnamLaos } from './vietnam-laos.js';

/**
 * The embedded datasets by the name the `bilateral` command and the widgets' `dataset`
 * attribute use.
 *
 * @example
 * ```ts
 * Object.keys(embeddedDatasets);
 * //=> ['vietnam-laos', 'laos-china']
 * embeddedDatasets['vietnam-laos'] === vietnamLaos;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export const embeddedDatasets: Readonly<Record<string, Dataset>> = {
  'vietnam-laos': vietnamLaos,
  'laos-china': laosChina,
};
