import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { embeddedAsModules } from '../scripts/embedded-data.js';
import { buildScriptTag } from '../scripts/script-tag-build.js';
import { appTemplateIndentation } from '../scripts/template-indentation.js';
import { TEST_CACHE, TEST_CACHES } from './paths.js';
import { writeFixtures } from './write-fixtures.js';

/** Removes the cache folders of runs whose process has ended (a killed run cannot remove its own). */
function removeEndedRuns(): void {
  for (const name of existsSync(TEST_CACHES) ? readdirSync(TEST_CACHES) : []) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') {
        rmSync(join(TEST_CACHES, name), { recursive: true, force: true });
      }
    }
  }
}

/**
 * Before the widgets' browser tests: builds the script-tag bundle exactly as `pnpm build` does
 * (from source, so the tests need no build step; once, whichever folder the run started in) and
 * writes the dataset fixtures; then bundles an app, `import '@bilateral/widgets/all'`, as an app
 * bundles the entries in `dist/` (embedded datasets from the data modules), into `app/`. All of
 * it in this run's own folder ({@link TEST_CACHE}), removed when the run ends.
 */
export default async function setup(): Promise<() => void> {
  removeEndedRuns();
  // The fixtures after the build: the build may empty its output folder.
  await buildScriptTag(join(TEST_CACHE, 'bundle'));
  writeFixtures(TEST_CACHE);
  mkdirSync(join(TEST_CACHE, 'app'), { recursive: true });
  // Inside this package, so that `@bilateral/widgets` resolves to it.
  const entry = join(TEST_CACHE, 'app.source.js');
  writeFileSync(entry, "import '@bilateral/widgets/all';\n");
  await build({
    entry: { app: entry },
    outDir: join(TEST_CACHE, 'app'),
    format: ['esm'],
    splitting: true,
    noExternal: [/./],
    platform: 'browser',
    target: 'es2022',
    silent: true,
    config: false,
    esbuildPlugins: [appTemplateIndentation, embeddedAsModules(join(TEST_CACHE, 'bundle', 'data'))],
    esbuildOptions(options) {
      options.conditions = ['@bilateral/source'];
    },
  });
  return () => rmSync(TEST_CACHE, { recursive: true, force: true });
}
