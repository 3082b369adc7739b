/**
 * Bundles a one-line app, `import '@bilateral/widgets/growth';` (or another element's entry), as
 * an app would (esbuild through tsup: minified, ESM, code splitting, Lit included, the core from
 * its source, the widgets' templates without their indentation and embedded datasets read from
 * the data modules, as in the entries apps import: the modules are the build's, `dist/data/*.js`,
 * so run it after a build)
 * into a cache folder, and returns its files: `initial` (the entry and what it imports
 * statically: what the page loads before the element can draw), `lazy` (chunks loaded on demand:
 * the embedded datasets, the dataset validator, the vi/lo/zh messages) and `embedded` (those of
 * `lazy` that `<bilateral-growth dataset="vietnam-laos">` loads before its first figure: the
 * series data module and what it imports), and `modulesOf(file)`, the source modules
 * with code in one of them (from esbuild's metafile). It writes them to
 * `node_modules/.cache/app-<element>-<process id>/`.
 *
 *   node scripts/app-bundle.mjs [element]   prints the files and their gzipped sizes (growth's app by default)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A file and the files it imports statically. */
export function withStaticImports(file, into) {
  if (into.has(file)) return into;
  into.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
    withStaticImports(join(dirname(file), path), into);
  }
  return into;
}

// The plugins the widgets' build gives the entries apps import (TypeScript modules).
const { appTemplateIndentation } = await tsImport('./template-indentation.ts', import.meta.url);
const { embeddedAsModules } = await tsImport('./embedded-data.ts', import.meta.url);

/** The chunks an embedded dataset's first figure imports (esbuild names them for their module). */
const EMBEDDED_CHUNK = /^vietnam-laos\.series-[A-Z0-9]+\.js$/;

export async function appBundle(element = 'growth') {
  // Not in dist/ (which is published): in the package's git-ignored cache, a folder per process,
  // so that two measurements at once do not overwrite each other's files.
  const out = join(root, 'node_modules', '.cache', `app-${element}-${process.pid}`);
  if (!existsSync(join(root, 'dist', 'data', 'vietnam-laos.series.js'))) {
    throw new Error('no dist/data/*.js: build the widgets first (pnpm build)');
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'app.source.js');
  writeFileSync(entry, `import '@bilateral/widgets/${element}';\n`);
  await build({
    entry: { app: entry },
    outDir: out,
    format: ['esm'],
    splitting: true,
    minify: true,
    noExternal: [/./],
    platform: 'browser',
    target: 'es2022',
    silent: true,
    config: false,
    metafile: true,
    esbuildPlugins: [appTemplateIndentation, embeddedAsModules(join(root, 'dist', 'data'))],
    // The entry is inside this package, so `@bilateral/widgets` resolves to it (self-reference);
    // it and the core resolve to their sources.
    esbuildOptions(options) {
      options.conditions = ['@bilateral/source'];
    },
  });
  const initial = [...withStaticImports(join(out, 'app.js'), new Set())];
  const lazy = readdirSync(out)
    .filter((file) => file.endsWith('.js') && file !== 'app.source.js')
    .map((file) => join(out, file))
    .filter((file) => !initial.includes(file));
  const embedded = new Set();
  for (const file of lazy.filter((file) => EMBEDDED_CHUNK.test(basename(file)))) {
    withStaticImports(file, embedded);
  }
  const { outputs } = JSON.parse(readFileSync(join(out, 'metafile-esm.json'), 'utf8'));
  /** The source modules (relative to this package) with code in `file`, one of the outputs. */
  const modulesOf = (file) =>
    Object.entries(outputs[relative(process.cwd(), file)]?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => relative(root, join(process.cwd(), input)));
  return {
    initial,
    lazy,
    embedded: [...embedded].filter((file) => !initial.includes(file)),
    modulesOf,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { initial, lazy, embedded } = await appBundle(process.argv[2]);
  const size = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  for (const [name, files] of Object.entries({ initial, lazy, embedded })) {
    const total = files.reduce((sum, file) => sum + size(file), 0);
    console.log(`${name}: ${total} bytes gzipped`);
    for (const file of files) console.log(`${String(size(file)).padStart(9)}  ${basename(file)}`);
  }
}
