import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the browser tests' bundle and fixtures are written (ignored by git). */
export const TEST_CACHE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '.cache',
  'bilateral-test',
);
