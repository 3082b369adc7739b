import type { Dataset } from '@bilateral/core/calc';
import { embeddedModule, SERIES_ELEMENT } from './embedded-names.js';

/** A data module of the build: `export default JSON.parse('…')`, the compact data. */
type DataModule = () => Promise<{ default: unknown }>;

/**
 * Each embedded dataset's data modules, whole and series, as the build writes them in
 * `dist/data/` (scripts/write-data.mjs): one `import()` each, so that an app's bundler sees every
 * one and splits it off. The build rewrites `@bilateral/widgets/data/` to `./data/`, beside the
 * entries and chunks in `dist/` (scripts/embedded-data.ts).
 */
export const DATA_MODULES: Readonly<Record<string, { whole: DataModule; series: DataModule }>> = {
  'vietnam-laos': {
    whole: () => import('@bilateral/widgets/data/vietnam-laos.js'),
    series: () => import('@bilateral/widgets/data/vietnam-laos.series.js'),
  },
  'laos-china': {
    whole: () => import('@bilateral/widgets/data/laos-china.js'),
    series: () => import('@bilateral/widgets/data/laos-china.series.js'),
  },
};

/**
 * Resolves an embedded dataset name in an app (the entries in `dist/`, which the build gives this
 * module instead of `embedded-datasets.ts`): imports its data module on demand, the same
 * compact, build-validated data as the script-tag bundle's `data/<name>.json`, and reads it with
 * `compactDataset` (loaded on demand too, beside the data). A series element (`tag`, see
 * `SERIES_ELEMENT`) reads the series module, any other element the whole one.
 */
export async function loadEmbeddedDataset(
  name: string,
  tag?: string,
): Promise<Dataset | undefined> {
  if (!Object.hasOwn(DATA_MODULES, name)) return undefined;
  const series = tag !== undefined && SERIES_ELEMENT.test(tag);
  const modules = DATA_MODULES[name] as { whole: DataModule; series: DataModule };
  const data = (series ? modules.series : modules.whole)();
  // The reader is fetched while the data is: neither waits for the other.
  data.catch(() => undefined);
  const { compactDataset } = await import('./compact-dataset.js');
  return compactDataset(embeddedModule(name, series), async () => (await data).default);
}
