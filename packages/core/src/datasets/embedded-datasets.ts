import type { Dataset } from '../dataset/index.js';
import { laosChina } from './laos-china.js';
import { vietnamLaos } from './vietnam-laos.js';

/**
 * The embedded datasets by the name the `bilateral` command and the widgets' `dataset`
 * attribute use. The record is frozen and has no prototype, so indexing it with any text is
 * safe: `embeddedDatasets['constructor']` is `undefined`, not `Object`. To look a name up with an
 * error that lists the names, use {@link getEmbeddedDataset}.
 *
 * @example
 * ```ts
 * Object.keys(embeddedDatasets);
 * //=> ['vietnam-laos', 'laos-china']
 * embeddedDatasets['vietnam-laos'] === vietnamLaos;
 * //=> true
 * embeddedDatasets['constructor'];
 * //=> undefined
 * ```
 *
 * @category Datasets
 */
export const embeddedDatasets: Readonly<Record<string, Dataset>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Dataset>, {
    'vietnam-laos': vietnamLaos,
    'laos-china': laosChina,
  }),
);
