// size-limit (`pnpm size`, after a build): what pages and apps transfer, gzip -9, each file
// compressed on its own as a server sends it. The design's targets (issue 13) are 40 kB for a page
// with one element, 60 kB for the dashboard and 30 kB for an app bundling one element. They are
// NOT met yet. The elements now take their calculations from `@bilateral/core/calc`, which reaches
// no zod schema (growth, balance and target chunks carry no zod; src/tree-shaking.test.ts in the
// core checks it), but <bilateral-gates> (and so the dashboard) still calls the crossing functions,
// which check each crossing with its schema, and the rest is decimal.js-light, Lit, the economy
// names and the widgets' own code. The limits below are the measured sizes (see
// docs/performance.md), to be replaced by the targets once met.
import { appBundle } from './scripts/app-bundle.mjs';
import { pageFiles } from './scripts/page-files.mjs';

const app = await appBundle();

export default [
  {
    name: 'a page with one <bilateral-growth> on the embedded dataset, all it transfers (autoloader, chunks, data, stylesheet) — MEASURED; the 40 kB target is NOT met (no zod any more: decimal.js-light, Lit, economy names, widget code)',
    path: pageFiles(['growth']),
    gzip: true,
    limit: '60.6 kB',
  },
  {
    name: 'a page with the dashboard on the embedded dataset, all it transfers — MEASURED; the 60 kB target is NOT met (the crossing checks of the gates panel still bring zod)',
    path: pageFiles(['dashboard']),
    gzip: true,
    limit: '88.7 kB',
  },
  {
    name: 'an app bundling @bilateral/widgets/growth (esbuild, minified, Lit included), what it loads first — MEASURED; the 30 kB target is NOT met (no zod nor embedded data any more: decimal.js, Lit, core calculations, widget code)',
    path: app.initial,
    gzip: true,
    limit: '53.8 kB',
  },
  {
    name: 'the script a webmaster pastes: the autoloader alone (bilateral-widgets.js and what it imports)',
    path: pageFiles([], { dataset: '', css: false }),
    gzip: true,
    limit: '1.8 kB',
  },
  {
    name: 'placeholder stylesheet, optional (bilateral-widgets.css)',
    path: 'dist/bilateral-widgets.css',
    gzip: true,
    limit: '1.1 kB',
  },
  {
    name: 'embedded Vietnam–Laos dataset, compact, fetched on demand (data/vietnam-laos.json)',
    path: 'dist/data/vietnam-laos.json',
    gzip: true,
    limit: '8.1 kB',
  },
];
