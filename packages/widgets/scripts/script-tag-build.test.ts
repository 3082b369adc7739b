import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';
import { expect, it } from 'vitest';
import { buildScriptTag } from './script-tag-build.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** packages/widgets, where `pnpm --filter @bilateral/widgets screenshots` runs. */
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');

it('builds once when started in the package folder, whose tsup.config.ts has two builds', async () => {
  // The configurations tsup would add are there to be read.
  expect(existsSync(join(PACKAGE, 'tsup.config.ts'))).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'script-tag-build-'));
  writeFileSync(join(dir, 'entry.js'), "export const entry = 'entry';\n");
  let builds = 0;
  const counted: Plugin = {
    name: 'counted',
    setup(build) {
      build.onStart(() => {
        builds += 1;
      });
    },
  };
  const cwd = process.cwd();
  process.chdir(PACKAGE);
  try {
    // The bundle's options but a small entry, and no merging pass (it expects the bundle's files).
    await buildScriptTag(join(dir, 'out'), {
      entry: { entry: join(dir, 'entry.js') },
      esbuildPlugins: [counted],
      plugins: [],
    });
  } finally {
    process.chdir(cwd);
  }
  const written = readdirSync(join(dir, 'out'));
  rmSync(dir, { recursive: true, force: true });
  expect(builds).toBe(1);
  expect(written).toEqual(['entry.js']);
});
