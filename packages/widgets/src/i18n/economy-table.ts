/**
 * The core's names of every economy, in a module of its own so that it loads on demand: pages
 * whose data files name their economies never download it (see `economy-names.ts`). From the
 * root entry, not `/calc`: an app's bundler would place it by the entries reaching it, and every
 * element's first chunk reaches `/calc` (the core's `src/tree-shaking.test.ts`).
 */
export { economyLabel } from '@bilateral/core';
