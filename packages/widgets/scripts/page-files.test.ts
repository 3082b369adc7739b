import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundlePages, bundlePages, SHADOW_TEXT } from './bundle-pages.js';
import { pageFiles } from './page-files.mjs';

/** The pages: `/<tags>.html?lang=<locale>`, each element on the embedded Vietnam–Laos dataset. */
function page(tags: readonly string[], locale: string): string {
  const elements = tags.map(
    (tag) => `<bilateral-${tag} dataset="vietnam-laos"></bilateral-${tag}>`,
  );
  // Resolves once every element has fired `bilateral-load` (the dashboard's waits for its panels).
  const loads = `<script>window.loaded = new Promise((resolve) => { let left = ${tags.length};
    document.addEventListener('bilateral-load', () => { left -= 1; if (left === 0) resolve(); });
    if (left === 0) resolve(); });</script>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">${loads}
    <link rel="stylesheet" href="/bilateral-widgets.css">
    <script type="module" src="/bilateral-widgets.js"></script></head>
    <body>${elements.join('')}</body></html>`;
}

let pages: BundlePages;

beforeAll(async () => {
  pages = await bundlePages('page-files', (url) => {
    const tags = url.pathname.slice(1, -'.html'.length).split(',').filter(Boolean);
    return page(tags, url.searchParams.get('lang') ?? 'en');
  });
}, 300_000);

afterAll(() => pages?.close());

/**
 * The files (relative to the build) a page of `tags` in `locale` requests until its elements have
 * loaded and the network has been idle for 500 ms (Playwright's `networkidle`).
 */
async function requested(tags: readonly string[], locale = 'en'): Promise<string[]> {
  const context = await pages.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  const files: string[] = [];
  tab.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.endsWith('.html')) files.push(pathname.slice(1));
  });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${pages.origin}/${tags.join(',')}.html?lang=${locale}`);
  await tab.evaluate('window.loaded');
  await tab.waitForLoadState('networkidle');
  await context.close();
  expect(errors).toEqual([]);
  return files.sort();
}

/**
 * The text a page of `tags` in `locale` shows once its elements have loaded: every shadow root's
 * (the dashboard's panels' too).
 */
async function shownText(tags: readonly string[], locale: string): Promise<string> {
  const context = await pages.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${pages.origin}/${tags.join(',')}.html?lang=${locale}`);
  await tab.evaluate('window.loaded');
  const text = (await tab.evaluate(SHADOW_TEXT)) as string;
  await context.close();
  expect(errors).toEqual([]);
  return text;
}

const expected = (tags: readonly string[], options: { locale?: string; dataset?: string } = {}) =>
  pageFiles(tags, { ...options, dist: pages.dir })
    .map((file) => relative(pages.dir, file))
    .sort();

describe('pageFiles, what .size-limit.mjs counts, against the requests of a real page', () => {
  it.each(['growth', 'balance', 'target', 'gates', 'dashboard'])(
    '<bilateral-%s dataset="vietnam-laos"> requests exactly its files',
    async (tag) => {
      const files = await requested([tag]);
      expect(files).toEqual(expected([tag]));
      // Nothing that only `src` or `data` needs (the dashboard hands its panels the Dataset it read).
      expect(
        files.filter((file) => /(to-dataset|fetch-dataset|validate-document)-/.test(file)),
      ).toEqual([]);
    },
    60_000,
  );

  it('counts the messages chunk of a page in another language', async () => {
    expect(await requested(['growth'], 'vi')).toEqual(expected(['growth'], { locale: 'vi' }));
  }, 60_000);

  // Each language's words of amounts come with its messages chunk (`formatAmount`'s
  // `writeMoneyIn`): an English page carries none of them.
  it('writes amounts with each language’s words, which come with its messages', async () => {
    const pages = await Promise.all(
      ['en', 'vi', 'lo', 'zh'].map((locale) => shownText(['balance'], locale)),
    );
    // The balance card's imports: 1.25 billion US dollars, in each language's scale and currency.
    expect(
      pages.map((text) => /US\$1\.25 billion|1,25 tỷ USD|1,25 ຕື້ USD|12\.5亿美元/.exec(text)?.[0]),
    ).toEqual(['US$1.25 billion', '1,25 tỷ USD', '1,25 ຕື້ USD', '12.5亿美元']);
  }, 60_000);

  it('counts the provinces’ names of the gates, and of no other element, in another language', async () => {
    // The files holding the core's table (Dien Bien's Lao name, as written or as terser escapes
    // it when that gzips smaller: see terse-chunks.ts): the names' chunk alone.
    const name = 'ດ້ຽນບຽນ';
    const escaped = [...name]
      .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    const withTable = (files: readonly string[]) =>
      files.filter((file) =>
        [name, escaped].some((form) => readFileSync(join(pages.dir, file), 'utf8').includes(form)),
      );
    const growth = await requested(['growth'], 'vi');
    expect(growth.filter((file) => file.includes('province-names-'))).toEqual([]);
    expect(withTable(growth)).toEqual([]);
    const gates = await requested(['gates'], 'vi');
    expect(gates).toEqual(expected(['gates'], { locale: 'vi' }));
    expect(gates.filter((file) => file.includes('province-names-'))).toHaveLength(1);
    expect(withTable(gates)).toEqual(gates.filter((file) => file.includes('province-names-')));
  }, 60_000);

  it('counts the autoloader alone for a page without elements', async () => {
    const files = await requested([]);
    expect(files).toEqual(expected([], { dataset: '' }));
  }, 60_000);
});
