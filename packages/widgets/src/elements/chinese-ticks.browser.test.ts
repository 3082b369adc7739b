import { afterEach, describe, expect, it } from 'vitest';
import { type AnyElement, loadEvent, mount, shadow } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/growth.define.js';

afterEach(() => document.body.replaceChildren());

const sources = [
  { id: 's', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
];
const flow = (flowName: string, period: string, value: string) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: flowName,
  period,
  value,
  currency: 'USD',
  status: 'official',
  source: 's',
});

/** Trade in tens of millions of dollars: a Chinese axis counts it in 万美元, up to 6000万. */
const TENS_OF_MILLIONS = {
  id: 'tens',
  title: { en: 'Tens of millions' },
  sources,
  flows: [
    flow('export', '2022', '23000000'),
    flow('import', '2022', '11000000'),
    flow('export', '2023', '41000000'),
    flow('import', '2023', '17000000'),
    flow('export', '2024', '58000000'),
    flow('import', '2024', '26000000'),
  ],
};

/** The texts of an element's value axis: its unit and its ticks' values. */
async function axisTexts(markup: string): Promise<string[]> {
  const element = mount<AnyElement>(markup);
  const loaded = loadEvent(element);
  element.data = TENS_OF_MILLIONS as never;
  await loaded;
  await element.updateComplete;
  return [...shadow(element).querySelectorAll('g.grid text')].map(
    (text) => text.textContent?.trim() ?? '',
  );
}

describe('a Chinese value axis in 万美元 (h376)', () => {
  it.each([
    ['growth chart', '<bilateral-growth measure="export" locale="zh"></bilateral-growth>'],
    ['balance series chart', '<bilateral-balance view="series" locale="zh"></bilateral-balance>'],
  ])(
    'writes its ticks as the core writes 1376万美元: grouped only from five digits (%s)',
    async (_, markup) => {
      // The ticks read "1,000", "2,000", … beside the core's 2300万美元 in the tips and tables.
      const texts = await axisTexts(markup);
      expect(texts).toContain('万美元');
      const ticks = texts.filter((text) => /\d/.test(text));
      expect(ticks).toContain('2000');
      expect(ticks.filter((tick) => tick.includes(','))).toEqual([]);
    },
  );
});
