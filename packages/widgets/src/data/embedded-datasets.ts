import { type Dataset, embeddedDatasets } from '@bilateral/core';

/**
 * Resolves an embedded dataset name for apps: the core's parsed `embeddedDatasets`. The
 * script-tag bundle replaces this module with `embedded-json.ts`, which fetches
 * `data/<name>.json` next to the bundle. Both are imported statically: a dynamic `import()`
 * inside the one-file bundle made esbuild wrap every module it reached in a lazy initialiser,
 * which kept all of date-fns' and zod's module stubs (4.3 kB gzipped, measured).
 */
export async function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  return Object.hasOwn(embeddedDatasets, name) ? embeddedDatasets[name] : undefined;
}
