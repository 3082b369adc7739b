import { describe, expect, it } from 'vitest';
import { mountLoaded, openTable, shadow, text } from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

/** The chart's province heading, and each province drawn under it (its name, then its count). */
function provincesDrawn(element: Element) {
  const chart = shadow(element).querySelector('[part=chart] svg') as SVGSVGElement;
  const heading = chart.querySelector('.group-label');
  const labels = [...chart.querySelectorAll('text')].map((node) => node.textContent?.trim());
  const below =
    heading === null ? [] : labels.slice(labels.indexOf(heading.textContent?.trim()) + 1);
  return { heading: heading?.textContent?.trim(), below };
}

/** The data tables, each as what its caption says it counts and its rows. */
function tables(element: Element) {
  return [...shadow(element).querySelectorAll('[part=table] table')].map((table) => [
    text(table.querySelector('caption') as Element)
      .split(/[:：]\s*/)
      .at(-1),
    [...table.querySelectorAll('tbody tr')].map(text),
  ]);
}

describe('<bilateral-gates> draws no heading over nothing (h408)', () => {
  it.each([
    ['en', 'Province (Laos)', 'Oudomxay', 'province'],
    ['vi', 'Tỉnh (Lào)', 'U Đôm Xay', 'tỉnh'],
    ['lo', 'ແຂວງ (ລາວ)', 'ອຸດົມໄຊ', 'ແຂວງ'],
    ['zh', '省份（老挝）', '乌多姆赛', '省份'],
  ])(
    // Oudomxay borders China with no crossing listed (Luang Prabang, on Vietnam's border, was
    // such a province until Na Son was put in it, h414).
    'in %s, names the province filtered on with its 0 under the heading, and in the table',
    async (locale, heading, name, counted) => {
      const element = await mountLoaded<BilateralGates>(
        `<bilateral-gates dataset="laos-china" province="Oudomxay" locale="${locale}"></bilateral-gates>`,
      );
      const drawn = provincesDrawn(element);
      expect(drawn.heading).toBe(heading);
      expect(drawn.below).toEqual([name, '0']);
      // No table of classes without a row: none is listed, and Laos' classes have no official count.
      await openTable(element);
      expect(tables(element)).toEqual([[counted, [`${name} 0`]]]);
    },
  );

  it('draws no province heading nor table of provinces when no crossing of the class shown is listed, its filter on the class', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" gate-class="opening"></bilateral-gates>',
    );
    expect(text(shadow(element).querySelector('[part=summary]') as Element)).toMatch(
      /^0 crossings are listed/,
    );
    expect(provincesDrawn(element).heading).toBeUndefined();
    // Its class filter shows the class, not "All".
    const byClass = shadow(element).querySelector('select') as HTMLSelectElement;
    expect(byClass.selectedOptions[0]?.textContent?.trim()).toBe('border opening');
    await openTable(element);
    expect(tables(element)).toEqual([['class', ['border opening 0 27 27']]]);
  });
});
