import { vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import {
  $,
  type AnyElement,
  drawn,
  loadEvent,
  mount,
  settled,
  shadow,
  text,
} from '../__tests__/helpers.js';
import { SUBTITLES } from '../__tests__/subtitles.js';
import { BilateralDashboard } from './dashboard.js';
import './dashboard.define.js';

/** The element's height once it has not changed for five animation frames (at most 300 frames). */
async function settledHeight(element: Element): Promise<number> {
  let last = Number.NaN;
  let steady = 0;
  for (let frame = 0; frame < 300 && steady < 5; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const height = element.getBoundingClientRect().height;
    steady = height === last ? steady + 1 : 0;
    last = height;
  }
  return last;
}

describe('<bilateral-dashboard>', () => {
  it('loads once and hands the dataset to its four panels', async () => {
    const element = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
    let loads = 0;
    document.addEventListener('bilateral-load', () => loads++);
    const { dataset } = (await loadEvent(element)).detail;
    await element.updateComplete;
    const panels = [...shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')];
    expect(panels.map((panel) => panel.localName)).toEqual([
      'bilateral-growth',
      'bilateral-balance',
      'bilateral-target',
      'bilateral-gates',
    ]);
    for (const panel of panels) {
      await panel.updateComplete;
      expect(panel.data).toBe(dataset);
      expect(panel.getAttribute('reporter')).toBe('VNM');
      expect(shadow(panel).querySelector('[part=summary]')).not.toBeNull();
    }
    expect(text($(element, '[part=title]'))).toBe('Vietnam–Laos trade');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).toBe(1);
  });

  it('draws its figure once: its bilateral-load, held for its panels, fires without drawing it again', async () => {
    const proto = BilateralDashboard.prototype as unknown as { renderView: () => unknown };
    const renderView = proto.renderView;
    let draws = 0;
    proto.renderView = function (this: BilateralDashboard, ...args: []) {
      draws += 1;
      return renderView.apply(this, args);
    };
    try {
      const element = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
      await loadEvent(element);
      await settled([element]);
      await drawn();
      expect(draws).toBe(1);
    } finally {
      proto.renderView = renderView;
    }
  });

  it('passes locale, theme and range to its panels', async () => {
    const element = mount(
      '<bilateral-dashboard dataset="vietnam-laos" locale="zh" theme="dark" from="2020" to="2022"></bilateral-dashboard>',
    );
    await loadEvent(element);
    await element.updateComplete;
    const growth = $(element, 'bilateral-growth') as unknown as AnyElement;
    await growth.updateComplete;
    expect(growth.getAttribute('theme')).toBe('dark');
    // 2020 is implied by a rounded rate, 2022 sums parts known to US$0.1 and 10 million: "about".
    // Without the word joiners that keep each amount on one line.
    expect(text($(growth, '[part=summary]')).replaceAll('\u2060', '')).toBe(
      '越南–老挝贸易额从约10.3亿美元（2020）增至约17亿美元（2022）。',
    );
    expect(text($(element, '[part=title]'))).toBe('越南–老挝贸易');
  });

  it('shows its grid of panels as placeholders while loading, and nothing below moves down', async () => {
    const element = mount(
      '<bilateral-dashboard src="/__bilateral__/fixtures/valid.json"></bilateral-dashboard>',
      1200,
    );
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part=loading] .placeholder')).toHaveLength(4);
    const loading = element.getBoundingClientRect().height;
    await loadEvent(element);
    await element.updateComplete;
    for (const panel of shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')) {
      await panel.updateComplete;
    }
    // The panels learn their width from one shared ResizeObserver; on a busy machine that can take
    // a few frames, so measure once the height has held for five frames in a row.
    const loaded = await settledHeight(element);
    // This dataset has no targets: the target panel goes and the grid gets shorter, not taller.
    expect(loaded).toBeLessThanOrEqual(loading + 1);
  });

  it.each(Object.entries(SUBTITLES))(
    'starts its grid where its loading grid started, in %s, plain (no title) or not, with a subtitle or not',
    async (locale, subtitles) => {
      // Where the grid starts, from the element's top: under the title's (and subtitle's) lines.
      const gridTop = (element: Element, part: string) =>
        $(element, part).getBoundingClientRect().top - element.getBoundingClientRect().top;
      const cases = ['', ' plain'].flatMap((plain) =>
        ['', ...subtitles].map((subtitle) => `${plain}${subtitle && ` subtitle="${subtitle}"`}`),
      );
      const shifts: string[] = [];
      for (const width of [390, 768]) {
        for (const attributes of cases) {
          const loading = mount(
            `<bilateral-dashboard src="/__bilateral__/slow.json" locale="${locale}"${attributes}></bilateral-dashboard>`,
            width,
          );
          await loading.updateComplete;
          await settledHeight(loading);
          // At 390 px the long subtitle takes two lines or more: the case of a subtitle that wraps.
          if (width === 390 && attributes.endsWith(`"${subtitles[1]}"`)) {
            const summary = $(loading, '[part=summary]');
            const line = Number.parseFloat(getComputedStyle(summary).lineHeight);
            expect(summary.getBoundingClientRect().height, attributes).toBeGreaterThan(1.5 * line);
          }
          const reserved = gridTop(loading, '[part=loading]');
          const loaded = mount(
            `<bilateral-dashboard dataset="vietnam-laos" locale="${locale}"${attributes}></bilateral-dashboard>`,
            width,
          );
          await loadEvent(loaded);
          await loaded.updateComplete;
          const shift = gridTop(loaded, '[part=grid]') - reserved;
          if (Math.abs(shift) > 1) shifts.push(`${attributes} at ${width} px: ${shift} px`);
        }
      }
      expect(shifts).toEqual([]);
    },
  );

  /**
   * On pages of 280, 320, 360, 390, 768 and 1,200 px with 8 px margins. Below 21em of content
   * the Vietnamese title ("Thương mại Việt Nam – Lào") takes two lines: with one held, the page
   * moved down 29 px at 304 px and 43 px at 264 px (at 344 px up 14 px instead of 43: the
   * other panels draw shorter). At 264 px the panels' content (230 px, 14.4em) is in the
   * narrowest band, which `pnpm reserve` samples at 16 px text in no element (its narrowest,
   * 280 px wide, has 246 px): there the Vietnamese growth and gates panels draw 21 and 17 px
   * over their reserves, the balance 25 px under, and the page moves down 14 px (13.6), all the
   * test allows there. Taken from an element 264 px wide, the band would hold 20 to 68 px more a
   * panel (176 px in all), moving the page up that much further in every language: documented,
   * not fixed.
   */
  it('draws the embedded data no taller than its loading grid, in every language, on pages 320 to 1,200 px wide, and at most 14 px taller at 280 px', async () => {
    const taller: string[] = [];
    let narrowest = 0;
    for (const width of [264, 304, 344, 374, 752, 1184]) {
      const loading = mount(
        '<bilateral-dashboard src="/__bilateral__/slow.json"></bilateral-dashboard>',
        width,
      );
      await loading.updateComplete;
      const reserved = await settledHeight(loading);
      for (const locale of ['en', 'vi', 'lo', 'zh']) {
        const { element } = await laidOut(
          `<bilateral-dashboard dataset="vietnam-laos" locale="${locale}"></bilateral-dashboard>`,
          width,
        );
        const down = element.getBoundingClientRect().height - reserved;
        if (width === 264) narrowest = Math.max(narrowest, down);
        else if (down > 1) taller.push(`${locale} at ${width} px: ${Math.round(down)} px`);
      }
    }
    expect(taller).toEqual([]);
    expect(narrowest).toBeLessThanOrEqual(14);
  });
});

