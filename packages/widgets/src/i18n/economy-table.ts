/**
 * The core's names of every economy, in a module of its own so that it loads on demand: pages
 * whose data files name their economies never download it (see `economy-names.ts`).
 */
export { economyLabel } from '@bilateral/core/calc';
