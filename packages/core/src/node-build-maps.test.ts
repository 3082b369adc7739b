import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';
import { expect, it } from 'vitest';
import configs from '../tsup.config.js';
import { mapSources } from './__fixtures__/published-maps.js';

/**
 * The Node build's source maps (`dist/*.js.map`, tsup.config.ts's first build) as the package
 * publishes them: each names a file the package ships (its `src/`), without a second copy of that
 * file's text, as the browser build's maps do.
 */
const coreRoot = fileURLToPath(new URL('..', import.meta.url));

it("names in the Node build's maps only files the package publishes, without a copy of their text", async () => {
  const [node] = configs as Options[];
  const { maps, sources, unpublished } = await mapSources(coreRoot, node as Options);
  // index, calc, hs, …, node and cli, and their shared chunks; the command alone has hundreds.
  expect(maps).toBeGreaterThan(8);
  expect(sources).toBeGreaterThan(300);
  expect(unpublished).toEqual([]);
}, 120_000);
