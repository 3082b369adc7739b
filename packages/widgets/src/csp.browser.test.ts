import { describe, expect, it, vi } from 'vitest';
import { SAME_FIGURES, SAME_FIGURES_COUNT } from '../test/same-figures.js';
import './all.js';
import {
  $,
  type AnyElement,
  errorEvent,
  loadEvent,
  openTable,
  reportedRequests,
  settled,
} from './__tests__/helpers.js';

interface PageState {
  __violations: { directive: string; blocked: string; sample: string }[];
  __errors: string[];
  __loads: number;
  __ttEnforced?: boolean;
  __inlineRan?: boolean;
  __bilateralXss?: number;
}

/**
 * Scrolls a window down 400 px every 25 ms, back to the top from the bottom, until `done`:
 * elements far below the fold are drawn only when they come near the viewport, and an element
 * defined late (its chunk arrived once the scrolling had passed it) is drawn on the next pass.
 * Scrolling only down, such an element stayed undrawn at the top until a 10 s deadline.
 */
async function scrollUntil(view: Window, done: () => boolean, deadline = Infinity): Promise<void> {
  while (!done() && performance.now() < deadline) {
    const bottom = view.scrollY + view.innerHeight >= view.document.documentElement.scrollHeight;
    if (bottom) view.scrollTo(0, 0);
    else view.scrollBy(0, 400);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  view.scrollTo(0, 0);
}

/**
 * Opens a test page in an iframe and waits until `loads` elements have loaded, scrolling through
 * it meanwhile (see {@link scrollUntil}).
 */
async function open(path: string, loads: number): Promise<Window & PageState> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow as Window & PageState;
  await scrollUntil(page, () => (page.__loads ?? 0) >= loads, performance.now() + 15_000);
  await new Promise((resolve) => setTimeout(resolve, 100));
  return page;
}

