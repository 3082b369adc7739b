import { describe, expect, it } from 'vitest';
import { type CommodityTotal, rollUpCommodities } from '../hs/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import { sectionTotals } from './section-totals.js';

const base = { reporter: 'VNM', partner: 'LAO', status: 'official', source: 's' } as const;
const at = (period: string, flow: 'export' | 'import') => ({
  ...base,
  flow,
  period: parsePeriod(period),
});

/** The rows' keys and values, as the report reads them. */
const shown = (rows: readonly Pick<CommodityTotal, 'flow' | 'period' | 'code' | 'value'>[]) =>
  rows.map((row) => [
    row.flow,
    row.period,
    row.code,
    row.value.amount.toFixed(),
    row.value.currency,
  ]);

describe('sectionTotals', () => {
  it('gives the section roll-up of the same flows, row for row, in its order', () => {
    const flows = [
      { ...at('2024', 'export'), commodity: '120110', value: money('0.1', 'USD') },
      { ...at('2024', 'export'), commodity: '9701', value: money('7.25', 'USD') },
      { ...at('2024', 'import'), commodity: '1507', value: money('5', 'USD') },
      { ...at('2024', 'export'), commodity: '100110', value: money('2.5', 'USD') },
      { ...at('2023', 'export'), commodity: '1201', value: money('1', 'USD') },
      { ...at('2024', 'export'), commodity: '150710', value: money('3', 'USD') },
      { ...at('2024', 'export'), commodity: '7700', value: money('4', 'USD') },
    ];
    for (const level of ['heading', 'chapter'] as const) {
      const rows = rollUpCommodities(flows, { level });
      const sections = rollUpCommodities(flows, { level: 'section' });
      expect(shown(sectionTotals(rows) ?? [])).toEqual(shown(sections));
    }
    expect(shown(sectionTotals(rollUpCommodities(flows, { level: 'heading' })) ?? [])).toEqual([
      ['export', parsePeriod('2024'), 'II', '2.6', 'USD'],
      ['export', parsePeriod('2024'), 'XXI', '7.25', 'USD'],
      ['import', parsePeriod('2024'), 'III', '5', 'USD'],
      ['export', parsePeriod('2023'), 'II', '1', 'USD'],
      ['export', parsePeriod('2024'), 'III', '3', 'USD'],
      ['export', parsePeriod('2024'), null, '4', 'USD'],
    ]);
  });

  it('leaves to the roll-up a section whose rows are in several currencies', () => {
    const flows = [
      { ...at('2024', 'export'), commodity: '1201', value: money('1', 'USD') },
      { ...at('2024', 'export'), commodity: '1001', value: money('2', 'VND') },
    ];
    const rows = rollUpCommodities(flows, { level: 'heading' });
    expect(rows).toHaveLength(2);
    expect(sectionTotals(rows)).toBeUndefined();
    expect(() => rollUpCommodities(flows, { level: 'section' })).toThrow(/HS 1001 is in VND/);
  });

  it('leaves to the roll-up a section sum past the supported range', () => {
    const big = '6'.repeat(36);
    const flows = [
      { ...at('2024', 'export'), commodity: '1201', value: money(big, 'USD') },
      { ...at('2024', 'export'), commodity: '1001', value: money(big, 'USD') },
    ];
    expect(sectionTotals(rollUpCommodities(flows, { level: 'heading' }))).toBeUndefined();
    expect(() => rollUpCommodities(flows, { level: 'section' })).toThrow(
      /past the supported range/,
    );
  });
});
