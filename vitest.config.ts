import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { widgetsBrowser, widgetsTestDeps } from './packages/widgets/test/browser.ts';
import { widgetsTestServer } from './packages/widgets/test/server.ts';

// Vitest's reporter calls Map.groupBy (Node 21+); give Node 20 the same function so a failing
// test prints its summary instead of crashing the reporter.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

/** Resolve workspace packages to their TypeScript sources, so tests need no build. */
const conditions = ['@bilateral/source', ...defaultServerConditions];

/**
 * Every project's limit per test and per hook. Vitest's default, 5 s, is what a test that takes
 * 0.5 s on a quiet machine takes on this shared 2-core one at load 25: clean-clone CI of 5a5cc4d
 * failed two core tests that way (an esbuild bundle, 5.1 s; a property test, 5.7 s). A test still
 * ends as soon as it has passed; the limit matters only when it hangs.
 */
const LIMIT = 30_000;

/**
 * The tests that run a package's build (dist/), by project: they run in projects of their own,
 * '… (built)', whose global setup (scripts/ensure-built.ts) first builds each package they name in
 * `builtPackages` that is missing or older than its sources. So `pnpm test` on a fresh clone, or
 * after an edit, tests what the sources give, and a run of other tests builds nothing. CI builds
 * first: nothing is built again.
 */
const BUILT = {
  core: ['src/cli/built-cli.test.ts'],
  widgets: [
    'scripts/app-bundle.test.ts',
    'scripts/embedded-data.test.ts',
    'scripts/public-types.test.ts',
  ],
};

