import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { embeddedAsModules } from '../scripts/embedded-data.js';
import { appTemplateIndentation } from '../scripts/template-indentation.js';
import { scriptTag } from '../tsup.config.js';
import { TEST_CACHE } from './paths.js';
import { writeFixtures } from './write-fixtures.js';

/**
 * Before the widgets' browser tests: builds the script-tag bundle exactly as `pnpm build` does
 * (from source, so the tests need no build step) and writes the dataset fixtures; then bundles
 * an app, `import '@bilateral/widgets/all'`, as an app bundles the entries in `dist/` (embedded
 * datasets from the data modules), into `app/`.
 */
export default async function setup(): Promise<void> {
  // The fixtures after the build: the build may empty its output folder.
  await build({ ...scriptTag, outDir: `${TEST_CACHE}/bundle`, sourcemap: false, silent: true });
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
}
