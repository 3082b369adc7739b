import { playwright } from '@vitest/browser-playwright';

/** Options of Page.emulateMedia that the tests use. */
export interface MediaOptions {
  readonly media?: 'screen' | 'print' | null;
  readonly colorScheme?: 'light' | 'dark' | null;
  readonly reducedMotion?: 'reduce' | 'no-preference' | null;
}

/** The DevTools session that throttles a page's CPU, kept until the page runs at full speed again. */
const throttling = new WeakMap<import('playwright').Page, import('playwright').CDPSession>();

/** A held request's outcome (see `holdRequest`): whether the page asked for the other URL first. */
const holding = new WeakMap<import('playwright').Page, Promise<boolean>>();

/**
 * Vitest browser mode for the widgets: Debian's Chromium through Playwright (npm cannot
 * download browsers here), a command to emulate print, colour scheme and reduced motion, and one
 * to throttle the CPU (for the page-load benchmark).
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
    /**
     * Holds the page's first request for a URL containing `held` until the page has requested one
     * containing `until`, or `limitMs` has passed; `heldFor` then says which came. A test of what
     * a page asks for while it waits, decided by the order of requests rather than by their times.
     * When the page asks for no `held` URL within `limitMs`, the hold is taken down (route and
     * listener) and `heldFor` says `false`.
     */
    holdRequest: async (
      { page }: { page: import('playwright').Page },
      held: string,
      until: string,
      limitMs: number,
    ) => {
      let seen: () => void = () => {};
      const requested = new Promise<void>((resolve) => {
        seen = resolve;
      });
      const onRequest = (request: import('playwright').Request) => {
        if (request.url().includes(until)) seen();
      };
      page.on('request', onRequest);
      const matches = (url: URL) => url.href.includes(held);
      let outcome: (came: boolean) => void = () => {};
      holding.set(
        page,
        new Promise<boolean>((resolve) => {
          outcome = resolve;
        }),
      );
      const hold = async (route: import('playwright').Route) => {
        clearTimeout(unrequested);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const came = await Promise.race([
          requested.then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), limitMs);
          }),
        ]);
        clearTimeout(timer);
        page.off('request', onRequest);
        await route.fallback();
        outcome(came);
      };
      // The held URL never asked for: no hold to wait for.
      const unrequested = setTimeout(() => {
        page.off('request', onRequest);
        void page.unroute(matches, hold).then(() => outcome(false));
      }, limitMs);
      await page.route(matches, hold, { times: 1 });
    },
    /** Whether the page asked for `holdRequest`'s other URL while the held one waited. */
    heldFor: async ({ page }: { page: import('playwright').Page }) => {
      const outcome = holding.get(page);
      if (outcome === undefined) throw new Error('holdRequest was not called on this page');
      holding.delete(page);
      return outcome;
    },
    emulateMedia: async ({ page }: { page: import('playwright').Page }, options: MediaOptions) => {
      await page.emulateMedia(options);
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
  '@bilateral/core > zod/mini',
  '@bilateral/core > date-fns',
];
