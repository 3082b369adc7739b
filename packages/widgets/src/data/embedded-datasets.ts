import { type Dataset, embeddedDatasets } from '@bilateral/core';

/**
 * Resolves an embedded dataset name for apps: the core's parsed `embeddedDatasets`. This module is
 * imported lazily, so bundlers can put the data in a chunk of its own. The script-tag bundle
 * replaces it with `embedded-json.ts`, which fetches `data/<name>.json` next to the bundle.
 */
export async function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  return Object.hasOwn(embeddedDatasets, name) ? embeddedDatasets[name] : undefined;
}
