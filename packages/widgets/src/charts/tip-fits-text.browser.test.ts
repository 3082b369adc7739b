import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import {
  type AnyElement,
  loadEvent,
  mount,
  mountLoaded,
  pointAtEach,
  shadow,
} from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/growth.define.js';
import { lineWidth } from './boxes.js';
import { seriesChart } from './series-chart.js';

/**
 * The tip's text inside its box, whatever font draws it: this host has no Lao font, so DejaVu
 * Sans draws Lao (wider than the 7.2px a character the box was once sized by: up to 21px over),
 * Noto Sans CJK draws Chinese; Vietnamese stacks its diacritics. The page's font is
 * `system-ui, sans-serif` (see `mount`).
 */

/** Where the tip's lines or its box in `root` lie outside where they belong (none: []). */
function misfits(root: ShadowRoot, where: string): string[] {
  const svg = root.querySelector('svg') as SVGSVGElement;
  const box = (root.querySelector('.tip-box') as SVGRectElement).getBBox();
  const faults: string[] = [];
  if (box.x < 0 || box.x + box.width > svg.viewBox.baseVal.width) {
    faults.push(`${where}: the box [${box.x}, ${box.x + box.width}] leaves the chart`);
  }
  for (const line of root.querySelectorAll<SVGTextElement>('.tip')) {
    const text = line.getBBox();
    if (
      text.x < box.x ||
      text.x + text.width > box.x + box.width ||
      text.y < box.y ||
      text.y + text.height > box.y + box.height
    ) {
      const over = Math.max(box.x - text.x, text.x + text.width - box.x - box.width);
      faults.push(`${where}: '${line.textContent}' is ${over.toFixed(1)}px outside its box`);
    }
  }
  return faults;
}

/** The misfits of every point's tip, as a pointer makes each point active in turn. */
async function byPointer(element: AnyElement): Promise<string[]> {
  const faults: string[] = [];
  const points = await pointAtEach(element, (point) => {
    faults.push(...misfits(shadow(element), `pointer on ${point}`));
  });
  expect(points).toBeGreaterThanOrEqual(2);
  return faults;
}

/** The misfits of every point's tip, as the keyboard moves from the first point to the last. */
async function byKeyboard(element: AnyElement): Promise<string[]> {
  const chart = shadow(element).querySelector('[part=chart]') as HTMLElement;
  chart.focus();
  const points = shadow(element).querySelectorAll('rect.hit[data-point]').length;
  const faults: string[] = [];
  let last = '';
  let tips = 0;
  for (const key of ['Home', ...Array(30).fill('ArrowRight')]) {
    chart.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
    await element.updateComplete;
    await element.updateComplete; // drawn again once the tip's chunk has come
    const tip = shadow(element).querySelector('.tip-group')?.textContent ?? '';
    if (tip === last) break; // the last point
    last = tip;
    tips += 1;
    faults.push(...misfits(shadow(element), `key ${key} to '${tip.trim()}'`));
  }
  // Every point's tip was checked: keys that showed no tip would leave nothing to check.
  expect(tips).toBe(points);
  return faults;
}

describe("a tip's box fits its text as drawn", () => {
  it.each(
    ['en', 'vi', 'lo', 'zh'].flatMap((lang) => [280, 1200].map((width) => [lang, width] as const)),
  )('in %s at %i px, by pointer and keyboard', async (lang, width) => {
    const faults: string[] = [];
    for (const markup of [
      `<bilateral-growth dataset="vietnam-laos" lang="${lang}"></bilateral-growth>`,
      `<bilateral-balance dataset="vietnam-laos" view="series" lang="${lang}"></bilateral-balance>`,
    ]) {
      faults.push(...(await byPointer(await mountLoaded(markup, width))));
      faults.push(...(await byKeyboard(await mountLoaded(markup, width))));
    }
    expect(faults).toEqual([]);
  });
});

describe('a tip drawn while its element is not displayed', () => {
  it('is sized by the estimate (nothing to measure there), and measured again once shown', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" lang="lo"></bilateral-growth>',
      280,
    );
    const root = shadow(element);
    const column = root.querySelector('rect.hit[data-point="2"]') as SVGRectElement;
    column.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    const width = () => (root.querySelector('.tip-box') as SVGRectElement).width.baseVal.value;
    const measured = width();
    element.style.display = 'none';
    element.requestUpdate();
    await element.updateComplete;
    // As wide as the estimate of its widest line and its padding (8px a side), not as measured.
    const lines = [...root.querySelectorAll('.tip')].map((line) => line.textContent ?? '');
    expect(width()).toBe(Math.ceil(Math.max(...lines.map(lineWidth))) + 16);
    expect(width()).not.toBe(measured);
    element.style.display = '';
    element.requestUpdate();
    await element.updateComplete;
    expect(width()).toBe(measured);
    expect(misfits(root, 'shown again')).toEqual([]);
  });
});

describe('a tip is measured in the root it is drawn in', () => {
  it('of its own element, not the one that drew last (another font and language)', async () => {
    // The first element's text is spaced wide: a tip measured in the second's root overflows.
    const first = mount(
      `<bilateral-growth dataset="vietnam-laos" lang="vi" style="letter-spacing: 3px"></bilateral-growth>
      <bilateral-growth dataset="vietnam-laos" lang="zh"></bilateral-growth>`,
      280,
    );
    const second = first.nextElementSibling as AnyElement;
    await Promise.all([loadEvent(first), loadEvent(second)]);
    const faults = [...(await byPointer(second)), ...(await byPointer(first))];
    faults.push(...(await byPointer(second)));
    expect(faults).toEqual([]);
  });

  it("given to seriesChart (an app's own element), after an element of ours drew", async () => {
    await byPointer(
      await mountLoaded('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>'),
    );
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>.tip { font: 600 12px sans-serif; letter-spacing: 3px }</style>
      <svg viewBox="0 0 640 240" width="640" height="240"></svg>`;
    const chart = {
      width: 640,
      height: 240,
      labels: ['2023', '2024', '2025'],
      values: [1, 2, 1.5],
      hollow: [false, false, false],
      kind: 'line',
      className: 'turnover',
      active: 1,
      tip: '2024: US$2.0 billion, +30.0% (approximate)',
      format: String,
      unit: 'US$ billion',
      root,
    } as const;
    render(seriesChart(chart), root.querySelector('svg') as SVGSVGElement);
    expect(root.querySelectorAll('.tip').length).toBeGreaterThan(0);
    expect(misfits(root, 'in its own root')).toEqual([]);
  });
});
