import { type Dataset, datasetFromCompact } from '@bilateral/core';
import { prefetchedJson } from './prefetch.js';

/** The embedded datasets the script-tag bundle ships as compact JSON files in `dist/data/`. */
export const EMBEDDED_NAMES = ['vietnam-laos', 'laos-china'] as const;

const cache = new Map<string, Promise<Dataset>>();

/**
 * Resolves an embedded dataset name in the script-tag bundle: fetches `data/<name>.json` next to
 * the script once per page (or takes the request the autoloader started) and reads it with
 * `datasetFromCompact`. The build validated the data with `parseDataset` and wrote it compact,
 * so the page runs no schema; pages that never name a dataset never download it.
 */
export function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  if (!(EMBEDDED_NAMES as readonly string[]).includes(name)) return Promise.resolve(undefined);
  let loading = cache.get(name);
  if (loading === undefined) {
    // This module is a chunk in `bilateral-widgets/`, beside the script; the data is in `data/`.
    loading = prefetchedJson(new URL(`../data/${name}.json`, import.meta.url).href).then(
      datasetFromCompact,
    );
    loading.catch(() => cache.delete(name));
    cache.set(name, loading);
  }
  return loading;
}
