import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { embeddedAsJson, embeddedAsModules } from './scripts/embedded-data.js';
import { legalNotices } from './scripts/legal-notices.js';
import { mergedChunks } from './scripts/merge-chunks.js';
import { moduleNamedChunks } from './scripts/module-named-chunks.js';
import { appTemplateIndentation, templateIndentation } from './scripts/template-indentation.js';
import { litWithoutHooks } from './scripts/without-lit-hooks.js';
import { placeholderStylesheet } from './src/styles/placeholder-stylesheet.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const here = dirname(fileURLToPath(import.meta.url));

const elements = ['growth', 'balance', 'target', 'gates', 'dashboard'];

/**
 * The script-tag bundle computes with the core's BigInt engine (3.3 kB gzipped instead of
 * decimal.js's 12.6 kB) in `src/_internal/decimal-bigint.ts`, which the core's `#decimal-engine`
 * import resolves to under the `browser` condition; this alias also covers any other import of
 * decimal.js. The core's suite runs on it too (see that module).
 */
const decimalBigInt: Plugin = {
  name: 'decimal-bigint',
  setup(build) {
    build.onResolve({ filter: /^decimal\.js$/ }, () => ({
      path: join(here, '../core/src/_internal/decimal-bigint.ts'),
    }));
  },
};

/** Empties `bilateral-widgets/` before a build, so that no chunk of an earlier build stays. */
const freshChunks: Plugin = {
  name: 'fresh-chunks',
  setup(build) {
    build.onStart(async () => {
      const outdir = build.initialOptions.outdir ?? join(here, 'dist');
      await rm(join(outdir, 'bilateral-widgets'), { recursive: true, force: true });
    });
  },
};

/** Writes `bilateral-widgets.css` (see `placeholderStylesheet`) beside the script-tag bundle. */
const stylesheet: Plugin = {
  name: 'placeholder-stylesheet',
  setup(build) {
    build.onEnd(async () => {
      const outdir = build.initialOptions.outdir ?? join(here, 'dist');
      await mkdir(outdir, { recursive: true });
      await writeFile(join(outdir, 'bilateral-widgets.css'), placeholderStylesheet());
    });
  },
};

/**
 * The script-tag bundle (exported for the browser tests, which build it the same way): the
 * autoloader `bilateral-widgets.js` and the chunks it loads from `bilateral-widgets/` beside it
 * (one per element, one per language, shared code), with Lit and the core parts they use inside,
 * from the core's source.
 */
export const scriptTag: Options = {
  entry: { 'bilateral-widgets': join(here, 'src/autoloader.ts') },
  tsconfig: join(here, 'tsconfig.json'),
  format: ['esm'],
  noExternal: [/./],
  splitting: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  // As the core's builds: tsup says only errors, not each chunk it writes (`pnpm size` measures
  // the bundle).
  silent: true,
  esbuildPlugins: [
    freshChunks,
    embeddedAsJson,
    decimalBigInt,
    templateIndentation,
    stylesheet,
    legalNotices,
    litWithoutHooks,
  ],
  // Then one pass of rolldown groups esbuild's chunks into few (scripts/merge-chunks.ts).
  plugins: [mergedChunks],
  esbuildOptions(options) {
    options.conditions = ['@bilateral/source'];
    // Lao, Vietnamese and Chinese texts as UTF-8 rather than \u escapes (13 kB less minified). A
    // module script is always decoded as UTF-8, whatever the server says.
    options.charset = 'utf8';
    // Licence notices in `bilateral-widgets.LEGAL.txt` (scripts/legal-notices.ts), not in every
    // page's chunks (about 160 B gzipped on each page that loads Lit).
    options.legalComments = 'external';
    // Lit's internal names (`_$AH`, `_$litType$`…: the protocol between lit-html, lit-element and
    // the directives, stable across separately built copies of Lit) shortened: one build names
    // them alike in every chunk, and no template, part or directive of this bundle meets another
    // copy of Lit (an element renders only its own templates). Nothing else starts with `_$`.
    options.mangleProps = /^_\$/;
    options.chunkNames = 'bilateral-widgets/[name]-[hash]';
  },
};

export default defineConfig([
  {
    // Per-element ESM entries for apps: Lit and @bilateral/core stay dependencies.
    entry: {
      index: 'src/index.ts',
      all: 'src/all.ts',
      react: 'src/react.ts',
      // `bilateral-embed` (Node): the pages without script (src/embed/).
      'embed-cli': 'src/embed/bin.ts',
      ...Object.fromEntries(
        elements.flatMap((name) => [
          [name, `src/elements/${name}.define.ts`],
          [`${name}.class`, `src/elements/${name}.ts`],
        ]),
      ),
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // The maps name the package's own src/ files, which it ships: no second copy of their text
    // (185 kB of the npm tarball, gzipped; docs/widgets.md, "Debugging the script-tag bundle").
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: true,
    target: 'es2022',
    // As the core's builds: tsup says only errors, not each file it writes.
    silent: true,
    // Lit templates without their indentation, which an app's minifier leaves as written; embedded
    // datasets read from the data modules beside the entries (`data/<name>.js`).
    esbuildPlugins: [appTemplateIndentation, embeddedAsModules()],
    // The chunks loaded on demand named for their module, without esbuild's hash, which an app's
    // bundler would double (scripts/module-named-chunks.ts).
    plugins: [moduleNamedChunks],
  },
  scriptTag,
]);
