import { describe, expect, it } from 'vitest';
import { mountLoaded, pointAtEach, shadow } from '../__tests__/helpers.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The labels each point's tip covers, as the pointer makes each point the active one in turn:
 * the axis unit, the ticks' values and a band's values (in the chart's viewBox units).
 */
async function coveredLabels(markup: string, width: number): Promise<string[]> {
  const element = await mountLoaded(markup, width);
  const root = shadow(element);
  const covered: string[] = [];
  const points = await pointAtEach(element, (point) => {
    const tip = (root.querySelector('.tip-box') as SVGRectElement).getBBox();
    for (const label of root.querySelectorAll<SVGTextElement>('.grid text, .band-label')) {
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
});
