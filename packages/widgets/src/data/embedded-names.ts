/**
 * The embedded datasets the script-tag bundle ships as compact JSON files in `dist/data/` (the
 * build checks this list against the core's `embeddedDatasets`). A module of its own, without
 * imports, so that the autoloader can start fetching a file before any chunk has arrived.
 */
export const EMBEDDED_NAMES: readonly string[] = ['vietnam-laos', 'laos-china'];
