import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';
import { expect, it } from 'vitest';
import { mapSources } from '../../core/src/__fixtures__/published-maps.js';
import config from '../tsup.config.js';

/**
 * The build's source map (`dist/index.js.map`) as the package publishes it: it names the files
 * the package ships (its `src/`), without a second copy of their text, as the core's maps do.
 */
const duckdbRoot = fileURLToPath(new URL('..', import.meta.url));

it('names in its map only files the package publishes, without a copy of their text', async () => {
  const { maps, sources, unpublished } = await mapSources(duckdbRoot, config as Options);
  // readComtradeBulk, writeComtradeBulkParquet, writeFlowsParquet and the modules they read.
  expect(maps).toBe(1);
  expect(sources).toBeGreaterThan(8);
  expect(unpublished).toEqual([]);
}, 120_000);
