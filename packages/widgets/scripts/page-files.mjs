/**
 * The files a page transfers for some elements of the script-tag bundle (after a build): the
 * autoloader and what it imports, each element's chunk and everything it imports, the data file
 * of an embedded dataset (its series file when every element draws only series), a language's
 * messages chunk (and the provinces' names for the gates in a language other than English), and
 * the placeholder stylesheet. It reads the chunk graph from the built files
 * (static imports between chunks, and the chunk each dynamic `import()` of the autoloader names),
 * so `.size-limit.mjs` checks what a browser really downloads. An element asks for nothing else
 * by itself on an embedded dataset: what it imports with `import()` waits for `src`, `data`, a
 * reader's click or key, or a target or view that needs it. `page-files.test.ts` proves it: it
 * opens each element alone on a page of a fresh build in Chromium and checks that the page
 * requests exactly these files, so a chunk an element comes to import when it is created or
 * connected fails it until it is counted here.
 *
 *   node scripts/page-files.mjs growth [dataset=vietnam-laos] [locale=vi]   prints the files and sizes
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { withStaticImports } from './app-bundle.mjs';

/** The build `pnpm build` writes. */
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** The elements that read an embedded dataset's series file (`src/data/embedded-names.ts`). */
const SERIES_TAGS = new Set(['growth', 'balance', 'target']);

/** The one chunk of the build in `dist` whose name starts with `prefix-` (an `import()`'s). */
function chunk(dist, prefix) {
  const chunks = join(dist, 'bilateral-widgets');
  const name = new RegExp(`^${prefix.replace('.', '\\.')}-[a-z0-9]+\\.js$`);
  const found = readdirSync(chunks).filter((file) => name.test(file));
  if (found.length !== 1) throw new Error(`expected one chunk ${prefix}-*.js, found ${found}`);
  return join(chunks, found[0]);
}

/**
 * The files (absolute paths) a page with `tags` (e.g. `['growth']`) transfers when it names the
 * embedded `dataset` (or none) in `locale`, with the placeholder stylesheet unless `css` is false,
 * from the build in `dist` (by default `pnpm build`'s).
 */
export function pageFiles(
  tags,
  { dataset = 'vietnam-laos', locale = 'en', css = true, dist = DIST } = {},
) {
  const files = new Set();
  withStaticImports(join(dist, 'bilateral-widgets.js'), files);
  for (const tag of tags) withStaticImports(chunk(dist, `${tag}.define`), files);
  if (dataset) {
    // Series elements read the series file, the others the whole one (see SERIES_ELEMENT in
    // src/data/embedded-names.ts); a page without elements, the whole file.
    const series = tags.filter((tag) => SERIES_TAGS.has(tag)).length;
    if (series > 0) files.add(join(dist, 'data', `${dataset}.series.json`));
    if (series < tags.length || tags.length === 0) files.add(join(dist, 'data', `${dataset}.json`));
  }
  if (locale !== 'en') {
    withStaticImports(chunk(dist, `messages-${locale}`), files);
    // The gates (alone or the dashboard's panel) draw the provinces' names of the language.
    if (tags.some((tag) => tag === 'gates' || tag === 'dashboard')) {
      withStaticImports(chunk(dist, 'province-names'), files);
    }
  }
  if (css) files.add(join(dist, 'bilateral-widgets.css'));
  return [...files];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = Object.fromEntries(
    process.argv
      .slice(2)
      .filter((a) => a.includes('='))
      .map((a) => a.split('=')),
  );
  const tags = process.argv.slice(2).filter((a) => !a.includes('='));
  let total = 0;
  for (const file of pageFiles(tags, options)) {
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    total += size;
    console.log(`${String(size).padStart(7)}  ${relative(DIST, file)}`);
  }
  console.log(`${String(total).padStart(7)}  in all (gzip -9, each file on its own)`);
}
