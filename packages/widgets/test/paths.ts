import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the browser tests' runs write their bundles and fixtures (ignored by git): a folder each. */
export const TEST_CACHES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '.cache',
  'bilateral-test',
);

/**
 * Where this run's bundle and fixtures are written: a folder named for the Vitest process (its
 * global setup writes it, its test server reads it), so that runs at the same time on one checkout
 * do not rebuild each other's chunks under their pages (new hashes, the old files gone).
 */
export const TEST_CACHE = join(TEST_CACHES, String(process.pid));
