import { vietnamLaos } from '@bilateral/core';
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { $, expectAccessible, mountLoaded, shadow, text } from '../__tests__/helpers.js';
import '../all.js';
import { loadEconomyTable } from '../i18n/economy-names.js';
import { loadMessages } from '../i18n/messages.js';
import { tableRows } from '../publish/table-csv.js';
import { type EmbedName, embedFigure, loadEmbedTables } from './embed-figure.js';

/** The words of every SVG text of a chart, in order. */
const svgTexts = (root: ParentNode) =>
  [...root.querySelectorAll('[part=chart] svg text')].map((node) => node.textContent?.trim());

describe.each([
  ['growth', {}],
  ['balance', {}],
  ['target', {}],
  ['gates', {}],
  ['growth', { measure: 'exports', from: '2019' }],
  ['balance', { view: 'series' }],
  // A balance the published turnover narrows (about −US$500 million, as `bilateral report`).
  ['balance', { period: '2024-01/2024-09' }],
] as const)('the page without script of <bilateral-%s> %j', (name, attributes) => {
  it.each(['en', 'vi'] as const)('shows the live element’s numbers (%s)', async (locale) => {
    const tag = `bilateral-${name}`;
    const set = Object.entries(attributes)
      .map(([key, value]) => `${key}="${value}"`)
      .join(' ');
    const live = await mountLoaded(
      `<${tag} dataset="vietnam-laos" locale="${locale}" static ${set}></${tag}>`,
    );
    const svg = $<SVGSVGElement>(live, '[part=chart] svg');
    const m = await loadMessages(locale);
    await loadEconomyTable();
    await loadEmbedTables();
    const figure = embedFigure(name as EmbedName, vietnamLaos, attributes, {
      locale,
      m,
      width: svg.width.baseVal.value,
    });
    if (figure === null) throw new Error('nothing embedded');
    const page = document.createElement('div');
    render(figure.template, page);
    document.body.append(page);
    expect(text(page.querySelector('[part=title]') as Element)).toBe(text($(live, '[part=title]')));
    expect(text(page.querySelector('[part=summary]') as Element)).toBe(
      text($(live, '[part=summary]')),
    );
    expect(svgTexts(page)).toEqual(svgTexts(shadow(live)));
    // The same shapes at the same places (Lit's markers and indentation aside).
    const markup = (node: Element | null) =>
      (node?.innerHTML ?? '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(markup(page.querySelector('[part=chart] svg'))).toBe(markup(svg));
    const tables = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLTableElement>('[part=table] table')].map(tableRows);
    expect(tables(page)).toEqual(tables(shadow(live)));
    expect(text(page.querySelector('[part=footer]') as Element)).toBe(
      text($(live, '[part=footer]')),
    );
    await expectAccessible(page);
  });
});

describe('the chart of a page without script', () => {
  it.each(['growth', 'balance', 'target', 'gates'] as const)(
    'of <bilateral-%s> is drawn no wider than its --width in a wider frame, and narrows with a narrower one',
    async (name) => {
      const m = await loadMessages('en');
      await loadEconomyTable();
      await loadEmbedTables();
      const figure = embedFigure(name, vietnamLaos, {}, { locale: 'en', m, width: 640 });
      if (figure === null) throw new Error('nothing embedded');
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = figure.styles.map((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
      render(figure.template, root);
      document.body.append(host);
      const svg = root.querySelector('[part=chart] > svg') as SVGSVGElement;
      try {
        // A page opened in a wide window: the chart keeps the size its labels were drawn for.
        host.style.width = '1200px';
        expect(svg.getBoundingClientRect().width).toBe(640);
        // A frame narrower than the chart: it narrows with it.
        host.style.width = '390px';
        expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(390);
      } finally {
        host.remove();
      }
    },
  );
});
