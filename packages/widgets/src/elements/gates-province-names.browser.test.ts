import { expect, it } from 'vitest';
import { mountLoaded, openTable, settled, shadow, text } from '../__tests__/helpers.js';
import './gates.define.js';

// The provinces' column is as wide as its longest name by an estimate (7 px a character, 12 a
// Chinese one): every embedded dataset's names, on either side, in every language, are drawn
// whole and clear of their bars at 280 px (where the column is not held to half the width).
// Measured: 'Luang Namtha' 88.2 px of 92, 'Vân Nam' 54.1 of 57, Lao script 77.6 of 85.
const cases = ['vietnam-laos', 'laos-china'].flatMap((dataset) =>
  ['VNM', 'LAO', 'CHN'].flatMap((country) =>
    ['en', 'vi', 'lo', 'zh'].map((locale) => [dataset, country, locale] as const),
  ),
);

it.each(cases)(
  'draws every province name whole and left of its bar: %s, country %s, in %s',
  async (dataset, country, locale) => {
    const element = await mountLoaded(
      `<bilateral-gates dataset="${dataset}" country="${country}" locale="${locale}"></bilateral-gates>`,
      280,
    );
    await settled([element]);
    const root = shadow(element);
    // The provinces' names: the chart's texts without a class (the classes' are value labels).
    const names = [...root.querySelectorAll<SVGTextElement>('[part=chart] svg text:not([class])')];
    const start = root.querySelector<SVGRectElement>('rect.bar.province')?.x.baseVal.value;
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name.textContent).not.toMatch(/…$/);
      expect(name.getComputedTextLength(), name.textContent ?? '').toBeLessThanOrEqual(
        (start ?? 0) - 2,
      );
    }
  },
);

// Laos' side of a Vietnam–Laos crossing names no province (Cà Roòng's partner is unknown in the
// sources): the summary counts it as '(unknown)', the data's word, which a
// Vietnamese, Lao or Chinese figure writes in its language (h408), and an English one in words
// too, in the chart, the table and the filter (h414).
it.each([
  ['en', 'not known'],
  ['vi', 'chưa rõ tỉnh'],
  ['lo', 'ບໍ່ຮູ້ແຂວງ'],
  ['zh', '省份不详'],
])(
  'writes the crossings whose province is not recorded in the language: %s',
  async (locale, unknown) => {
    const element = await mountLoaded(
      `<bilateral-gates dataset="vietnam-laos" country="LAO" locale="${locale}"></bilateral-gates>`,
    );
    const names = [...shadow(element).querySelectorAll('[part=chart] svg text:not([class])')].map(
      (node) => node.textContent,
    );
    expect(names).toContain(unknown);
    expect(names).not.toContain('(unknown)');
    // After the named provinces of its count (Xiengkhouang's 1 too), and last in the filter.
    expect(names.at(-1)).toBe(unknown);
    await openTable(element);
    const rows = [...shadow(element).querySelectorAll('[part=table] tbody tr')].map(text);
    expect(rows.at(-1)).toBe(`${unknown} 1`);
    const options = [...(shadow(element).querySelectorAll('select')[1]?.options ?? [])];
    expect(options.at(-1)?.value).toBe('(unknown)');
    expect(options.at(-1)?.textContent?.trim()).toBe(unknown);
  },
);
