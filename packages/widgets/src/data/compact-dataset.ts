import { type CompactDataset, type Dataset, datasetFromCheckedCompact } from '@bilateral/core/calc';
import { addEconomyNames } from '../i18n/economy-names.js';
import { markCrossingsChecked } from './checked-crossings.js';
import { memoized } from './memoized.js';
import type { NarrowedBalances } from './narrowed-balances.js';

const cache = new Map<string, Promise<Dataset>>();

/**
 * Reads an embedded dataset's compact data, written and validated by the build
 * (scripts/write-data.mjs), once per page: `file` names it (its URL, or `data/<name>.js`) and
 * `load` gets it, called only when no read of `file` has started or the last one failed. It is
 * read with `datasetFromCheckedCompact`, keeping the names of the economies the data names (so that the
 * page needs no table of every economy's names) and marking its crossings checked, with the
 * classes of crossing the build wrote, so the page runs no schema, no figure parser and no
 * crossing rule; and with the balances its published turnover narrows (`balances`, see
 * `narrowedBalances`), so the balance card needs no calculation of its own; and with one owner
 * for its series file and whole file (`same`: `file` without the `.series` its name ends with,
 * before `.json` or not), under which `seriesOf` keeps their series, so that a page's growth
 * charts and dashboards compute each once
 * (scripts/series-file-series.test.ts holds every series equal on the two files). The script-tag
 * bundle (`embedded-json.ts`) and apps (`embedded-modules.ts`) both read through it.
 *
 * @example
 * ```ts
 * const dataset = await compactDataset('data/vietnam-laos.series.js', async () =>
 *   (await import('./vietnam-laos.series.js')).default,
 * );
 * ```
 */
export function compactDataset(file: string, load: () => Promise<unknown>): Promise<Dataset> {
  let loading = cache.get(file);
  if (loading === undefined) {
    loading = load().then((compact) => {
      const dataset = datasetFromCheckedCompact(compact as CompactDataset);
      const { names, classes, balances } = compact as {
        names?: unknown;
        classes?: unknown;
        balances?: NarrowedBalances;
      };
      addEconomyNames(names);
      memoized(dataset, 'balances', () => balances);
      // The owner of both files' series, one per name: kept under `cache`, which lives as long.
      // Only the name's own ".series" (before ".json", or at its end) goes: not a host's or folder's.
      memoized(dataset, 'same', () =>
        memoized(cache, file.replace(/\.series(?=(\.json)?$)/, ''), () => ({})),
      );
      // Checked by the build: the gates run no crossing rule on it, and name classes from the file.
      markCrossingsChecked(dataset, classes);
      return dataset;
    });
    loading.catch(() => cache.delete(file));
    cache.set(file, loading);
  }
  return loading;
}
