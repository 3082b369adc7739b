import { build } from 'tsup';
import { scriptTag } from '../tsup.config.js';
import { TEST_CACHE } from './paths.js';
import { writeFixtures } from './write-fixtures.js';

/**
 * Before the widgets' browser tests: builds the script-tag bundle exactly as `pnpm build` does
 * (from source, so the tests need no build step) and writes the dataset fixtures.
 */
export default async function setup(): Promise<void> {
  // The fixtures after the build: the build may empty its output folder.
  await build({ ...scriptTag, outDir: `${TEST_CACHE}/bundle`, sourcemap: false, silent: true });
  writeFixtures(TEST_CACHE);
}
