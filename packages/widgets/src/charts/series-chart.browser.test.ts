import { describe, expect, it } from 'vitest';
import { type AnyElement, mountLoaded, shadow } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

/**
 * The tallest stretch of nothing between the bottom of the element's heading block (title,
 * summary and whatever sits above the chart) and the top of the plot (its top grid line, point,
 * line, bar or band): every text drawn in between (the axis unit, a tick's value, a rate above a
 * point, a band's value) counts as something.
 */
function blankAbovePlot(element: AnyElement): number {
  const root = shadow(element);
  const chart = root.querySelector('[part=chart]') as HTMLElement;
  const header = [...(root.querySelector('[part=figure]') as HTMLElement).children]
    .slice(0, [...(chart.parentElement as HTMLElement).children].indexOf(chart))
    .reduce((bottom, child) => Math.max(bottom, child.getBoundingClientRect().bottom), 0);
  const svg = chart.querySelector('svg') as SVGSVGElement;
  const plot = Math.min(
    ...[...svg.querySelectorAll('.grid path, .mark, .line, .band-area')].map(
      (mark) => mark.getBoundingClientRect().top,
    ),
  );
  const drawn = [...svg.querySelectorAll('text')]
    .map((node) => node.getBoundingClientRect())
    .filter((box) => box.bottom > header && box.top < plot)
    .sort((a, b) => a.top - b.top);
  let reached = header;
  let widest = 0;
  for (const box of drawn) {
    widest = Math.max(widest, box.top - reached);
    reached = Math.max(reached, box.bottom);
  }
  return Math.max(widest, plot - reached);
}

describe('the space above a series chart (issue 15: no blank band taller than 24 px)', () => {
  it.each([
    '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    '<bilateral-growth dataset="laos-china"></bilateral-growth>',
    '<bilateral-target dataset="vietnam-laos"></bilateral-target>',
    '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
  ])(
    'is at most 24 px between the heading block and the plot at every width: %s',
    async (markup) => {
      for (const width of [280, 390, 768, 1200]) {
        const element = await mountLoaded(markup, width);
        expect(blankAbovePlot(element), `${width} px`).toBeLessThanOrEqual(24);
      }
    },
  );
});
