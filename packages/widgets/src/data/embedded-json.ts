import { type Dataset, datasetFromCompact } from '@bilateral/core/calc';
import { addEconomyNames } from '../i18n/economy-names.js';
import { EMBEDDED_NAMES } from './embedded-names.js';
import { prefetchedJson } from './prefetch.js';

const cache = new Map<string, Promise<Dataset>>();

/**
 * Resolves an embedded dataset name in the script-tag bundle: fetches `data/<name>.json` next to
 * the script once per page (or takes the request the autoloader started) and reads it with
 * `datasetFromCompact`, keeping the names of the economies the file names (so that the page needs
 * no table of every economy's names). The build validated the data with `parseDataset` and wrote
 * it compact, with every level statement's precision, so the page runs no schema and no figure
 * parser; pages that never name a dataset never download it.
 */
export function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  if (!EMBEDDED_NAMES.includes(name)) return Promise.resolve(undefined);
  let loading = cache.get(name);
  if (loading === undefined) {
    // This module is a chunk in `bilateral-widgets/`, beside the script; the data is in `data/`.
    loading = prefetchedJson(new URL(`../data/${name}.json`, import.meta.url).href).then(
      (compact) => {
        const dataset = datasetFromCompact(compact);
        addEconomyNames((compact as { names?: unknown }).names);
        return dataset;
      },
    );
    loading.catch(() => cache.delete(name));
    cache.set(name, loading);
  }
  return loading;
}
