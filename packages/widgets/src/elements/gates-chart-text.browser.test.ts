import { afterEach, expect, it } from 'vitest';
import { mountLoaded, openTable, settled, shadow } from '../__tests__/helpers.js';
import './gates.define.js';

afterEach(() => {
  document.documentElement.style.fontSize = '';
});

it.each(['en', 'vi', 'lo', 'zh'])(
  'names in full, in %s, every class and province its chart cuts at 200 % text',
  async (locale) => {
    // At 32 px text the chart is drawn for a 162 px box and scaled to its 324: the longest class
    // and province names are cut with "…" ("international border g…", "Thừa Thiê…"). Each is
    // whole in the filters' options and in the data table (and in its row's tip).
    document.documentElement.style.fontSize = '32px';
    const element = await mountLoaded(
      `<bilateral-gates dataset="vietnam-laos" locale="${locale}"></bilateral-gates>`,
      390,
    );
    await settled([element]);
    const root = shadow(element);
    const cut = [...root.querySelectorAll('[part=chart] svg text')]
      .map((label) => label.textContent?.trim() ?? '')
      .filter((label) => label.endsWith('…'))
      .map((label) => label.slice(0, -1));
    // English and Vietnamese cut some; Lao's and Chinese's names may all fit.
    if (locale === 'en' || locale === 'vi') expect(cut.length).toBeGreaterThan(0);
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent?.trim() ?? '');
    await openTable(element);
    const cells = [...root.querySelectorAll('table th, table td')].map(
      (cell) => cell.textContent?.trim() ?? '',
    );
    for (const start of cut) {
      const whole = options.find((option) => option.startsWith(start));
      expect(whole, start).toBeDefined();
      expect(cells, start).toContain(whole);
    }
  },
);

it('makes the provinces column as wide as the Chinese names it draws', async () => {
  // 42 % of the width (150 px at 390 px) gave Chinese names of three or four characters
  // (广治, 承天顺化: 48 px at 12 px) twice the room they need; now the longest name and 8 px.
  const element = await mountLoaded(
    '<bilateral-gates dataset="vietnam-laos" locale="zh"></bilateral-gates>',
    390,
  );
  await settled([element]);
  // The provinces' names: the chart's texts without a class (the classes' are value labels).
  const names = [
    ...shadow(element).querySelectorAll<SVGTextElement>('[part=chart] svg text:not([class])'),
  ].map((label) => label.getComputedTextLength());
  const start = shadow(element).querySelector<SVGRectElement>('rect.bar.province')?.x.baseVal.value;
  expect(names.length).toBeGreaterThan(0);
  expect(start).toBeGreaterThanOrEqual(Math.max(...names));
  expect(start).toBeLessThanOrEqual(Math.max(...names) + 24);
});
