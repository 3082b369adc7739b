import { defineConfig } from 'tsup';

/** The package's entries (the `exports` of package.json), each with its type declarations. */
const entries = {
  index: 'src/index.ts',
  calc: 'src/calc.ts',
  hs: 'src/hs/index.ts',
  provinces: 'src/economy/provinces.ts',
  rates: 'src/rates/index.ts',
  'rate-digits': 'src/growth/rate-digits.ts',
  targets: 'src/targets/index.ts',
  internal: 'src/internal.ts',
  node: 'src/node.ts',
};

/**
 * The entries for browsers (the `browser` condition of `exports`, which bundlers set): one file
 * per source module under `dist/browser/`. An app's bundler keeps what it loads on demand out of
 * what it loads first only module by module, and the Node build below merges modules into a few
 * shared chunks: an app bundling `@bilateral/widgets/growth` loaded 34.3 kB first from those,
 * 29.9 kB from these. Node keeps the merged build, which it loads faster (the root entry about
 * half a second sooner than as 400 files). Left out: the command's modules (`src/cli/`,
 * `src/node.ts`), which are Node's, and decimal.js's engine (`decimal-js.ts`), which
 * `#decimal-engine` gives elsewhere than in browsers. The BigInt engine and its powers are here
 * (`_internal/decimal-bigint.js`, `_internal/decimal-bigint-power.js`, which `#decimal-engine`
 * and `#decimal-power` give browsers) because a file of their own keeps their constants `const`:
 * an app's minifier writes the rounding modes and the exponent limit as their literals
 * (`rounding===4`), where the merged build's `var`s cost an app's first load about 45 B gzipped.
 */
const browserModules = defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.{test,test-d,bench}.ts',
    // __fixtures__, and any other folder of test or scratch files (__name__).
    '!src/**/__*/**',
    '!src/hostile/**',
    '!src/cli/**',
    '!src/node.ts',
    '!src/_internal/decimal-js.ts',
  ],
  bundle: false,
  outDir: 'dist/browser',
  format: ['esm'],
  sourcemap: true,
  // The maps name the package's own src/ files, which it ships: no second copy of their text.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  target: 'es2022',
  // As the Node build's: errors only.
  silent: true,
});

export default [
  defineConfig({
    // The `bilateral` command (bin) needs no declarations, nor do the decimal engines' modules:
    // `#decimal-engine` (package.json `imports`) resolves to the BigInt engine in browsers (the
    // browser build's), to decimal.js elsewhere, and `#decimal-power` to the BigInt power in
    // browsers, elsewhere to src/_internal/decimal-js-power.mjs (decimal.js's, plain JavaScript:
    // no build needed).
    entry: { ...entries, cli: 'src/cli/bin.ts' },
    external: ['#decimal-engine', '#decimal-power'],
    format: ['esm'],
    dts: { entry: entries },
    sourcemap: true,
    // As the browser build's: the maps name the package's own src/ files (and package.json),
    // which it ships, without a second copy of their text (2.4 MB of the unpacked npm package).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    // Not dist/browser/: the browser build cleans its own folder.
    clean: ['!browser/**'],
    target: 'es2022',
    // Errors only: tsup otherwise lists every file it writes, about 1,300 lines over the three
    // packages before the report of `pnpm start`. A failing build still prints its error.
    silent: true,
  }),
  browserModules,
];
