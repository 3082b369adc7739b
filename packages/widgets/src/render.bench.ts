/**
 * What the script-tag bundle costs in Chromium (production Lit, the BigInt decimal engine): from putting an
 * element on a page to its `bilateral-load` and its rendered figure. Run with `pnpm bench`;
 * numbers in docs/performance.md.
 */
import { expect, test } from 'vitest';
import { TAGS } from './__tests__/helpers.js';

type Page = Window & typeof globalThis;

/** An iframe that loads only the bundle, once its elements are defined. */
async function bundlePage(): Promise<Page> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:900px';
  frame.src = '/__bilateral__/bundle.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow as Page;
  // The autoloader defines an element when its tag appears: the dashboard brings all five.
  const dashboard = page.document.createElement('bilateral-dashboard');
  page.document.body.append(dashboard);
  await page.customElements.whenDefined('bilateral-dashboard');
  dashboard.remove();
  return page;
}

/**
 * Puts `markup` (one element) on the page, with `data` as its `data` property when given, and
 * resolves when it has loaded and rendered; returns the text it shows.
 */
async function render(page: Page, markup: string, data?: unknown): Promise<string> {
  const host = page.document.createElement('div');
  host.style.width = '800px';
  host.innerHTML = markup;
  const element = host.firstElementChild as HTMLElement & {
    data?: unknown;
    updateComplete: Promise<boolean>;
  };
  if (data !== undefined) element.data = data;
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('bilateral-load', resolve, { once: true });
    element.addEventListener('bilateral-error', (event) => reject((event as CustomEvent).detail), {
      once: true,
    });
  });
  page.document.body.replaceChildren(host);
  await loaded;
  await element.updateComplete;
  // The dashboard's panels render in their own shadow roots.
  const panels = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter(
    (node): node is typeof element => node.localName.startsWith('bilateral-'),
  );
  await Promise.all(panels.map((panel) => panel.updateComplete));
  return [element, ...panels]
    .map((node) => node.shadowRoot?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A dataset document of `count` VNM–LAO flows, made in the page's realm as a page's own script
 * would: monthly totals in both directions for 2000–2024 (600 flows), yearly totals (50), and the
 * rest monthly flows by HS code, which the element validates but does not draw (its series are
 * totals).
 */
function generatedDocument(page: Page, count: number): unknown {
  const months = 300;
  const flow = (index: number, period: string, commodity?: string) => ({
    reporter: 'VNM',
    partner: 'LAO',
    flow: index % 2 === 0 ? 'export' : 'import',
    period,
    value: `${1_000_000 + ((index * 7_919) % 99_000_000)}.${String(index % 100).padStart(2, '0')}`,
    currency: 'USD',
    ...(commodity === undefined ? {} : { commodity }),
    status: 'official',
    source: 'generated',
  });
  const monthOf = (index: number) => {
    const month = Math.floor(index / 2) % months;
    return `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  };
  const flows = [
    ...Array.from({ length: 2 * months }, (_, index) => flow(index, monthOf(index))),
    ...Array.from({ length: 50 }, (_, index) => flow(index, String(2000 + Math.floor(index / 2)))),
    ...Array.from({ length: count - 2 * months - 50 }, (_, index) =>
      flow(index, monthOf(index), String(1 + Math.floor(index / (2 * months))).padStart(4, '0')),
    ),
  ];
  return page.structuredClone({
    id: 'generated',
    title: { en: `${count} generated flows` },
    sources: [
      {
        id: 'generated',
        publisher: 'Bilateral benchmarks',
        title: 'Generated flows',
        date: '2025-01',
        language: 'en',
      },
    ],
    flows,
  });
}

test('each element on the embedded Vietnam–Laos dataset (fetched and parsed once)', async ({
  bench,
}) => {
  const page = await bundlePage();
  for (const tag of TAGS) {
    const markup = `<${tag} dataset="vietnam-laos"></${tag}>`;
    expect(await render(page, markup)).not.toBe('');
    await bench(`<${tag}>`, () => render(page, markup)).run({
      iterations: 30,
      time: 0,
      warmupIterations: 3,
      throws: true,
    });
  }
});

test('a page’s own data: 1,000 and 10,000 flows, parsed by the element', async ({ bench }) => {
  const page = await bundlePage();
  for (const count of [1_000, 10_000]) {
    const data = generatedDocument(page, count);
    for (const markup of [
      '<bilateral-growth></bilateral-growth>',
      '<bilateral-growth period-kind="month"></bilateral-growth>',
      '<bilateral-dashboard></bilateral-dashboard>',
    ]) {
      expect(await render(page, markup, data)).toMatch(/turnover/i);
      await bench(`${markup.slice(0, markup.indexOf('>') + 1)}, ${count} flows`, () =>
        render(page, markup, data),
      ).run({ iterations: count > 1_000 ? 5 : 10, time: 0, warmupIterations: 1, throws: true });
    }
  }
});
