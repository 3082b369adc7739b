import { describe, expect, it } from 'vitest';
import { openTable, reportedRequests, text } from './__tests__/helpers.js';

/** A page of the script-tag bundle, in an iframe of this test page. */
interface Page extends Window {
  BilateralWidgets?: { discover(root?: ParentNode): void };
}

/** Opens a page that loads the script-tag bundle (`copies` times) with `body` in it. */
async function open(body = '', { lang = 'en', copies = 1 } = {}): Promise<Page> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px';
  document.body.append(frame);
  const scripts = Array.from(
    { length: copies },
    (_, i) =>
      `<script type="module" src="/__bilateral__/bundle/bilateral-widgets.js?copy=${i}"></script>`,
  ).join('');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts}</head><body style="margin:0">${body}</body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Page;
}

/** Resolves when `element` fires `bilateral-load`, or rejects after 15 s (chunks load cold). */
function loaded(element: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${element.localName} did not load`)), 15_000);
    element.addEventListener(
      'bilateral-load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** The paths of the files the page has fetched under `/__bilateral__/bundle/`, once it has reported them all. */
async function fetched(page: Page): Promise<string[]> {
  return (await reportedRequests(page)).map((name) =>
    new URL(name).pathname.replace('/__bilateral__/bundle/', ''),
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `element` shows its summary (it has loaded and drawn), or throws after 15 s (a cold first element took 7–11 s at load 12–20). */
async function drawn(element: Element): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (element.shadowRoot?.querySelector('[part=summary]') == null) {
    if (performance.now() > deadline) throw new Error(`${element.localName} was not drawn`);
    await wait(25);
  }
}

const summaryOf = (element: Element) =>
  (element.shadowRoot?.querySelector('[part=summary]')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the autoloader (the script-tag entry)', () => {
  it('loads nothing for a page without elements, and defines an element added later', async () => {
    const page = await open();
    await wait(200);
    // The autoloader's own few bytes only: no element's chunk, no language, no data.
    expect((await fetched(page)).filter((path) => /\.define-|messages|data\//.test(path))).toEqual(
      [],
    );
    expect(page.customElements.get('bilateral-growth')).toBeUndefined();
    const growth = page.document.createElement('bilateral-growth');
    growth.setAttribute('dataset', 'vietnam-laos');
    const done = loaded(growth);
    page.document.body.append(growth);
    await done;
    expect(summaryOf(growth)).toMatch(/^Vietnam–Laos turnover rose from about US\$823 million/);
    // Only that element's chunk (and what it shares), not the others' nor the validator's.
    const files = await fetched(page);
    expect(files.some((path) => /^bilateral-widgets\/growth\.define-/.test(path))).toBe(true);
    expect(files.filter((path) => /(balance|target|gates|dashboard)\.define-/.test(path))).toEqual(
      [],
    );
    expect(files.some((path) => path.includes('validate-document'))).toBe(false);
    // Nor the code of the `src` path (fetching) or of the `data` property (its reader).
    expect(files.filter((path) => /(fetch-dataset|to-dataset)-/.test(path))).toEqual([]);
    // Nor the error state's alert and words.
    expect(files.some((path) => path.includes('failure-alert'))).toBe(false);
    expect(files.some((path) => path.includes('economy-table'))).toBe(false);
    expect(files.some((path) => path.includes('messages-'))).toBe(false);
    expect(files.filter((path) => path.startsWith('data/'))).toEqual([
      'data/vietnam-laos.series.json',
    ]);
  });

  it('defines the elements of a shadow root it is told about with discover()', async () => {
    const page = await open('<div id="host"></div>');
    const host = page.document.getElementById('host') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const balance = page.document.createElement('bilateral-balance');
    balance.setAttribute('dataset', 'laos-china');
    root.append(balance);
    await wait(300);
    // The document's observer does not see into shadow roots.
    expect(page.customElements.get('bilateral-balance')).toBeUndefined();
    const done = loaded(balance);
    page.BilateralWidgets?.discover(root);
    await done;
    expect(summaryOf(balance)).not.toBe('');
  });

  it('searches the document when discover() is given no root, rather than throwing a TypeError', async () => {
    const page = await open('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    expect(page.BilateralWidgets).toBeDefined();
    expect(() => page.BilateralWidgets?.discover()).not.toThrow();
    await drawn(page.document.body.firstElementChild as Element);
  });

  it('loaded twice, defines each element once and fetches each data file once', async () => {
    const page = await open(
      `<bilateral-growth dataset="vietnam-laos"></bilateral-growth>
       <bilateral-balance dataset="vietnam-laos"></bilateral-balance>
       <bilateral-growth dataset="vietnam-laos" measure="export"></bilateral-growth>`,
      { copies: 2 },
    );
    const elements = [...page.document.body.children];
    const errors: string[] = [];
    page.addEventListener('error', (event) => errors.push(String(event.message)));
    await Promise.all(elements.map(drawn));
    expect(errors).toEqual([]);
    const files = await fetched(page);
    // Growth and balance draw only series: the series file, once; not the whole one.
    expect(files.filter((path) => path.startsWith('data/'))).toEqual([
      'data/vietnam-laos.series.json',
    ]);
    expect(files.filter((path) => path.startsWith('bilateral-widgets.js'))).toHaveLength(2);
    // Each chunk once, whichever copy of the script asked first.
    const chunks = files.filter((path) => path.startsWith('bilateral-widgets/'));
    expect(new Set(chunks).size).toBe(chunks.length);
  });

  it("draws growth without the table of every economy's names or the figure parser", async () => {
    const page = await open('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    await drawn(page.document.querySelector('bilateral-growth') as Element);
    const scripts = (await fetched(page)).filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const path of scripts) {
      const code = await (await fetch(`/__bilateral__/bundle/${path}`)).text();
      // A name only the core's table has (Cambodia in Vietnamese), a word only the parser reads.
      expect(code, path).not.toContain('Campuchia');
      expect(code, path).not.toContain('ngàn tỷ');
      // As terser writes it where a chunk is smaller in ASCII (scripts/terse-chunks.ts).
      expect(code, path).not.toContain('ng\\xe0n t\\u1ef7');
    }
  });

  it('keeps code a growth chart never runs out of its page: crossings, balance, and targets until it has one', async () => {
    const page = await open('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    await drawn(page.document.querySelector('bilateral-growth') as Element);
    const scripts = (await fetched(page)).filter((path) => path.endsWith('.js'));
    expect(scripts.filter((path) => path.includes('growth-band'))).toEqual([]);
    for (const path of scripts) {
      const code = await (await fetch(`/__bilateral__/bundle/${path}`)).text();
      // Words of the crossing rules, the balance series and the target evaluation only.
      expect(code, path).not.toContain('a crossing joins two different countries');
      expect(code, path).not.toContain('expected a Target');
      expect(code, path).not.toContain('aggregate one to match the other');
      // The `src` path's words: a page on an embedded dataset never fetches a document.
      expect(code, path).not.toContain('could not be fetched');
    }
    const withTarget = await open(
      '<bilateral-growth dataset="vietnam-laos" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
    );
    const growth = withTarget.document.querySelector('bilateral-growth') as Element;
    await drawn(growth);
    expect((await fetched(withTarget)).filter((path) => path.includes('growth-band'))).toHaveLength(
      1,
    );
    expect(growth.shadowRoot?.querySelector('.band-area')).not.toBeNull();
  });

  it('loads the data table when a reader opens it, not before', async () => {
    const page = await open('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    const growth = page.document.querySelector('bilateral-growth') as Element;
    await drawn(growth);
    const tableChunks = async () =>
      (await fetched(page)).filter((path) => /\/(growth-table|table)-/.test(path));
    expect(await tableChunks()).toEqual([]);
    expect(growth.shadowRoot?.querySelector('table')).toBeNull();
    await openTable(growth);
    // Its code, and the styles every table shares (styles/table.ts).
    expect(await tableChunks()).toHaveLength(2);
  });

  it('draws the gates on embedded data without the crossing rules or the classification systems', async () => {
    const page = await open(
      '<bilateral-gates dataset="vietnam-laos" locale="zh"></bilateral-gates>',
    );
    const gates = page.document.querySelector('bilateral-gates') as Element;
    await drawn(gates);
    await openTable(gates);
    // Class names in the page's language and order, from the data file's `classes`.
    const classes = [...(gates.shadowRoot?.querySelectorAll('table:first-of-type tbody th') ?? [])];
    const names = classes.map((th) => th.textContent?.trim() ?? '');
    const expected = ['国际口岸', '国家级口岸', '地方口岸', '边境通道'];
    expect(names.map((name, index) => name.startsWith(expected[index] as string))).toEqual(
      expected.map(() => true),
    );
    const scripts = (await fetched(page)).filter((path) => path.endsWith('.js'));
    expect(scripts.filter((path) => /validate-document/.test(path))).toEqual([]);
    for (const path of scripts) {
      const code = await (await fetch(`/__bilateral__/bundle/${path}`)).text();
      // Words of the crossing rules and of a classification system no page draws.
      expect(code, path).not.toContain('a crossing joins two different countries');
      expect(code, path).not.toContain('customs-clearance lane');
    }
  });

  it('reads each data file once on a page with a series element and the dashboard', async () => {
    const page = await open(
      `<bilateral-growth dataset="vietnam-laos"></bilateral-growth>
       <bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>`,
    );
    const [growth, dashboard] = [...page.document.body.children] as Element[];
    await Promise.all([drawn(growth as Element), loaded(dashboard as Element)]);
    expect(summaryOf(growth as Element)).toContain('Vietnam–Laos turnover rose');
    // Growth reads the series file, the dashboard (and its panels) the whole one.
    expect((await fetched(page)).filter((path) => path.startsWith('data/')).sort()).toEqual([
      'data/vietnam-laos.json',
      'data/vietnam-laos.series.json',
    ]);
    // Embedded data names its economies and gives its precisions: no table, no figure parser.
    expect(
      (await fetched(page)).filter((path) => /economy-table|validate-document/.test(path)),
    ).toEqual([]);
  });

  it("draws a balance the published turnover narrows from the build's data file (its balances)", async () => {
    const page = await open(
      '<bilateral-balance dataset="vietnam-laos" period="2024-01/2024-09"></bilateral-balance>',
    );
    const balance = page.document.querySelector('bilateral-balance') as Element;
    await drawn(balance);
    // As `bilateral report` writes it, not the flows' difference alone (about −US$1 billion).
    const figures = balance.shadowRoot?.querySelector('[part=figures]') as Element;
    expect(text(figures)).toContain('Balance about \u2212US$500 million');
  });

  it.each([
    ['vi', 'Kim ngạch thương mại Việt Nam – Lào tăng'],
    ['lo', 'ມູນຄ່າການຄ້າ'],
    ['zh', '越南–老挝贸易额从'],
  ])('loads the messages of a %s page as a chunk of their own', async (lang, words) => {
    const page = await open('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', {
      lang,
    });
    const growth = page.document.querySelector('bilateral-growth') as Element;
    await drawn(growth);
    expect(summaryOf(growth)).toContain(words);
    const files = (await fetched(page)).filter((path) => /\/messages-(vi|lo|zh)-/.test(path));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`/messages-${lang}-`));
  });

  it('draws each element in its language on a page of several, and again when the page changes its own', async () => {
    const page = await open(
      `<bilateral-growth id="page" dataset="vietnam-laos"></bilateral-growth>
       <bilateral-growth id="own" lang="lo" dataset="vietnam-laos"></bilateral-growth>
       <div lang="zh"><bilateral-growth id="inherited" dataset="vietnam-laos"></bilateral-growth>
       <bilateral-growth id="locale" locale="vi" dataset="vietnam-laos"></bilateral-growth></div>`,
      { lang: 'vi' },
    );
    const byId = (id: string) => page.document.getElementById(id) as Element;
    const inPage = byId('page');
    const own = byId('own');
    const inherited = byId('inherited');
    const byLocale = byId('locale');
    await Promise.all([inPage, own, inherited, byLocale].map(drawn));
    expect(summaryOf(inPage)).toContain('Kim ngạch thương mại Việt Nam – Lào tăng');
    expect(summaryOf(own)).toContain('ມູນຄ່າການຄ້າ');
    expect(summaryOf(inherited)).toContain('越南–老挝贸易额从');
    expect(summaryOf(byLocale)).toContain('Kim ngạch thương mại Việt Nam – Lào tăng');
    page.document.documentElement.lang = 'zh';
    await expect.poll(() => summaryOf(inPage), { timeout: 10_000 }).toContain('越南–老挝贸易额从');
    expect(summaryOf(own)).toContain('ມູນຄ່າການຄ້າ');
    // Each language's messages once, the page's new one already loaded.
    const files = (await fetched(page)).filter((path) => /\/messages-(vi|lo|zh)-/.test(path));
    expect(files.map((path) => path.replace(/.*\/messages-(\w+)-.*/, '$1')).sort()).toEqual([
      'lo',
      'vi',
      'zh',
    ]);
  });

  it('draws an element far below the fold only when it comes near the viewport', async () => {
    const page = await open(
      `<bilateral-growth id="near" dataset="vietnam-laos"></bilateral-growth>
       <div style="height:20000px"></div>
       <bilateral-growth id="far" dataset="vietnam-laos"></bilateral-growth>`,
    );
    const near = page.document.getElementById('near') as Element;
    const far = page.document.getElementById('far') as Element;
    let farLoaded = false;
    far.addEventListener('bilateral-load', () => {
      farLoaded = true;
    });
    await drawn(near);
    await wait(300);
    // The far one has its chunk and data, and holds its reserved place without drawing.
    expect(farLoaded).toBe(false);
    expect(far.shadowRoot?.querySelector('[part=loading]')).not.toBeNull();
    expect(far.shadowRoot?.querySelector('svg')).toBeNull();
    const reserved = far.getBoundingClientRect().height;
    const done = loaded(far);
    far.scrollIntoView();
    await done;
    expect(far.shadowRoot?.querySelector('svg')).not.toBeNull();
    // The reserve held at least the height of the drawn figure: nothing below it moved down.
    expect(far.getBoundingClientRect().height - reserved).toBeLessThanOrEqual(1);
  });
});
