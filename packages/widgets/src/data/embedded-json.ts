import { type Dataset, datasetFromCompact } from '@bilateral/core/calc';
import { addEconomyNames } from '../i18n/economy-names.js';
import { markCrossingsChecked } from './checked-crossings.js';
import { EMBEDDED_NAMES, embeddedFile, SERIES_ELEMENT } from './embedded-names.js';
import { prefetchedJson } from './prefetch.js';

const cache = new Map<string, Promise<Dataset>>();

/**
 * Resolves an embedded dataset name in the script-tag bundle: fetches the data file next to the
 * script once per page (or takes the request the autoloader started) and reads it with
 * `datasetFromCompact`, keeping the names of the economies the file names (so that the page needs
 * no table of every economy's names). A series element (`tag`, see `SERIES_ELEMENT`) reads the
 * series file, `data/<name>.series.json`: the dataset it gets has no crossings, only the sources
 * its sections cite and none of the notes series elements never show (any other element reads
 * the whole `data/<name>.json`). The
 * build validated the data with `parseDataset` and wrote it compact, with every level statement's
 * precision and the classes of crossing it names, so the page runs no schema, no figure parser
 * and no crossing rule; pages that never name a dataset never download it.
 */
export function loadEmbeddedDataset(name: string, tag?: string): Promise<Dataset | undefined> {
  if (!EMBEDDED_NAMES.includes(name)) return Promise.resolve(undefined);
  // This module is a chunk in `bilateral-widgets/`, beside the script; the data is in `data/`.
  const series = tag !== undefined && SERIES_ELEMENT.test(tag);
  const file = new URL(`../${embeddedFile(name, series)}`, import.meta.url).href;
  let loading = cache.get(file);
  if (loading === undefined) {
    loading = prefetchedJson(file).then((compact) => {
      const dataset = datasetFromCompact(compact);
      const { names, classes } = compact as { names?: unknown; classes?: unknown };
      addEconomyNames(names);
      // Checked by the build: the gates run no crossing rule on it, and name classes from the file.
      markCrossingsChecked(dataset, classes);
      return dataset;
    });
    loading.catch(() => cache.delete(file));
    cache.set(file, loading);
  }
  return loading;
}