describe('the script-tag bundle', () => {
  it('runs under a strict CSP with Trusted Types enforced, without a violation', async () => {
    const page = await open('/__bilateral__/csp.html', 5);
    // The policy is really enforced: the page's own inline script was blocked, and assigning a
    // string to innerHTML threw.
    expect(page.__inlineRan).toBeUndefined();
    expect(page.__ttEnforced).toBe(true);
    // Every element loaded: the dashboard from the bundle's data file, four from an XSS fixture.
    expect(page.__loads).toBe(5);
    expect(page.__errors).toEqual([]);
    const unexpected = page.__violations.filter(
      (v) =>
        !(v.directive === 'script-src-elem' && v.blocked === 'inline') &&
        !(v.directive === 'require-trusted-types-for' && v.sample.includes('probe')),
    );
    expect(unexpected).toEqual([]);
    expect(page.__violations).toHaveLength(2);
    expect(page.__bilateralXss).toBeUndefined();
    const dashboard = page.document.querySelector('bilateral-dashboard');
    const growth = dashboard?.shadowRoot?.querySelector('bilateral-growth');
    expect(growth?.shadowRoot?.querySelector('[part=summary]')?.textContent).toContain(
      'Vietnam–Laos turnover rose',
    );
    const gates = page.document.querySelector('bilateral-gates');
    expect(gates?.shadowRoot?.querySelector('[part=title]')?.textContent).toContain('Cửa khẩu');
    // A table opened: its chunks load and its styles are adopted under the same policy.
    await openTable(growth as Element);
    expect(getComputedStyle($(growth as Element, 'caption')).position).toBe('sticky');
    expect(page.__violations).toHaveLength(2);
    // A reader's Right arrow: the navigation, the focused point's styles and its tip load on
    // demand under the same policy, and the tip shows the first year.
    const chart = $(growth as Element, '[part=chart]') as HTMLElement;
    chart.focus();
    chart.dispatchEvent(
      new (page as unknown as typeof globalThis).KeyboardEvent('keydown', {
        key: 'ArrowRight',
        cancelable: true,
      }),
    );
    await vi.waitFor(() => expect(growth?.shadowRoot?.querySelector('.tip')).not.toBeNull(), {
      timeout: 15_000,
      interval: 25,
    });
    expect(growth?.shadowRoot?.querySelector('.tip')?.textContent).toMatch(/2016|2017/);
    expect(page.__errors).toEqual([]);
    expect(page.__violations).toHaveLength(2);
    // A failure: the error state's chunk loads and its styles are adopted under the same policy.
    const failing = page.document.createElement('bilateral-growth');
    failing.setAttribute('dataset', 'atlantis');
    const failed = errorEvent(failing);
    page.document.body.append(failing);
    await failed;
    await (failing as AnyElement).updateComplete;
    const alert = $(failing, '[part=error]');
    expect(alert.querySelector('strong')?.textContent).toBe(
      'The data for this chart could not be loaded.',
    );
    expect(getComputedStyle(alert).alignSelf).toBe('center');
    expect(page.__errors).toEqual([expect.stringMatching(/^bilateral-error: .*atlantis/)]);
    expect(page.__violations).toHaveLength(2);
  });

  it('can be loaded twice on one page without an error', async () => {
    const page = await open('/__bilateral__/double.html', 1);
    expect(page.__errors).toEqual([]);
    expect(page.__loads).toBe(1);
    const growth = page.document.querySelector('bilateral-growth');
    expect(growth?.shadowRoot?.querySelector('svg')).not.toBeNull();
    // The second copy found the names taken and left the first copy's classes in place.
    const scripts = page.document.querySelectorAll('script[type=module]');
    expect(scripts).toHaveLength(2);
    expect(page.customElements.get('bilateral-growth')).toBe(growth?.constructor);
  });

  it('draws the same figures as the app build, computing with the BigInt engine', async () => {
    const page = await open('/__bilateral__/same.html', SAME_FIGURES_COUNT);
    expect(page.__errors).toEqual([]);
    expect(page.__loads).toBe(SAME_FIGURES_COUNT);
    // The same markup, rendered in this page by the app build (on the BigInt engine too, as any
    // browser build of the core: `#decimal-engine`; the core's suite compares the engines).
    document.documentElement.lang = 'en';
    const app = document.createElement('div');
    app.innerHTML = SAME_FIGURES;
    const loaded = Promise.all([...app.children].map((element) => loadEvent(element)));
    document.body.append(app);
    let done = false;
    const stop = () => {
      done = true;
    };
    loaded.then(stop, stop);
    await scrollUntil(window, () => done);
    await loaded;
    const bundled = [...page.document.body.children].filter((e) => e.localName !== 'script');
    expect(bundled.map((e) => e.localName)).toEqual([...app.children].map((e) => e.localName));
    // Charts draw at a default width until their first resize observation: wait for both sides.
    await settled([...bundled, ...app.children]);
    // The data tables are drawn once opened: every one of them, on both sides.
    await openTables([...bundled, ...app.children]);
    bundled.forEach((element, index) => {
      const mine = app.children[index] as Element;
      expect(figuresOf(element), element.outerHTML).toEqual(figuresOf(mine));
    });
  });

  it('draws the same figures as an app reading the data modules, as apps bundle dist/', async () => {
    /** Each element's figures (tables open), on a page drawing {@link SAME_FIGURES}. */
    const figures = async (path: string) => {
      const page = await open(path, SAME_FIGURES_COUNT);
      expect(page.__errors).toEqual([]);
      expect(page.__loads).toBe(SAME_FIGURES_COUNT);
      const elements = [...page.document.body.children].filter((e) => e.localName !== 'script');
      await settled(elements);
      await openTables(elements);
      const loaded = await reportedRequests(page);
      return { figures: elements.map(figuresOf), loaded };
    };
    const bundled = await figures('/__bilateral__/same.html');
    const app = await figures('/__bilateral__/app-same.html');
    // The app read the data modules (chunks of its own), never the script's data files.
    expect(
      app.loaded.filter((url) => /\/app\/vietnam-laos\.series-\w+\.js$/.test(url)),
    ).toHaveLength(1);
    expect(app.loaded.filter((url) => /\/bundle\//.test(url))).toEqual([]);
    expect(app.figures).toEqual(bundled.figures);
  });
});

/**
 * Opens the data table of each element and of the elements in their shadow roots (panels): a
 * click on every toggle first, so the tables' chunks load and draw together, then a wait for each.
 */
async function openTables(elements: readonly Element[]): Promise<void> {
  const withTable: Element[] = [];
  const collect = (candidates: readonly Element[]) => {
    for (const element of candidates) {
      const root = element.shadowRoot;
      if (root === null) continue;
      const toggle = root.querySelector<HTMLElement>('[part=toggle]');
      if (toggle !== null) {
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        withTable.push(element);
      }
      collect([...root.querySelectorAll('*')].filter((child) => child.shadowRoot !== null));
    }
  };
  collect(elements);
  // Drawn together, the first table can take longer than openTable's 1 s wait on a busy machine.
  await vi.waitFor(
    () => {
      for (const element of withTable) $(element, '[part=table] table');
    },
    { timeout: 15_000, interval: 25 },
  );
  for (const element of withTable) await openTable(element);
}

/**
 * Every text node and accessible label of an element, shadow trees included (styles left out):
 * what a reader or a screen reader gets of its figures.
 */
function figuresOf(node: Node): string[] {
  const out: string[] = [];
  const walk = (current: Node) => {
    // Node types rather than `instanceof`: the bundle's elements live in the iframe's realm.
    if (current.nodeType === Node.ELEMENT_NODE) {
      const element = current as Element;
      if (element.localName === 'style') return;
      const label = element.getAttribute('aria-label');
      if (label) out.push(`[${label}]`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    if (current.nodeType === Node.TEXT_NODE) {
      const text = (current.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return out;
}

describe('the placeholder stylesheet', () => {
  /** Opens a page whose script arrives late and returns its layout shift once all have loaded. */
  async function shiftOf(path: string): Promise<number> {
    const page = (await open(path, 0)) as Window & PageState & { __cls: number };
    const deadline = performance.now() + 15_000;
    const elements = () => [...page.document.querySelectorAll('body > *')];
    // Each element defined and showing its figure, no longer loading (`aria-busy`): a shift
    // measured before they appear would say nothing (review h105, F14).
    const drawn = (e: Element) =>
      !e.localName.includes('-') ||
      e.shadowRoot?.querySelector('[part=figure]:not([aria-busy=true])') != null;
    while (!elements().every(drawn)) {
      if (performance.now() > deadline) {
        const late = elements().filter((e) => !drawn(e));
        throw new Error(`not drawn in 15 s: ${late.map((e) => e.localName).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await settled(elements().filter((e) => e.shadowRoot !== null));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return page.__cls;
  }

  it("holds every element's place until the script has run: no layout shift", async () => {
    // Without it, the page is painted with empty elements and moves when they appear.
    expect(await shiftOf('/__bilateral__/late.html')).toBeGreaterThan(0.05);
    expect(await shiftOf('/__bilateral__/late-styled.html')).toBeLessThan(0.005);
  });
});
