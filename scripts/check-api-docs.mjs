// Fails when a public symbol of the API (and, in the core and duckdb, a method or accessor of its
// classes and interfaces) has no `@example` in its TSDoc, or no `@category` in a package that
// groups its symbols by category, or when a category has no `@categoryDescription`, a symbol is
// listed as "Events", or a "Defined in" link does not name a file of this repository; when an entry
// a package exports (`@bilateral/core/calc`, `@bilateral/core/dataset.schema.json`) has no module
// with a description on the site, or the non-public `@bilateral/core/internal` has one; and when a
// link of the site leads nowhere or to a Markdown file (a guide the site shows as raw text, not as
// its page). Reads the JSON that TypeDoc writes beside the HTML site (docs/api/api.json), so it
// sees exactly what is published, and the HTML for the links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryProblems as entryProblemsOf, publicEntries } from './site-entries.mjs';

const KINDS = new Map([
  [8, 'enum'],
  [32, 'variable'],
  [64, 'function'],
  [128, 'class'],
  [256, 'interface'],
  [2097152, 'type'],
]);
const CONTAINERS = new Set([1, 2]); // project, module
// Methods and accessors of the classes and interfaces too, in these packages (the widgets' element
// members are described in docs/widgets.md and the Custom Elements Manifest; not all of them have
// an @example yet).
const MEMBERS = new Map([
  [2048, 'method'],
  [262144, 'accessor'],
]);
const MEMBERS_CHECKED = new Set(['@bilateral/core', '@bilateral/duckdb']);

const api = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'));
const hasExample = (comment) => (comment?.blockTags ?? []).some((tag) => tag.tag === '@example');

const missing = [];
let checked = 0;
const documented = (node) =>
  hasExample(node.comment) ||
  [...(node.signatures ?? []), node.getSignature, node.setSignature].some((s) =>
    hasExample(s?.comment),
  );
const walk = (node, where, members) => {
  for (const child of node.children ?? []) {
    const kind = KINDS.get(child.kind);
    if (kind !== undefined) {
      checked++;
      if (!documented(child)) missing.push(`${where}${kind} ${child.name}`);
      if (members) {
        for (const member of child.children ?? []) {
          const memberKind = MEMBERS.get(member.kind);
          const own =
            !member.inheritedFrom && !member.flags?.isPrivate && !member.flags?.isProtected;
          if (memberKind === undefined || !own) continue;
          checked++;
          if (!documented(member))
            missing.push(`${where}${memberKind} ${child.name}.${member.name}`);
        }
      }
    }
    if (CONTAINERS.has(child.kind)) {
      walk(child, `${child.name}: `, members || MEMBERS_CHECKED.has(child.name));
    }
  }
};
walk(api, '', false);

// A package whose symbols are grouped by `@category` in the sidebar lists the symbols without one
// under "Other": each gets the category of its module instead. So does each module of its other
// entries (`@bilateral/core/node`) that has symbols of its own.
const allModules = (node) =>
  (node.children ?? [])
    .filter((child) => CONTAINERS.has(child.kind))
    .flatMap((child) => [child, ...allModules(child)]);
const uncategorized = allModules(api).flatMap((module) => {
  const other = (module.categories ?? []).find((category) => category.title === 'Other');
  const names = new Map((module.children ?? []).map((child) => [child.id, child.name]));
  return (other?.children ?? []).map((id) => `${module.name}: ${names.get(id) ?? id}`);
});

