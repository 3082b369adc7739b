import { embeddedDatasets } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { mountLoaded, shadow } from '../__tests__/helpers.js';
import '../elements/target.define.js';

// The element's width on pages of 280, 390, 768 and 1,200 px, with 8px or 16px margins each
// side, and 340 (QA h135's 390 px page: a chart 308px wide).
const WIDTHS = [248, 264, 340, 358, 374, 736, 752, 1168, 1184];

describe('categoryAxis', () => {
  // QA h135 Q10: at 390 px, 2016 (moved in from the chart's edge) touched 2018, 2028 2030.
  it.each(
    Object.entries(embeddedDatasets).flatMap(([name, dataset]) =>
      dataset.targets.map((target) => [name, target.id] as const),
    ),
  )('keeps the tick labels of %s / %s 2px apart at every width', async (name, id) => {
    for (const width of WIDTHS) {
      const element = await mountLoaded(
        `<bilateral-target dataset="${name}" target="${id}"></bilateral-target>`,
        width,
      );
      const ticks = [...shadow(element).querySelectorAll('g.axis:not(.grid) text')]
        .map((text) => text.getBoundingClientRect())
        .sort((a, b) => a.left - b.left);
      expect(ticks.length, `${width}px`).toBeGreaterThan(1);
      const gaps = ticks.slice(1).map((box, i) => Math.round(box.left - (ticks[i]?.right ?? 0)));
      expect(Math.min(...gaps), `${width}px: ${gaps}`).toBeGreaterThanOrEqual(2);
    }
  });
});
