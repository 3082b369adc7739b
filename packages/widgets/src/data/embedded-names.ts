/**
 * The embedded datasets the script-tag bundle ships as compact JSON files in `dist/data/` (the
 * build checks this list against the core's `embeddedDatasets`). A module of its own, without
 * imports, so that the autoloader can start fetching a file before any chunk has arrived.
 */
export const EMBEDDED_NAMES: readonly string[] = ['vietnam-laos', 'laos-china'];

/**
 * The elements that draw only series (flows, statements, targets): they read an embedded
 * dataset's series file, `data/<name>.series.json`, without the crossings and the sources only
 * those cite — unless the page reads the whole `data/<name>.json` already.
 */
export const SERIES_ELEMENTS: readonly string[] = [
  'bilateral-growth',
  'bilateral-balance',
  'bilateral-target',
];

/** The sections a series file keeps (the build writes it with the core's `sliceDataset`). */
export const SERIES_SECTIONS = ['flows', 'statements', 'targets'] as const;

/**
 * The file, relative to the script, that an element `tag` reads embedded dataset `name` from:
 * the series file for a series element, unless `whole` says the page reads the whole file
 * already; the whole file for any other element.
 */
export function embeddedFile(name: string, tag: string | undefined, whole: boolean): string {
  return !whole && tag !== undefined && SERIES_ELEMENTS.includes(tag)
    ? `data/${name}.series.json`
    : `data/${name}.json`;
}
