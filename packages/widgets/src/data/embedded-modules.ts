import type { Dataset } from '@bilateral/core/calc';
import { compactDataset } from './compact-dataset.js';
import { SERIES_ELEMENT } from './embedded-names.js';

/** A data module of the build: `export default JSON.parse('…')`, the compact data. */
type DataModule = () => Promise<{ default: unknown }>;

/**
 * Each embedded dataset's data modules, whole and series, as the build writes them in
 * `dist/data/` (scripts/write-data.mjs): one `import()` each, so that an app's bundler sees every
 * one and splits it off. The build rewrites `@bilateral/widgets/data/` to `./data/`, beside the
 * entries and chunks in `dist/` (scripts/embedded-data.ts).
 */
const DATA_MODULES: Readonly<Record<string, readonly [whole: DataModule, series: DataModule]>> = {
  'vietnam-laos': [
    () => import('@bilateral/widgets/data/vietnam-laos.js'),
    () => import('@bilateral/widgets/data/vietnam-laos.series.js'),
  ],
  'laos-china': [
    () => import('@bilateral/widgets/data/laos-china.js'),
    () => import('@bilateral/widgets/data/laos-china.series.js'),
  ],
};

/**
 * Resolves an embedded dataset name in an app (the entries in `dist/`, which the build gives this
 * module instead of `embedded-datasets.ts`): imports its data module on demand, the same
 * compact, build-validated data as the script-tag bundle's `data/<name>.json`, and reads it with
 * `compactDataset`. A series element (`tag`, see `SERIES_ELEMENT`) reads the series module, any
 * other element the whole one. The reader is not loaded on demand: its `datasetFromCheckedCompact` comes
 * through `@bilateral/core/calc`, which the first chunk imports, so an app's bundler puts it in
 * the first chunk whoever uses it, and a reader chunk of its own only split that chunk in more
 * files (+0.5 kB gzipped measured).
 *
 * @example
 * ```ts
 * const dataset = await loadEmbeddedDataset('vietnam-laos', 'bilateral-growth'); // series only
 * ```
 */
export async function loadEmbeddedDataset(
  name: string,
  tag?: string,
): Promise<Dataset | undefined> {
  if (!Object.hasOwn(DATA_MODULES, name)) return undefined;
  const series = tag !== undefined && SERIES_ELEMENT.test(tag);
  const load = (DATA_MODULES[name] as readonly DataModule[])[series ? 1 : 0] as DataModule;
  return compactDataset(`${name}${series ? '.series' : ''}`, async () => (await load()).default);
}