/** The global setup of a project whose tests run builds, from its root (packages/<name>). */
const ENSURE_BUILT = '../../scripts/ensure-built.ts';

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: LIMIT,
    hookTimeout: LIMIT,
    // In watch mode, edits of files a test reads without importing them: the Node example's test
    // runs report.mjs and holds its README to what it prints. (The built projects' setup,
    // ensure-built.ts, reruns their tests after an edit of the packages' sources.)
    watchTriggerPatterns: [
      {
        pattern: /\/examples\/node-report\/(report\.mjs|README\.md)$/,
        testsToRun: () => 'examples/node-report/report.test.ts',
      },
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          root: 'packages/core',
          include: ['src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...BUILT.core],
          environment: 'node',
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
      {
        // The built `bilateral` command, with the built @bilateral/duckdb it loads.
        extends: true,
        test: {
          name: 'core (built)',
          root: 'packages/core',
          include: BUILT.core,
          environment: 'node',
          globalSetup: [ENSURE_BUILT],
          provide: { builtPackages: ['core', 'duckdb'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'duckdb',
          root: 'packages/duckdb',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'widgets (node)',
          root: 'packages/widgets',
          include: ['scripts/**/*.test.ts', 'src/**/*.node.test.ts'],
          exclude: ['**/node_modules/**', ...BUILT.widgets],
          environment: 'node',
        },
      },
      {
        // An app's bundle of the built entries (which import the built core), their declarations.
        extends: true,
        test: {
          name: 'widgets (built)',
          root: 'packages/widgets',
          include: BUILT.widgets,
          environment: 'node',
          globalSetup: [ENSURE_BUILT],
          provide: { builtPackages: ['core', 'widgets'] },
        },
      },
      {
        // The repository's own scripts (scripts/*.ts: the test command's builds).
        extends: true,
        test: { name: 'scripts', root: 'scripts', include: ['*.test.ts'], environment: 'node' },
      },
      {
        // The Node example runs against the built core, as its README has users run it.
        extends: true,
        test: {
          name: 'examples',
          root: 'examples',
          include: ['node-report/*.test.ts'],
          environment: 'node',
          globalSetup: ['../scripts/ensure-built.ts'],
          provide: { builtPackages: ['core'] },
        },
      },
      {
        // Browser builds (the script-tag bundle, apps) compute with the core's BigInt engine instead
        // of decimal.js (see packages/core/src/_internal/decimal-bigint.ts): the core's whole suite
        // runs again on it, so the browser's numbers are the ones the core's tests assert.
        extends: true,
        resolve: {
          alias: [
            {
              find: /^decimal\.js$/,
              replacement: fileURLToPath(
                new URL('./packages/core/src/_internal/decimal-bigint.ts', import.meta.url),
              ),
            },
            {
              // Its powers (decimal.js's `pow` is a method; the BigInt engine's is a function).
              find: /^#decimal-power$/,
              replacement: fileURLToPath(
                new URL('./packages/core/src/_internal/decimal-bigint-power.ts', import.meta.url),
              ),
            },
          ],
        },
        test: {
          name: 'core on the browser engine',
          root: 'packages/core',
          include: ['src/**/*.test.ts'],
          // The CLI and the importers run in Node, on decimal.js only: their hostile-input suites
          // run once, on 'core'; the parsers', calculations' and documents' run on both engines.
          // The test comparing the two engines runs once too (here both would be the BigInt one).
          exclude: [
            '**/node_modules/**',
            'src/hostile/{cli,closed-pipe,importers}.test.ts',
            'src/_internal/decimal-bigint.test.ts',
            // The import stopped by a signal runs the command in a child process, on decimal.js
            // whatever this project aliases: a second run would test the same (some 17 s).
            'src/cli/import-stopped.test.ts',
            // The built command runs its build's engine: once, on 'core (built)'.
            ...BUILT.core,
          ],
          environment: 'node',
          // The flow table never computes with Decimal in its loops: its benchmark runs once, on
          // 'core', and so does the per-series API beside it (dataset-series.bench.ts).
          benchmark: {
            include: ['src/**/*.bench.ts'],
            // The import benchmark runs the built CLI in child processes: Decimal's engine there
            // is the build's, so it runs once too.
            exclude: [
              '**/node_modules/**',
              'src/table/**',
              'src/dataset/dataset-series.bench.ts',
              'src/io/import-comtrade.bench.ts',
            ],
          },
        },
      },
      {
        // The widgets run in Debian's Chromium (Vitest browser mode); the test server also
        // serves fixtures, slow and failing URLs, and the script-tag bundle behind a strict CSP.
        resolve: { conditions: ['@bilateral/source', ...defaultClientConditions] },
        ssr: { resolve: { conditions } },
        // The global setup (test/global-setup.ts) runs in Vitest's own environment, which takes
        // neither option above: without this its `@bilateral/core` imports (the fixtures'
        // scripts/*-as-drawn.ts, without-levels-flows-give.ts) were the core's build, stale after
        // a core change until `pnpm build`, and the run failed where there was none
        // (ERR_RESOLVE_PACKAGE_ENTRY_FAIL). The screenshots config does the same.
        environments: { __vitest__: { resolve: { conditions } } },
        plugins: [widgetsTestServer()],
        // Pre-bundle every dependency the browser tests import, so that a cold run never
        // discovers one midway and reloads.
        optimizeDeps: { include: widgetsTestDeps },
        test: {
          name: 'widgets',
          root: 'packages/widgets',
          // A file's first element loads its chunks cold: 7–11 s on a shared 2-core machine at
          // load 12–20. The helpers wait 15 s for an event; no test should sit near its limit.
          testTimeout: LIMIT,
          hookTimeout: LIMIT,
          benchmark: { include: ['src/**/*.bench.ts'] },
          // The screenshots of each element in light and dark are part of the run; they go to
          // the git-ignored packages/widgets/screenshots/ (`pnpm --filter @bilateral/widgets
          // screenshots` refreshes the ones in docs/widgets/).
          include: ['src/**/*.browser.test.ts', 'src/**/*.shots.ts'],
          provide: { screenshotDir: '../../screenshots' },
          globalSetup: ['test/global-setup.ts'],
          // Before each test the real mouse leaves the page (src/__tests__/park-mouse.ts).
          setupFiles: ['src/__tests__/park-mouse.ts'],
          browser: widgetsBrowser,
        },
      },
    ],
  },
});
