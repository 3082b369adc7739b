import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/dataset.js';
import { soy } from '../io/__fixtures__/comtrade.js';
import { importComtrade } from '../io/import-comtrade.js';
import { contributionsToGrowth } from './contributions-to-growth.js';
import { flowValues } from './flow-values.js';
import { herfindahlIndex } from './herfindahl-index.js';
import { shares } from './shares.js';

const flow = (partner: string, commodity: string | undefined, value: string, extra = {}) => ({
  reporter: 'LAO',
  partner,
  flow: 'export',
  period: '2024',
  value,
  currency: 'USD',
  ...(commodity === undefined ? {} : { commodity }),
  status: 'official',
  source: 'customs',
  ...extra,
});

const dataset = parseDataset({
  id: 'generated-extract',
  title: { en: 'A generated commodity extract' },
  sources: [
    { id: 'customs', publisher: 'Customs', title: 'Customs', date: '2025-02-01', language: 'en' },
    {
      id: 'ministry',
      publisher: 'Ministry',
      title: 'Ministry',
      date: '2025-03-01',
      language: 'en',
    },
  ],
  flows: [
    flow('CHN', '2601', '600'),
    flow('CHN', '4001', '300'),
    flow('CHN', '4001', '310', { source: 'ministry', status: 'revised' }),
    flow('CHN', undefined, '1000'),
    flow('THA', '2601', '90'),
    flow('VNM', '2601', '10'),
    flow('CHN', '2601', '999', { period: '2023' }),
    flow('CHN', '2601', '7', { flow: 'import' }),
  ],
});

describe('flowValues', () => {
  it('keys a pair’s commodity flows by HS code, choosing the preferred flow of a repeated row, never summing', () => {
    const rows = flowValues(dataset.flows, {
      by: 'commodity',
      reporter: 'LAO',
      partner: 'CHN',
      flow: 'export',
      period: '2024',
      sources: dataset.sources,
    });
    expect(rows.map((row) => [row.key, row.value.amount.toString(), row.value.currency])).toEqual([
      ['2601', '600', 'USD'],
      ['4001', '310', 'USD'],
    ]);
  });

  it('keys a commodity by partner, for the HHI by partner (600, 90, 10 of 700)', () => {
    const rows = flowValues(dataset.flows, {
      by: 'partner',
      reporter: 'LAO',
      commodity: '2601',
      flow: 'export',
      period: '2024',
    });
    expect(rows.map((row) => row.key)).toEqual(['CHN', 'THA', 'VNM']);
    // (600² + 90² + 10²) ÷ 700² = 368,200 ÷ 490,000
    expect(herfindahlIndex(rows).points?.toFixed(2)).toBe('7514.29');
    expect(
      flowValues(dataset.flows, { by: 'partner', reporter: 'LAO', flow: 'export', period: '2024' }),
    ).toEqual([{ key: 'CHN', value: expect.objectContaining({ currency: 'USD' }) }]);
  });

  it('reads a UN Comtrade import (the soy fixture): growth 2021 → 2023 by product, share 1', () => {
    const { document } = importComtrade([soy(2021), soy(2023)]);
    const soyData = parseDataset({ id: 'soy', title: { en: 'Soy' }, ...document });
    const request = { by: 'commodity', reporter: 'BRA', partner: 'CHN', flow: 'export' } as const;
    const y2023 = flowValues(soyData.flows, { ...request, period: '2023' });
    const y2021 = flowValues(soyData.flows, { ...request, period: '2021' });
    const growth = contributionsToGrowth(y2023, y2021);
    // (38,917,721,136 − 27,208,101,300) ÷ 27,208,101,300
    expect(growth.rows.map((row) => [row.key, row.value?.toFixed(6)])).toEqual([
      ['1201', '0.430373'],
    ]);
    expect(shares(y2023).map((row) => row.value?.toString())).toEqual(['1']);
  });

  it('refuses flows that are not an array, an unknown key and a bad period', () => {
    const request = {
      by: 'commodity',
      reporter: 'LAO',
      partner: 'CHN',
      flow: 'export',
      period: '2024',
    } as const;
    expect(() => flowValues('flows' as never, request)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => flowValues(dataset.flows, { ...request, by: 'product' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['request', 'by'] })],
      }),
    );
    expect(() => flowValues([null] as never, request)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() =>
      flowValues(dataset.flows, { ...request, reporter: 'lao', flow: 'exports' } as never),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({
            path: ['request', 'reporter'],
            message: expect.stringContaining('"LAO"'),
          }),
          expect.objectContaining({ path: ['request', 'flow'] }),
        ],
      }),
    );
    expect(() => flowValues(dataset.flows, { ...request, period: '2024-13' })).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
  });
});
