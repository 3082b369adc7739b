// size-limit (`pnpm size`, after a build): what pages and apps transfer, gzip -9, each file
// compressed on its own as a server sends it. The design's targets (issue 13) are 40 kB for a page
// with one element, 60 kB for the dashboard and 30 kB for an app bundling one element; all three
// are met and are the limits. No page carries zod any more: the
// elements take their calculations from `@bilateral/core/calc`, the crossing functions of <bilateral-gates> check crossings by hand
// (src/tree-shaking.test.ts in the core checks both), the script-tag build imports the core module
// by module (scripts/direct-core-imports.ts) and a growth chart loads the target calculations only
// when it draws a target. What is left is the core's BigInt decimal engine, Lit, the core's calculations, the
// widgets' own code and the data (docs/performance.md has each step). The script-tag chunks are regrouped
// after esbuild into few (scripts/merge-chunks.ts: loader, runtime, series, per element).
import { appBundle } from './scripts/app-bundle.mjs';
import { pageFiles } from './scripts/page-files.mjs';

const app = await appBundle();

export default [
  {
    name: 'a page with one <bilateral-growth> on the embedded dataset, all it transfers (autoloader, chunks, data, stylesheet) — the design target (no zod, no crossings, balance, targets, data table nor tooltip code until used: the BigInt decimal engine, Lit, core calculations, widget code, data)',
    path: pageFiles(['growth']),
    gzip: true,
    limit: '40 kB',
  },
  {
    name: 'a page with the dashboard on the embedded dataset, all it transfers — the design target (no zod, no crossing rules nor classification systems, no gauge nor balance series chart until drawn: every element, the BigInt decimal engine, Lit, the whole data file as the gates draw it)',
    path: pageFiles(['dashboard']),
    gzip: true,
    limit: '60 kB',
  },
  {
    name: 'an app bundling @bilateral/widgets/growth (esbuild, minified, Lit included), what it loads first — the design target (no zod, embedded data, economy table, target calculations nor request checker: the BigInt decimal engine through the browser condition of the core, Lit, the core calculations the first figure uses through the plain barrel of /calc, widget code, in two files)',
    path: app.initial,
    gzip: true,
    limit: '30 kB',
  },
  {
    name: 'the script a webmaster pastes: the autoloader alone (bilateral-widgets.js and what it imports)',
    path: pageFiles([], { dataset: '', css: false }),
    gzip: true,
    limit: '1.4 kB',
  },
  {
    name: 'placeholder stylesheet, optional (bilateral-widgets.css)',
    path: 'dist/bilateral-widgets.css',
    gzip: true,
    limit: '1.1 kB',
  },
  {
    name: 'embedded Vietnam–Laos dataset, compact, fetched on demand (data/vietnam-laos.json: no facilities, the statements and crossings the elements draw)',
    path: 'dist/data/vietnam-laos.json',
    gzip: true,
    limit: '5.86 kB',
  },
];
