import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawn } from '../__tests__/helpers.js';
import type { BilateralGrowth } from '../elements/growth.js';
import { placeholderStylesheet } from './placeholder-stylesheet.js';
import { BANDS, bandOf } from './reserve.js';
import { RESERVES } from './reserves.js';

/**
 * Every element's placeholder but the dashboard's: its tag and heights by {@link BANDS} band (the
 * tables the stylesheet is made from). The dashboard's is its loading grid's height, computed
 * from these (load-shift.browser.test.ts holds it to the loading state's).
 */
const PLACEHOLDERS = Object.entries(RESERVES).map(
  ([tag, heights]) => [`bilateral-${tag}`, heights] as const,
);
/** Every tag. */
const TAGS = [...PLACEHOLDERS.map(([tag]) => tag), 'bilateral-dashboard'];

/** Padding (1rem each side) and border (1px each side) of an element not defined yet. */
const FRAME = 2 * 16 + 2;

describe('the placeholder stylesheet (bilateral-widgets.css)', () => {
  const style = document.createElement('style');
  const host = document.createElement('div');

  beforeAll(() => {
    style.textContent = placeholderStylesheet();
    document.head.append(style);
    host.style.font = '16px sans-serif';
    document.body.append(host);
  });
  afterAll(() => {
    style.remove();
    host.remove();
  });

  it("gives every element not defined yet its reserve's height at every band edge", () => {
    for (const [tag, heights] of PLACEHOLDERS) {
      expect(customElements.get(tag)).toBeUndefined();
      const element = document.createElement(tag);
      host.replaceChildren(element);
      // Each bound exactly (content width in whole px), a pixel either side, and far beyond.
      const widths = [
        ...BANDS.flatMap((bound) => [bound * 16 - 1, bound * 16, bound * 16 + 1]),
        2000,
      ];
      const drawn = widths.map((width) => {
        element.style.width = `${width + FRAME}px`;
        return Number.parseFloat(getComputedStyle(element, '::before').height) / 16;
      });
      expect(drawn, tag).toEqual(widths.map((width) => heights[bandOf(width / 16)]));
    }
  });

  /**
   * Short names a page may give its own custom properties, each with a value of its own: the
   * placeholders' rules read the same names, and custom properties inherit.
   */
  const PAGE_PROPERTIES = {
    '--h': '3',
    '--b': '7',
    '--k': '2px',
    '--t': '.3s',
    '--s': '50%',
    '--l': '90em',
  };

  it("keeps every placeholder's height when the page sets those names for itself", () => {
    const page = document.createElement('style');
    document.head.append(page);
    const variants = [
      ...TAGS.map((tag) => `<${tag}></${tag}>`),
      '<bilateral-dashboard plain></bilateral-dashboard>',
      '<bilateral-dashboard subtitle="s"></bilateral-dashboard>',
    ];
    const heights = () =>
      variants.flatMap((variant) =>
        // Text other than 16 px too: below it the px parts (`--b`) count, at 32 px the
        // narrowest band's line (`--l`).
        [280, 640, 1200].flatMap((width) =>
          [13, 16, 20, 32].map((text) => {
            host.innerHTML = variant;
            const element = host.firstElementChild as HTMLElement;
            element.style.width = `${width}px`;
            element.style.fontSize = `${text}px`;
            const height = getComputedStyle(element, '::before').height;
            return `${variant} at ${width} px, ${text} px text: ${height}`;
          }),
        ),
      );
    try {
      const unset = heights();
      for (const [name, value] of Object.entries(PAGE_PROPERTIES)) {
        // On the page's root, on the element's parent, on the element itself.
        for (const at of [':root', 'body > div', `:is(${TAGS.join()})`]) {
          page.textContent = `${at}{${name}:${value}}`;
          expect(heights(), page.textContent).toEqual(unset);
        }
      }
    } finally {
      page.remove();
    }
  });

  it('is one line, its rules without line breaks between them (gzip codes each apart)', () => {
    const sheet = placeholderStylesheet();
    expect(sheet.endsWith('}\n')).toBe(true);
    expect(sheet.slice(0, -1)).not.toContain('\n');
    // A rule follows the one before it at once.
    expect(sheet).toMatch(/\}@container \(max-width:[\d.]+em\)\{bilateral-/);
  });

  it('gives them the frame they will have: padding and border, none when plain or hidden', () => {
    host.innerHTML =
      '<bilateral-growth></bilateral-growth><bilateral-dashboard plain></bilateral-dashboard>' +
      '<bilateral-gates hidden></bilateral-gates>';
    const [growth, dashboard, gates] = [...host.children].map((element) =>
      getComputedStyle(element),
    );
    expect(growth?.display).toBe('flow-root');
    expect(growth?.paddingTop).toBe('16px');
    expect(growth?.borderTopWidth).toBe('1px');
    expect(growth?.containIntrinsicWidth).toBe('640px');
    expect(dashboard?.paddingTop).toBe('0px');
    expect(dashboard?.borderTopWidth).toBe('0px');
    expect(dashboard?.containIntrinsicWidth).toBe('1200px');
    expect(gates?.display).toBe('none');
  });

  /** Fallbacks a page may put inside an element: a link, a paragraph, bare text. */
  const FALLBACKS = [
    '<a href="/embed/growth.html">Vietnam–Laos turnover (chart)</a>',
    '<p style="margin:0">The chart needs JavaScript: <a href="/embed/growth.html">see it</a>.</p>',
    'Vietnam–Laos turnover, a chart that needs JavaScript',
  ];

  /** Where the first line of an element's content starts, from the element's own top. */
  function contentTop(element: Element): number {
    const range = document.createRange();
    range.selectNodeContents(element);
    const [line] = range.getClientRects();
    if (line === undefined) throw new Error(`${element.localName} shows no content`);
    return line.top - element.getBoundingClientRect().top;
  }

  /** The elements in `host`, each given that width. */
  function sized(width: number): HTMLElement[] {
    const elements = [...host.children] as HTMLElement[];
    for (const element of elements) element.style.width = `${width}px`;
    return elements;
  }

  it('shows content inside an element at the top of its reserve, adding no height', () => {
    for (const tag of TAGS) {
      for (const fallback of FALLBACKS) {
        for (const plain of ['', ' plain']) {
          host.innerHTML = `<${tag}${plain}></${tag}><${tag}${plain}>${fallback}</${tag}>`;
          for (const width of [280, 640, 1200]) {
            const [empty, filled] = sized(width).map((e) => e.getBoundingClientRect().height);
            const label = `${tag}${plain} at ${width} px: ${fallback}`;
            expect(filled, label).toBe(empty);
            // On the first line inside the frame (border and padding, none when plain): its
            // glyphs' box starts within the line's half-leading, not a reserve's height lower.
            const top = contentTop(host.children[1] as Element) - (plain ? 0 : 17);
            expect(top, label).toBeGreaterThanOrEqual(0);
            expect(top, label).toBeLessThan(8);
          }
        }
      }
    }
  });

  it("holds no reserve where scripts cannot run: an element takes its fallback's height", async () => {
    // A sandbox without allow-scripts: scripting is disabled in the frame's document.
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.style.width = '1300px';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    // Each element (plain or not) beside a box of its frame holding the same fallback (or none).
    const frames =
      'div{display:flow-root;box-sizing:border-box;padding:1rem;border:1px solid;line-height:1.4}div[plain]{padding:0;border:0}';
    frame.srcdoc = `<style>${placeholderStylesheet()}${frames}</style><body style="font:16px sans-serif">${TAGS.flatMap(
      (tag) =>
        ['', ' plain'].flatMap((plain) =>
          [...FALLBACKS, ''].map(
            (fallback) => `<${tag}${plain}>${fallback}</${tag}><div${plain}>${fallback}</div>`,
          ),
        ),
    ).join('')}`;
    document.body.append(frame);
    try {
      await loaded;
      const view = frame.contentWindow as Window;
      expect(view.matchMedia('(scripting: none)').matches).toBe(true);
      const elements = [...(frame.contentDocument as Document).body.children] as HTMLElement[];
      for (const width of [280, 640, 1200]) {
        const heights = elements.map((element) => {
          element.style.width = `${width}px`;
          return element.getBoundingClientRect().height;
        });
        for (let i = 0; i < elements.length; i += 2) {
          const element = elements[i] as HTMLElement;
          const label = `${element.outerHTML} at ${width} px`;
          expect(heights[i], label).toBe(heights[i + 1]);
        }
      }
    } finally {
      frame.remove();
    }
  });

  // Last: it defines <bilateral-growth>, which the tests above need undefined.
  it('does not move the page when the element is defined: its fallback is no longer drawn', async () => {
    // Width and text size: smaller text than the reserves were measured at too (QA h244: the
    // element's reserve is never less than its 16 px height, and the stylesheet's the same).
    const sizes = [
      [280, 16],
      [640, 16],
      [1200, 16],
      [390, 15],
      [1200, 14],
    ] as const;
    host.innerHTML = sizes
      .map(
        () => `<bilateral-growth src="/__bilateral__/slow.json">${FALLBACKS[1]}</bilateral-growth>`,
      )
      .join('');
    const elements = [...host.children] as HTMLElement[];
    elements.forEach((element, i) => {
      element.style.width = `${sizes[i]?.[0]}px`;
      element.style.fontSize = `${sizes[i]?.[1]}px`;
    });
    const heights = () => elements.map((element) => element.getBoundingClientRect().height);
    const fallbackDrawn = () =>
      elements.map((element) => element.querySelector('p')?.getClientRects().length);
    const before = heights();
    expect(fallbackDrawn()).toEqual([1, 1, 1, 1, 1]);
    await import('../elements/growth.define.js');
    await Promise.all(elements.map((element) => (element as BilateralGrowth).updateComplete));
    await drawn();
    // Still loading (slow.json answers after 5 s): the defined element holds its reserve.
    for (const element of elements) {
      expect(element.shadowRoot?.querySelector('[part=loading]')).not.toBeNull();
    }
    const after = heights();
    for (const [i, height] of after.entries()) {
      expect(Math.abs(height - (before[i] ?? Number.NaN))).toBeLessThanOrEqual(1);
    }
    expect(fallbackDrawn()).toEqual([0, 0, 0, 0, 0]);
  });
});
