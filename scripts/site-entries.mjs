// What check-api-docs.mjs holds the API site's entries to: each entry of a package's `exports`
// (`@bilateral/core/calc`, `@bilateral/core/dataset.schema.json`) is a module of the site, named as
// it is imported, with a description; the entries that are no public API are not.

/**
 * The entries that have no page: `@bilateral/core/internal` (the widgets' way into the core, no
 * public API) and each package's `./package.json` (exported for tools that read the manifest).
 */
const NOT_PUBLIC = new Set(['@bilateral/core/internal']);
const MANIFEST = './package.json';

/**
 * The specifier of each public entry of the packages' `exports`: modules with types and JSON
 * files alike.
 *
 * @param {readonly { name: string, exports?: Record<string, unknown> }[]} manifests
 * @returns {string[]}
 */
export const publicEntries = (manifests) =>
  manifests.flatMap((manifest) =>
    Object.keys(manifest.exports ?? {})
      .filter((key) => key !== MANIFEST)
      .map((key) => `${manifest.name}${key.slice(1)}`)
      .filter((entry) => !NOT_PUBLIC.has(entry)),
  );

/** Each module of the site (TypeDoc's JSON, kind 2: a package or an entry), at any depth. */
const modulesOf = (node) =>
  (node.children ?? [])
    .filter((child) => child.kind === 2)
    .flatMap((child) => [child, ...modulesOf(child)]);

/**
 * What is wrong with the site's entries: a public entry with no module, a module of an entry
 * that is not public, a module with no description (its page would open on a list of symbols,
 * or, for a JSON file, on nothing).
 *
 * @param {{ children?: unknown[] }} api - the site's JSON (`docs/api/api.json`)
 * @param {readonly { name: string, exports?: Record<string, unknown> }[]} manifests - the
 *   packages' package.json
 * @returns {string[]} one line for each problem
 */
export const entryProblems = (api, manifests) => {
  const modules = new Map(modulesOf(api).map((module) => [module.name, module]));
  const entries = publicEntries(manifests);
  return [
    ...entries
      .filter((entry) => !modules.has(entry))
      .map((entry) => `${entry}: exported, but no module of the site`),
    ...[...NOT_PUBLIC]
      .filter((entry) => modules.has(entry))
      .map((entry) => `${entry}: not public, but a module of the site`),
    ...entries
      .filter((entry) => modules.has(entry))
      .filter((entry) => (modules.get(entry).comment?.summary ?? []).length === 0)
      .map(
        (entry) =>
          `${entry}: its page has no description (a module comment, or its section of docs/api-entries.md)`,
      ),
  ];
};
