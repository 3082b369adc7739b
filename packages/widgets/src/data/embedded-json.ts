import { type Dataset, parseDataset } from '@bilateral/core';

/** The embedded datasets the script-tag bundle ships as JSON files in `dist/data/`. */
export const EMBEDDED_NAMES = ['vietnam-laos', 'laos-china'] as const;

const cache = new Map<string, Promise<Dataset>>();

/**
 * Resolves an embedded dataset name in the script-tag bundle: fetches `data/<name>.json` next to
 * the bundle once per page and validates it with `parseDataset`. Keeping the data out of the
 * bundle keeps the script small; pages that never name a dataset never download it.
 */
export function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  if (!(EMBEDDED_NAMES as readonly string[]).includes(name)) return Promise.resolve(undefined);
  let loading = cache.get(name);
  if (loading === undefined) {
    loading = fetch(new URL(`data/${name}.json`, import.meta.url))
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json();
      })
      .then(parseDataset);
    loading.catch(() => cache.delete(name));
    cache.set(name, loading);
  }
  return loading;
}
