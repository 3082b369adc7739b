/**
 * The script-tag bundle built outside `pnpm build`: by the browser tests' global setup, into
 * their run's folder (test/global-setup.ts).
 */
import { build, type Options } from 'tsup';
import { scriptTag } from '../tsup.config.js';

/**
 * Builds the script-tag bundle into `outDir` as `pnpm build` does (tsup.config.ts's `scriptTag`),
 * without source maps or tsup's log, and once. tsup's `build()` otherwise also reads the
 * tsup.config.ts of the folder it is started in and runs a build for each of its configurations,
 * with these options over each: started in packages/widgets (`pnpm --filter @bilateral/widgets
 * screenshots`), the browser tests' global setup ran two script-tag builds into one folder at
 * once (one of them with type declarations), and the chunk merging of one removed the other's
 * files (ENOENT renaming `.merged/bilateral-widgets`, 7 runs of 9 on 2026-12-04). From the
 * repository's root, which has no tsup.config.ts, it built once.
 *
 * @param outDir - The folder of `bilateral-widgets.js`, its chunks folder and stylesheet.
 * @param options - Options over the bundle's (`minify`, a test's own `entry`…).
 * @example
 * ```ts
 * await buildScriptTag(join(TEST_CACHE, 'bundle'));
 * // TEST_CACHE/bundle/bilateral-widgets.js, bilateral-widgets/*.js, bilateral-widgets.css
 * ```
 */
export async function buildScriptTag(outDir: string, options: Options = {}): Promise<void> {
  await build({ ...scriptTag, sourcemap: false, silent: true, ...options, outDir, config: false });
}
