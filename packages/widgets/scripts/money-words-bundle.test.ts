import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundlePages, bundlePages, SHADOW_TEXT } from './bundle-pages.js';

/**
 * The widgets write Vietnamese, Lao and Chinese amounts with the words of the loaded messages
 * chunks (`formatAmount` gives them the core's `writeMoneyIn`), and throw before they have loaded.
 * The built bundle's pages show that no path writes an amount in a language before its messages
 * are there, with the chunks and timings a page has. Each case drives a page of the bundle through
 * such a path and fails on any uncaught error.
 */

/** The 2024 imports of the balance card on the embedded Vietnam–Laos data, in each language. */
const IMPORTS = {
  en: 'US$1.25 billion',
  vi: '1,25 tỷ USD',
  lo: '1,25 ຕື້ USD',
  zh: '12.5亿美元',
} as const;

let pages: BundlePages;

beforeAll(async () => {
  // A page with the bundle and `body` (elements), in `lang`.
  pages = await bundlePages(
    'money-words-bundle',
    (url) => `<!doctype html><html lang="${url.searchParams.get('lang') ?? 'en'}"><head>
        <meta charset="utf-8"><link rel="stylesheet" href="/bilateral-widgets.css">
        <script type="module" src="/bilateral-widgets.js"></script></head>
        <body>${url.searchParams.get('body') ?? ''}</body></html>`,
  );
}, 300_000);

afterAll(() => pages?.close());

/**
 * Runs `steps` on a page of the bundle with `body` in `lang`, each language's messages chunk
 * held back `delay` ms (a slow network: an element draws meanwhile), and gives the uncaught
 * errors the page met.
 */
async function errorsOf(
  body: string,
  lang: string,
  steps: (tab: Page) => Promise<void>,
  delay = 0,
): Promise<string[]> {
  const context = await pages.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  if (delay > 0) {
    await tab.route(/messages-(vi|lo|zh)-/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
  }
  await tab.goto(`${pages.origin}/page.html?lang=${lang}&body=${encodeURIComponent(body)}`);
  try {
    await steps(tab);
  } finally {
    await context.close();
  }
  return errors;
}

/** Waits until the page shows every one of `texts`. */
async function shows(tab: Page, ...texts: string[]): Promise<void> {
  const script = `${JSON.stringify(texts)}.every((text) => ${SHADOW_TEXT}.includes(text))`;
  await tab.waitForFunction(script, null, { timeout: 20_000 });
}

const BALANCE = '<bilateral-balance dataset="vietnam-laos"></bilateral-balance>';

describe('the script-tag bundle writes amounts only in a language whose messages have loaded', () => {
  it('switches a drawn element’s language (its locale, then the page’s lang) while the new messages load slowly', async () => {
    const errors = await errorsOf(
      BALANCE,
      'en',
      async (tab) => {
        await shows(tab, IMPORTS.en);
        await tab.evaluate(`document.querySelector('bilateral-balance').locale = 'vi'`);
        // Redrawn meanwhile (a narrower page) in the language it has.
        await tab.setViewportSize({ width: 600, height: 800 });
        await shows(tab, IMPORTS.vi);
        await tab.evaluate(`document.querySelector('bilateral-balance').locale = undefined;
          document.documentElement.lang = 'zh'`);
        await tab.setViewportSize({ width: 900, height: 800 });
        await shows(tab, IMPORTS.zh);
      },
      400,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws a Lao element added after an English one, and two languages side by side', async () => {
    const errors = await errorsOf(BALANCE, 'en', async (tab) => {
      await shows(tab, IMPORTS.en);
      await tab.evaluate(`document.body.insertAdjacentHTML('beforeend',
        '<bilateral-balance dataset="vietnam-laos" locale="lo"></bilateral-balance>' +
        '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>' +
        '<bilateral-balance dataset="vietnam-laos" locale="zh"></bilateral-balance>')`);
      await shows(tab, IMPORTS.en, IMPORTS.lo, IMPORTS.zh, 'tỷ USD');
    });
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws an element in a language the widgets do not speak in English', async () => {
    const errors = await errorsOf(BALANCE, 'fr', (tab) => shows(tab, IMPORTS.en));
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens the table and downloads the CSV and the workbook of a Chinese element', async () => {
    const errors = await errorsOf(BALANCE, 'zh', async (tab) => {
      await shows(tab, IMPORTS.zh);
      await tab.locator('bilateral-balance [part=toggle]').click();
      await tab.locator('bilateral-balance [part=download]').click();
      for (const item of [1, 2]) {
        const saved = tab.waitForEvent('download');
        await tab.locator(`bilateral-balance #downloads li:nth-child(${item}) button`).click();
        expect((await saved).suggestedFilename()).toMatch(/\.(csv|xlsx)$/);
      }
    });
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws a Lao dashboard (its panels, their tables and bands) whose messages load slowly', async () => {
    const board = '<bilateral-dashboard dataset="vietnam-laos" locale="lo"></bilateral-dashboard>';
    const errors = await errorsOf(board, 'en', (tab) => shows(tab, IMPORTS.lo), 400);
    expect(errors).toEqual([]);
  }, 60_000);
});

/**
 * A word of each language's amounts only `writeMoney` writes (Vietnamese and Lao trillions, the
 * Chinese name of the riel), from the core's `money/money-words-vi|lo|zh.ts`.
 */
const MONEY_ONLY = ['nghìn tỷ', 'ລ້ານລ້ານ', '柬埔寨瑞尔'];

describe('the core’s words of amounts in the messages chunks', () => {
  // If a module of every page imported the core's table of every language's words (`writeMoney`
  // rather than `writeMoneyIn`), the bundle would still write every language right, and every page
  // carry the words again (265 B gzipped): nothing else would tell.
  it('leaves them out of every file an English dashboard page loads, and puts each in its messages chunk', async () => {
    const context = await pages.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const tab = await context.newPage();
    const files: string[] = [];
    tab.on('request', (request) => files.push(new URL(request.url()).pathname.slice(1)));
    const board = '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>';
    await tab.goto(`${pages.origin}/page.html?body=${encodeURIComponent(board)}`);
    await shows(tab, IMPORTS.en);
    await tab.waitForLoadState('networkidle');
    await context.close();
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const text = (file: string) => readFileSync(join(pages.dir, file), 'utf8');
    for (const file of scripts) {
      const body = text(file);
      expect(
        MONEY_ONLY.filter((word) => body.includes(word)),
        file,
      ).toEqual([]);
    }
    const chunks = readdirSync(join(pages.dir, 'bilateral-widgets')).map((file) =>
      join('bilateral-widgets', file),
    );
    expect(
      MONEY_ONLY.map((word, index) =>
        chunks.some(
          (file) =>
            file.includes(`messages-${['vi', 'lo', 'zh'][index]}-`) && text(file).includes(word),
        ),
      ),
    ).toEqual([true, true, true]);
  }, 60_000);
});
