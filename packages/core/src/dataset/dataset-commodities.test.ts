import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { checkedDatasetCommodities } from './checked-dataset-commodities.js';
import { parseDataset } from './dataset.js';
import { datasetCommodities } from './dataset-commodities.js';

const flow = (partner: string, period: string, commodity?: string) => ({
  reporter: 'BRA',
  partner,
  flow: 'export',
  period,
  value: '1',
  currency: 'USD',
  source: 's',
  status: 'official',
  ...(commodity === undefined ? {} : { commodity }),
});

const dataset = parseDataset({
  id: 'bra',
  title: { en: 'Brazil' },
  sources: [{ id: 's', publisher: 'P', title: 'T', date: '2024', language: 'en' }],
  flows: [
    flow('CHN', '2021', '2601'),
    flow('CHN', '2021', '1201'),
    flow('CHN', '2022', '1201'),
    flow('CHN', '2022', '0901'),
    flow('CHN', '2022'),
    flow('USA', '2022', '0901'),
    flow('USA', '2023', '0901'),
  ],
});

describe('datasetCommodities', () => {
  it("lists a pair's HS codes, most flows first, ties in code order", () => {
    expect(datasetCommodities(dataset, { reporter: 'BRA', partner: 'CHN' })).toEqual([
      '1201',
      '0901',
      '2601',
    ]);
    expect(datasetCommodities(dataset, { reporter: 'BRA', partner: 'USA' })).toEqual(['0901']);
  });

  it('is empty for totals only, and for a pair without flows', () => {
    expect(datasetCommodities(vietnamLaos, { reporter: 'VNM', partner: 'LAO' })).toEqual([]);
    expect(datasetCommodities(dataset, { reporter: 'CHN', partner: 'BRA' })).toEqual([]);
  });

  it('refuses a lower-case code or a non-dataset instead of answering [] (defect 6)', () => {
    expect(() => datasetCommodities(dataset, { reporter: 'bra', partner: 'CHN' })).toThrowError(
      /use "BRA"/,
    );
    expect(() =>
      datasetCommodities(undefined as never, { reporter: 'BRA', partner: 'CHN' }),
    ).toThrowError(/expected a Dataset/);
    expect(() => datasetCommodities(dataset, undefined as never)).toThrowError(
      /reporter: is missing/,
    );
  });
});

describe('checkedDatasetCommodities', () => {
  it("gives the pair's codes, most flows first, for every pair of valid codes", () => {
    // Fixed values, not datasetCommodities' (which delegates to this function).
    const braPairs: Record<string, string[]> = { CHN: ['1201', '0901', '2601'], USA: ['0901'] };
    for (const data of [dataset, vietnamLaos]) {
      const codes = [...new Set(data.flows.flatMap((f) => [f.reporter, f.partner])), 'USA'];
      for (const reporter of codes) {
        for (const partner of codes) {
          const expected = (data === dataset && reporter === 'BRA' && braPairs[partner]) || [];
          expect(checkedDatasetCommodities(data, { reporter, partner })).toEqual(expected);
        }
      }
    }
  });

  it('answers [] for a code no flow has, lower case included, without checking it', () => {
    expect(checkedDatasetCommodities(dataset, { reporter: 'bra', partner: 'CHN' })).toEqual([]);
  });
});
