import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { widgetsBrowser, widgetsTestDeps } from './test/browser.js';
import { widgetsTestServer } from './test/server.js';

/**
 * `pnpm --filter @bilateral/widgets screenshots`: renders each element in light and dark in
 * Chromium and saves the pictures that docs/widgets.md shows into docs/widgets/ (`pnpm test`
 * takes the same screenshots into the git-ignored packages/widgets/screenshots/).
 * `pnpm --filter @bilateral/widgets reserve`: measures the loading reserves (src/styles/reserve.ts).
 */
export default defineConfig({
  resolve: { conditions: ['@bilateral/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@bilateral/source', ...defaultServerConditions] } },
  // The global setup runs in Vitest's own environment, which takes neither option above: without
  // this its `@bilateral/core` imports (scripts/without-levels-flows-give.ts) were the core's
  // build, and the run failed where there was none (ERR_RESOLVE_PACKAGE_ENTRY_FAIL).
  environments: {
    __vitest__: { resolve: { conditions: ['@bilateral/source', ...defaultServerConditions] } },
  },
  plugins: [widgetsTestServer()],
  optimizeDeps: { include: widgetsTestDeps },
  test: {
    include: ['src/**/*.shots.ts', 'src/**/*.measure.ts'],
    provide: { screenshotDir: '../../../../docs/widgets' },
    globalSetup: ['test/global-setup.ts'],
    browser: { ...widgetsBrowser, viewport: { width: 1280, height: 1000 } },
  },
});
