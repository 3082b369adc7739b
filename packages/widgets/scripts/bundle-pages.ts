import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { TEST_CACHE } from '../test/paths.js';
import { writeFixtures } from '../test/write-fixtures.js';
import { buildScriptTag } from './script-tag-build.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A page script (a string: the scripts are typed without the DOM's types) whose value is the text
 * of every shadow root of the page, the dashboards' panels' too, joined by spaces.
 *
 * @example
 * ```ts
 * const shown = (await tab.evaluate(SHADOW_TEXT)) as string;
 * ```
 */
export const SHADOW_TEXT = `(() => {
  const texts = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot === null) continue;
      texts.push(element.shadowRoot.textContent);
      walk(element.shadowRoot);
    }
  };
  walk(document);
  return texts.join(' ');
})()`;

/** The script-tag bundle built for a test, served on 127.0.0.1, and a Chromium to open it in. */
export interface BundlePages {
  /** The built bundle's folder (`bilateral-widgets.js` and its chunks, `data/`). */
  readonly dir: string;
  /** `http://127.0.0.1:<port>`: the bundle's files, and the test's pages. */
  readonly origin: string;
  readonly browser: Browser;
  /** Stops the server and the browser and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds the script-tag bundle as `pnpm build` writes it (from source) with its data files into
 * a folder of `TEST_CACHE` named `name`, serves it on 127.0.0.1, and launches Debian's Chromium:
 * for the tests that need the built bundle itself (the chunks' merging, the build's module
 * swaps), where the browser tests run the source. A request for `*.html` is answered with
 * `page(url)`'s HTML; any other with the bundle's file, or 404.
 *
 * @param name - the test's folder in `TEST_CACHE`
 * @param page - the HTML of a page the test asks for, from its URL
 * @example
 * ```ts
 * let pages: BundlePages;
 * beforeAll(async () => {
 *   pages = await bundlePages('my-test', (url) => `<!doctype html><html lang="${url.searchParams.get('lang')}">…`);
 * }, 300_000);
 * afterAll(() => pages?.close());
 * // await (await pages.browser.newPage()).goto(`${pages.origin}/page.html?lang=vi`);
 * ```
 */
export async function bundlePages(name: string, page: (url: URL) => string): Promise<BundlePages> {
  const root = join(TEST_CACHE, name);
  const dir = join(root, 'bundle');
  await buildScriptTag(dir);
  // Its data files, as the browser tests' global setup writes them (`<root>/bundle/data/`).
  writeFixtures(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.endsWith('.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(url));
      return;
    }
    const file = normalize(url.pathname).replace(/^[/\\]+/, '');
    readFile(join(dir, file)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  return {
    dir,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dirname(dir), { recursive: true, force: true });
    },
  };
}
