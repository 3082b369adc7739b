/**
 * The embedded datasets the script-tag bundle ships as compact JSON files in `dist/data/` (the
 * build checks this list against the core's `embeddedDatasets`). A module of its own, without
 * imports, so that the autoloader can start fetching a file before any chunk has arrived.
 */
export const EMBEDDED_NAMES: readonly string[] = ['vietnam-laos', 'laos-china'];

/**
 * The elements that draw only series (flows, statements, targets), by tag: `bilateral-growth`,
 * `bilateral-balance`, `bilateral-target` (and subclasses whose tags end so). They read an
 * embedded dataset's series file, `data/<name>.series.json`, without the crossings, the sources
 * only those cite and the notes they never show; any other element reads the whole
 * `data/<name>.json`.
 */
export const SERIES_ELEMENT = /-(growth|balance|target)$/;

/** The sections a series file keeps (the build writes it with the core's `sliceDataset`). */
export const SERIES_SECTIONS = ['flows', 'statements', 'targets'] as const;

/**
 * The sections the whole file keeps: all but the facilities, which no element reads (the series
 * sections first; written out rather than spread, so that a bundle that does not use it drops it).
 */
export const WHOLE_SECTIONS = [
  'flows',
  'statements',
  'targets',
  'crossings',
  'crossingCounts',
] as const;

/** The file, relative to the script, of embedded dataset `name`: whole, or its series file. */
export function embeddedFile(name: string, series: boolean): string {
  return `data/${name}${series ? '.series' : ''}.json`;
}

/**
 * The same data as a JavaScript module, for apps (`dist/data/<name>.js`, `<name>.series.js`,
 * relative to `dist/`; see `embedded-modules.ts`).
 */
export function embeddedModule(name: string, series: boolean): string {
  return embeddedFile(name, series).replace(/\.json$/, '.js');
}
