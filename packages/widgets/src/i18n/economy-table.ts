/**
 * The core's names of every economy, in a module of its own so that it loads on demand: pages
 * whose data files name their economies never download it (see `economy-names.ts`). From the
 * root entry, not `/calc`: an app's bundler would place it by the entries reaching it, and every
 * element's first chunk reaches `/calc` (the core's `src/tree-shaking.test.ts`). The writer
 * without `economyLabel`'s check (the codes and locales here are known to be text and supported),
 * so that this chunk reaches none of the core's error helpers, which would otherwise make them a
 * first-load file of their own in an app (docs/performance-history.md, "2026-12-03: an app's first
 * files, and the engine's methods").
 */
export { writeEconomyLabel as economyLabel } from '@bilateral/core';
