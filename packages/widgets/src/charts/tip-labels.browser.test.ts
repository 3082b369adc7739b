import { describe, expect, it } from 'vitest';
import { mountLoaded, pointAtEach, shadow } from '../__tests__/helpers.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The labels each point's tip covers, as the pointer makes each point the active one in turn:
 * the axis unit, the ticks' values and a band's values (in the chart's viewBox units), or those
 * of `labels` only.
 */
async function coveredLabels(
  markup: string,
  width: number,
  labels = '.grid text, .band-label',
): Promise<string[]> {
  const element = await mountLoaded(markup, width);
  const root = shadow(element);
  const covered: string[] = [];
  const points = await pointAtEach(element, (point) => {
    const tip = (root.querySelector('.tip-box') as SVGRectElement).getBBox();
    for (const label of root.querySelectorAll<SVGTextElement>(labels)) {
      if (overlap(tip, label.getBBox())) covered.push(`point ${point}: '${label.textContent}'`);
    }
  });
  expect(points).toBeGreaterThanOrEqual(3);
  return covered;
}

describe("a series chart's tip (QA h110 F3)", () => {
  it.each([
    // The dashboard's target panel at 1,200 px: the "(published)" tip of 2025 covered the band's
    // upper value and the tick 4.
    ['<bilateral-target dataset="vietnam-laos"></bilateral-target>', 378],
    ['<bilateral-target dataset="vietnam-laos"></bilateral-target>', 1200],
    // The first point's tip, at the left edge, covered the tick 1.
    ['<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', 1200],
  ])(
    'covers no tick value, band value nor axis unit where it has room: %s at %i px',
    async (markup, width) => {
      expect(await coveredLabels(markup, width)).toEqual([]);
    },
  );

  it.each(['en', 'zh'].flatMap((locale) => [280, 390].map((width) => [locale, width] as const)))(
    "covers no band value at any point (h333's sweep): %s at %i px",
    async (locale, width) => {
      // At 280 px the tips of 2018, 2023 and 2024 (en; 2018 in zh) covered the band's upper
      // value: no place was free of every label, and the band's value weighed no more than a tick.
      for (const chart of ['line', 'bar']) {
        const markup = `<bilateral-growth dataset="vietnam-laos" chart="${chart}" target="vnm-lao-joint-statement-2024" locale="${locale}" lang="${locale}"></bilateral-growth>`;
        expect(await coveredLabels(markup, width, '.band-label'), chart).toEqual([]);
      }
    },
  );

  it.each(['line', 'bar'])(
    'ends no line of a zh tip inside an amount (%s, the band, 280 px)',
    async (chart) => {
      // r27c: the tip of 2017 read '2017：8.929亿美' / '元，+8.5% 同比' (004e0553's break).
      const element = await mountLoaded(
        `<bilateral-growth dataset="vietnam-laos" chart="${chart}" target="vnm-lao-joint-statement-2024" locale="zh" lang="zh"></bilateral-growth>`,
        280,
      );
      const tips: string[] = [];
      await pointAtEach(element, () => {
        const lines = [...shadow(element).querySelectorAll('.tip')].map((line) => line.textContent);
        tips.push(lines.join(' / '));
      });
      expect(tips.filter((tip) => /[\d亿美] \/ [亿美元]/.test(tip))).toEqual([]);
      expect(tips.join('\n')).toContain('2017：8.929亿美元，');
    },
  );
});
