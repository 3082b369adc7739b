import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

it("writes no folder of the build machine into esbuild's code nor its maps' sourcesContent", async () => {
  // esbuild hashes each chunk with its source map, whose `sourcesContent` is the code the plugins
  // gave it: an absolute path there (the core imports made direct held one) gave other chunk
  // names in another checkout folder, hence after the merging pass another order of modules,
  // other export names and other bytes (the dashboard's page 59,907 or 59,927 B).
  const root = join(PACKAGE, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'script-tag-build-'));
  try {
    // esbuild's pass alone (no merging), with source maps, as `pnpm build` runs it.
    await buildScriptTag(dir, { sourcemap: true, plugins: [] });
    const folder = join(dir, 'bilateral-widgets');
    const files = [
      join(dir, 'bilateral-widgets.js'),
      join(dir, 'bilateral-widgets.js.map'),
      ...readdirSync(folder).map((file) => join(folder, file)),
    ];
    expect(files.filter((file) => file.endsWith('.map')).length).toBeGreaterThan(10);
    // The code, and the sources as esbuild read them (a map's `sources` are relative to the
    // folder built into, here outside the repository).
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const read = file.endsWith('.map') ? JSON.parse(text).sourcesContent.join('\n') : text;
      expect(read.includes(root), file).toBe(false);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
