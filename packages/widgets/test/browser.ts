import { playwright } from '@vitest/browser-playwright';

/** Options of Page.emulateMedia that the tests use. */
export interface MediaOptions {
  readonly media?: 'screen' | 'print' | null;
  readonly colorScheme?: 'light' | 'dark' | null;
  readonly reducedMotion?: 'reduce' | 'no-preference' | null;
}

/** The DevTools session that throttles a page's CPU, kept until the page runs at full speed again. */
const throttling = new WeakMap<import('playwright').Page, import('playwright').CDPSession>();

/**
 * Vitest browser mode for the widgets: Debian's Chromium through Playwright (npm cannot
 * download browsers here), a command to emulate print, colour scheme and reduced motion, one
 * to throttle the CPU (for the page-load benchmark) and one to make a chunk's download fail.
 */
export const widgetsBrowser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  commands: {
    emulateMedia: async ({ page }: { page: import('playwright').Page }, options: MediaOptions) => {
      await page.emulateMedia(options);
    },
    /**
     * Moves the real mouse out of the page (to -1, -1: every element under it gets its
     * `pointerleave`, none stays `:hover`). The widgets' setup file runs it before each test, so
     * that a test which hovered never leaves the mouse over the next test's charts (the browser
     * would send them pointer events of its own: it broke three navigation tests in CI once).
     */
    parkMouse: async ({ page }: { page: import('playwright').Page }) => {
      await page.mouse.move(-1, -1);
    },
    /**
     * Makes the page's next `times` requests whose URL matches `pattern` (a RegExp's source) fail
     * as a lost connection does (`net::ERR_FAILED`); later ones load. A chunk's `import()` then
     * rejects, and the browser fetches it again at the next `import()` (it keeps no failed fetch).
     */
    failRequests: async (
      { page }: { page: import('playwright').Page },
      pattern: string,
      times: number,
    ) => {
      await page.route(new RegExp(pattern), (route) => route.abort('failed'), { times });
    },
    /**
     * Slows the page's CPU `rate` times (1: full speed), through the DevTools protocol. The
     * session stays attached while the page is throttled: detaching it ends the throttling (the
     * page-load benchmark ran at full speed that way until 2026-12-02).
     */
    throttleCpu: async ({ page }: { page: import('playwright').Page }, rate: number) => {
      let session = throttling.get(page);
      if (session === undefined) {
        session = await page.context().newCDPSession(page);
        throttling.set(page, session);
      }
      await session.send('Emulation.setCPUThrottlingRate', { rate });
      if (rate === 1) {
        throttling.delete(page);
        await session.detach();
      }
    },
  },
};

/** Dependencies of the browser tests, pre-bundled by Vite before the first test file runs. */
export const widgetsTestDeps = [
  'lit',
  'axe-core',
  'react',
  'react-dom/client',
  '@lit/react',
  // The dataset property's test renders through Vue's runtime (see src/__tests__/vue-browser-build.d.ts).
  'vue/dist/vue.runtime.esm-browser.js',
  '@bilateral/core > zod/mini',
  '@bilateral/core > date-fns',
  // The spreadsheet download's test unzips it; found late, it would reload the test page.
  'fflate/browser',
];