/** The dashboard drawn at `width`, its panels with their boxes, once all have settled. */
async function laidOut(markup: string, width: number, data?: unknown) {
  const element = mount(markup, width);
  const loaded = loadEvent(element);
  if (data !== undefined) element.data = data as never;
  await loaded;
  await element.updateComplete;
  const panels = [...shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')];
  for (const panel of panels) await panel.updateComplete;
  await settled([element]);
  await settledHeight(element);
  const boxes = panels.map((panel) => panel.getBoundingClientRect());
  const grid = $(element, '[part=grid]').getBoundingClientRect();
  return { element, panels, boxes, grid };
}

/** How many distinct left edges (columns) the boxes have. */
const columns = (boxes: readonly DOMRect[]) =>
  new Set(boxes.map((box) => Math.round(box.left))).size;

describe('<bilateral-dashboard> layout', () => {
  it('draws each panel as tall as its content, not as its row', async () => {
    const { panels, boxes } = await laidOut(
      '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
      1200,
    );
    expect(columns(boxes.slice(1))).toBe(3);
    for (const [index, panel] of panels.entries()) {
      const figure = $(panel, '[part=figure]').getBoundingClientRect();
      const padding = Number.parseFloat(getComputedStyle(panel).paddingBottom);
      // The card ends with its figure (its padding and border below it), whatever its row holds.
      expect((boxes[index] as DOMRect).bottom - figure.bottom).toBeLessThanOrEqual(padding + 2);
    }
  });

  it.each([
    [1200, 3],
    [768, 2],
    [390, 1],
  ])(
    'has as many columns as fit at %i px (%i), the third panel across two',
    async (width, count) => {
      const { boxes, grid } = await laidOut(
        '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
        width,
      );
      expect(columns(boxes.slice(1, 3))).toBe(Math.min(count, 2));
      const last = boxes[3] as DOMRect;
      // No lone card in part of a row: with three panels in two columns the third spans the row.
      if (count < 3) expect(last.width).toBeGreaterThan(grid.width - 2);
    },
  );

  it.each([
    [
      'Laos–China (no targets)',
      '<bilateral-dashboard dataset="laos-china"></bilateral-dashboard>',
      undefined,
    ],
    [
      'exports only, no targets',
      '<bilateral-dashboard></bilateral-dashboard>',
      {
        ...vietnamLaos,
        flows: vietnamLaos.flows.filter((flow) => flow.flow === 'export'),
        statements: [],
        targets: [],
      },
    ],
  ])('never has more columns than panels: %s', async (_, markup, data) => {
    const { boxes, grid } = await laidOut(markup, 1200, data);
    const beside = boxes.slice(1);
    // Each panel beside growth takes an equal share of the row, together the whole row.
    const share = (grid.width - (beside.length - 1) * 16) / beside.length;
    for (const box of beside) expect(Math.abs(box.width - share)).toBeLessThanOrEqual(16);
    expect(columns(beside)).toBe(beside.length);
  });

  it('gives its panels the whole width at 280 px: one frame, not two nested ones', async () => {
    const { element, panels, boxes } = await laidOut(
      '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
      280,
    );
    const inner = element.getBoundingClientRect().width - 2 * 17;
    for (const [index, panel] of panels.entries()) {
      expect((boxes[index] as DOMRect).width).toBeGreaterThan(inner - 1);
      const style = getComputedStyle(panel);
      expect(style.borderLeftWidth).toBe('0px');
      expect(style.paddingLeft).toBe('0px');
      // The figure inside a panel is the panel's whole width.
      expect($(panel, '[part=figure]').getBoundingClientRect().width).toBeGreaterThan(inner - 1);
    }
    // The balance bars stay readable: the labels go above them, the longer bar takes the width.
    const balance = panels.find((panel) => panel.localName === 'bilateral-balance') as AnyElement;
    const bars = [...shadow(balance).querySelectorAll('rect.bar')].map(
      (bar) => bar.getBoundingClientRect().width,
    );
    expect(Math.max(...bars)).toBeGreaterThan(0.8 * inner);
    expect(Math.min(...bars)).toBeGreaterThan(80);
  });
});

describe('<bilateral-dashboard> with a figure published as a lower bound', () => {
  // The Star: Laos' exports to Vietnam in H1 2023 were "more than US$565 million": the balance
  // panel's bar says so (its growth panel draws Laos' turnover by year, with no such figure).
  it.each([
    ['en', 'more than US$565 million'],
    ['lo', 'ຫຼາຍກວ່າ 565 ລ້ານ USD'],
  ])('says "more than" in its balance panel in %s', async (locale, words) => {
    const { panels } = await laidOut(
      `<bilateral-dashboard dataset="vietnam-laos" reporter="LAO" locale="${locale}" lang="${locale}"></bilateral-dashboard>`,
      1200,
    );
    const balance = panels.find((panel) => panel.localName === 'bilateral-balance') as AnyElement;
    const labels = [...shadow(balance).querySelectorAll('svg text')].map((node) =>
      text(node).replace(/\u00a0/gu, ' '),
    );
    expect(labels).toContain(words);
  });
});