if (missing.length > 0) {
  console.error(`${missing.length} of ${checked} public symbols have no @example:`);
  for (const line of missing) console.error(`  ${line}`);
}
if (uncategorized.length > 0) {
  console.error(
    `${uncategorized.length} public symbols have no @category (the sidebar's "Other"):`,
  );
  for (const line of uncategorized) console.error(`  ${line}`);
}
// Each "Defined in" link (a source's url, from the packages' sourceLinkTemplate) names a file of the
// repository at its path from the root; a file outside it (TypeScript's lib, @types/node) has none.
const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_LINK = /^https:\/\/github\.com\/bilateral-dev\/bilateral\/blob\/main\/([^#]+)#L\d+$/;
const links = new Set();
const collectLinks = (value) => {
  if (Array.isArray(value)) for (const item of value) collectLinks(item);
  else if (value !== null && typeof value === 'object') {
    if (typeof value.url === 'string' && typeof value.fileName === 'string') links.add(value.url);
    for (const item of Object.values(value)) collectLinks(item);
  }
};
collectLinks(api);
const brokenLinks = [...links].filter((url) => {
  const path = SOURCE_LINK.exec(url)?.[1];
  return path === undefined || path.split('/').includes('..') || !existsSync(root + path);
});
if (brokenLinks.length > 0) {
  console.error(
    `${brokenLinks.length} "Defined in" links name no file of the repository (disableGit, gitRevision or sourceLinkTemplate in packages/*/typedoc.json; docs/getting-started-maintainer.md):`,
  );
  for (const url of brokenLinks.slice(0, 20)) console.error(`  ${url}`);
}
// Each category of a package's page opens with a paragraph that says where to start in it
// (`@categoryDescription <title>` in the package's `@packageDocumentation`): without one a reader
// meets a list of symbols in the order of their kinds.
const undescribed = (api.children ?? []).flatMap((module) => {
  const described = new Set(
    (module.comment?.blockTags ?? [])
      .filter((tag) => tag.tag === '@categoryDescription')
      .map((tag) => tag.name ?? tag.content?.[0]?.text.split('\n')[0].trim()),
  );
  // "Other" holds the symbols without a @category, reported above.
  return (module.categories ?? [])
    .filter((category) => category.title !== 'Other' && !described.has(category.title))
    .map((category) => `${module.name}: ${category.title}`);
});
if (undescribed.length > 0) {
  console.error(
    `${undescribed.length} categories have no @categoryDescription in their package's @packageDocumentation:`,
  );
  for (const line of undescribed) console.error(`  ${line}`);
}
// TypeDoc files a symbol whose comment has a modifier tag it groups by (`@event`, in TypeDoc's
// own tsdoc.json) under that group: the widgets' elements, whose `@event` lines name the events
// they dispatch, were listed as "Events" (packages/widgets/tsdoc.json defines `@event` as a block).
const misgrouped = (api.children ?? []).flatMap((module) => {
  const names = new Map((module.children ?? []).map((child) => [child.id, child.name]));
  return (module.groups ?? [])
    .filter((group) => group.title === 'Events')
    .flatMap((group) => group.children.map((id) => `${module.name}: ${names.get(id) ?? id}`));
});
if (misgrouped.length > 0) {
  console.error(
    `${misgrouped.length} public symbols are listed as "Events" (an @event modifier tag):`,
  );
  for (const line of misgrouped) console.error(`  ${line}`);
}
// Each entry of a package's `exports`, JSON files included, is a module of the site, named as it
// is imported (scripts/typedoc-entries.mjs names them; the root entry is the package's own page),
// with a description, but the entries that are not public API (scripts/site-entries.mjs). An
// entry missing from a package's typedoc.json is missing here.
const manifests = readdirSync(new URL('../packages', import.meta.url)).map((dir) =>
  JSON.parse(readFileSync(new URL(`../packages/${dir}/package.json`, import.meta.url), 'utf8')),
);
const entries = publicEntries(manifests);
const entryProblems = entryProblemsOf(api, manifests);
if (entryProblems.length > 0) {
  console.error(
    `${entryProblems.length} entries of the packages' exports are wrong on the site (packages/*/typedoc.json's entryPoints, docs/api-entries.md):`,
  );
  for (const line of entryProblems) console.error(`  ${line}`);
}
// Every link of the site's pages leads to a file of the site (and, with an anchor, to an element
// with that id there), and none to a Markdown file: TypeDoc copies a linked file that is no page
// of the site into media/ as it is, so a guide missing from typedoc.json's projectDocuments opens
// as raw Markdown, and a guide linked on GitHub is one the site already has as a page.
const site = fileURLToPath(new URL('../docs/api/', import.meta.url));
const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pages(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
const html = new Map();
const read = (file) => {
  if (!html.has(file)) html.set(file, readFileSync(file, 'utf8'));
  return html.get(file);
};
const badLinks = [];
let siteLinks = 0;
for (const page of pages(site)) {
  for (const [, href] of read(page).matchAll(/\shref="([^"]*)"/g)) {
    siteLinks++;
    const [path, anchor] = href.split('#');
    const where = `${relative(site, page)}: ${href}`;
    if (/\.md$/i.test(path)) badLinks.push(`${where} (a Markdown file)`);
    else if (/^[a-z]+:/i.test(path) || path === '') {
      if (path === '' && anchor && !read(page).includes(`id="${anchor}"`))
        badLinks.push(`${where} (no such anchor)`);
    } else {
      const target = join(dirname(page), decodeURIComponent(path));
      if (!existsSync(target)) badLinks.push(`${where} (no such file)`);
      else if (anchor && target.endsWith('.html') && !read(target).includes(`id="${anchor}"`))
        badLinks.push(`${where} (no such anchor)`);
    }
  }
}
if (badLinks.length > 0) {
  console.error(`${badLinks.length} links of the site lead nowhere or to a Markdown file:`);
  for (const line of badLinks.slice(0, 40)) console.error(`  ${line}`);
}
const failures = [
  missing,
  uncategorized,
  brokenLinks,
  undescribed,
  misgrouped,
  entryProblems,
  badLinks,
];
if (failures.some((list) => list.length > 0)) process.exit(1);
console.log(
  `every one of ${checked} public symbols has an @example, and a @category where its package uses them; each category has a description; each of ${links.size} "Defined in" links names a file of the repository; each of ${entries.length} public entries of the packages' exports, JSON files included, is a module of the site with a description; each of ${siteLinks} links of its pages leads to a page or file of the site, or another site, and none to Markdown`,
);
