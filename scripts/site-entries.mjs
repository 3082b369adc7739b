// What the API site's entries are held to: each entry of a package's `exports`
// (`@bilateral/core/calc`, `@bilateral/core/dataset.schema.json`) is a module of the site, named as
// it is imported, with a description; the entries that are no public API are not
// (check-api-docs.mjs, on the built site). An entry's description is its file's module comment or
// its section of docs/api-entries.md, never both (typedoc-entries.mjs, as it converts the
// packages).

/**
 * The entries that have no page: `@bilateral/core/internal` (the widgets' way into the core, no
 * public API) and each package's `./package.json` (exported for tools that read the manifest).
 */
const NOT_PUBLIC = new Set(['@bilateral/core/internal']);
const MANIFEST = './package.json';

/** Where the entries without a module comment are described (from the repository's root). */
export const DESCRIPTIONS = 'docs/api-entries.md';

/**
 * The specifier of each JSON file a package exports (`@bilateral/core/dataset.schema.json`), but
 * `./package.json`: files TypeDoc has no source to read, each given a module of the site.
 *
 * @param {{ name: string, exports?: Record<string, unknown> }} manifest - a package's package.json
 * @returns {string[]}
 */
export const jsonEntries = (manifest) =>
  Object.entries(manifest.exports ?? {})
    .filter(
      ([key, target]) => key !== MANIFEST && typeof target === 'string' && target.endsWith('.json'),
    )
    .map(([key]) => `${manifest.name}${key.slice(1)}`);

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
          `${entry}: its page has no description (a module comment, or its section of ${DESCRIPTIONS})`,
      ),
  ];
};

/**
 * The sections of {@link DESCRIPTIONS}' text, in order: the entry each `## ` heading names
 * (backquotes off) and the text under it, up to the next such heading.
 *
 * @param {string} text - the file's text
 * @returns {{ entry: string, text: string }[]}
 */
export const descriptionSections = (text) =>
  text
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading, ...body] = section.split('\n');
      return { entry: heading.replaceAll('`', '').trim(), text: body.join('\n').trim() };
    });

/**
 * What is wrong with the descriptions of the entries the site converts: an entry with a module
 * comment and a section of {@link DESCRIPTIONS}, with neither, or with an empty section; an entry
 * with two sections; a section that names no entry. Each is a warning of the plugin, which fails
 * the site.
 *
 * @param {readonly { entry: string, text: string }[]} sections - {@link descriptionSections}
 * @param {readonly { name: string, commented: boolean }[]} entries - each entry of the packages'
 *   typedoc.json and each JSON file they export, by specifier, and whether its file opens with a
 *   module comment
 * @returns {string[]} one line for each problem
 */
export const descriptionProblems = (sections, entries) => {
  const texts = new Map();
  for (const { entry, text } of sections) texts.set(entry, [...(texts.get(entry) ?? []), text]);
  const named = new Set(entries.map(({ name }) => name));
  return [
    ...[...texts]
      .filter(([, all]) => all.length > 1)
      .map(([entry, all]) => `${DESCRIPTIONS} has ${all.length} sections for ${entry}: keep one`),
    ...entries
      .filter(({ name, commented }) => commented && texts.has(name))
      .map(
        ({ name }) =>
          `The entry ${name} has a module comment and a section of ${DESCRIPTIONS}: keep one`,
      ),
    ...entries
      .filter(({ name, commented }) => !commented && !texts.has(name))
      .map(
        ({ name }) =>
          `The entry ${name} has no description: a module comment (@packageDocumentation) in its file, or a section of ${DESCRIPTIONS} where that comment would change a bundle's bytes or the entry is no module`,
      ),
    ...entries
      .filter(({ name, commented }) => !commented && texts.get(name)?.includes(''))
      .map(
        ({ name }) =>
          `The entry ${name} has no description: its section of ${DESCRIPTIONS} is empty`,
      ),
    ...[...texts.keys()]
      .filter((entry) => !named.has(entry))
      .map((entry) => `${DESCRIPTIONS} describes ${entry}, which is no entry of the packages`),
  ];
};
