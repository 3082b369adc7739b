import type { Dataset } from '@bilateral/core/calc';
import { compactDataset } from './compact-dataset.js';
import { EMBEDDED_NAMES, embeddedFile, SERIES_ELEMENT } from './embedded-names.js';
import { fail } from './load-error.js';
import { prefetchedJson } from './prefetch.js';

/**
 * Resolves an embedded dataset name in the script-tag bundle: fetches the data file next to the
 * script once per page (or takes the request the autoloader started) and reads it with
 * `compactDataset`. A series element (`tag`, see `SERIES_ELEMENT`) reads the series file,
 * `data/<name>.series.json`: the dataset it gets has no crossings, only the sources its sections
 * cite and none of the notes series elements never show (any other element reads the whole
 * `data/<name>.json`). Pages that never name a dataset never download it. A file that cannot be
 * had is a `LoadError` at path `dataset` naming its URL: `network` when the fetch itself failed,
 * else `http` (an answer that is not 2xx or not JSON), saying where the data folder must be.
 */
export function loadEmbeddedDataset(name: string, tag?: string): Promise<Dataset | undefined> {
  if (!EMBEDDED_NAMES.includes(name)) return Promise.resolve(undefined);
  // This module is a chunk in `bilateral-widgets/`, beside the script; the data is in `data/`.
  const series = tag !== undefined && SERIES_ELEMENT.test(tag);
  const file = new URL(`../${embeddedFile(name, series)}`, import.meta.url).href;
  return compactDataset(file, () =>
    prefetchedJson(file, true).catch((error: Error) => {
      const network = error instanceof TypeError;
      throw fail(
        network ? 'network' : 'http',
        'INVALID_INPUT',
        'dataset',
        `${file}: ${error.message.trim()}${network ? '' : ' (data/ must sit beside bilateral-widgets.js)'}`,
      );
    }),
  );
}
