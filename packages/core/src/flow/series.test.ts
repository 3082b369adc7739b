import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { formatPeriod } from '../period/index.js';
import {
  buildSeries,
  parseSource,
  parseTradeFlow,
  safeParseSource,
  safeParseTradeFlow,
  selectFlows,
  type TradeFlow,
  tradeFlowToJson,
} from './index.js';

const flow = (overrides: Record<string, unknown>): TradeFlow =>
  parseTradeFlow({
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'export',
    period: '2024',
    value: '100',
    currency: 'USD',
    status: 'official',
    source: 'a',
    ...overrides,
  });

describe('TradeFlow', () => {
  it('parses JSON into exact values and writes it back', () => {
    const json = {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2021-Q1',
      value: '159600000',
      currency: 'USD',
      valuation: 'FOB',
      commodity: '0901',
      status: 'preliminary',
      source: 'seed-003',
      precision: '100000',
      derivation: 'none',
      uncertain: false,
      note: 'n',
    } as const;
    const parsed = parseTradeFlow(json);
    expect(parsed.period).toEqual({ kind: 'quarter', year: 2021, quarter: 1 });
    expect(parsed.commodity).toBe('0901');
    expect(tradeFlowToJson(parsed)).toEqual(json);
  });

  it('reports every bad field', () => {
    const result = safeParseTradeFlow({ reporter: 'VNM', value: '-1' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues.map((issue) => issue.path[0])).toEqual(
        expect.arrayContaining([
          'partner',
          'flow',
          'period',
          'value',
          'currency',
          'status',
          'source',
        ]),
      );
    }
  });

  it('parses sources', () => {
    expect(
      parseSource({ id: 'x', publisher: 'P', title: 'T', date: '2024', language: 'en' }).id,
    ).toBe('x');
    expect(safeParseSource({ id: 'X Y' }).success).toBe(false);
  });
});

describe('selectFlows', () => {
  const flows = [
    flow({}),
    flow({ flow: 'import' }),
    flow({ period: '2024-Q1' }),
    flow({ commodity: '4001' }),
    flow({ reporter: 'LAO', partner: 'VNM' }),
    flow({ source: 'b', period: '2023' }),
  ];

  it('keeps flows matching every given field', () => {
    expect(selectFlows(flows, {})).toHaveLength(6);
    expect(selectFlows(flows, { reporter: 'VNM', flow: 'export' })).toHaveLength(4);
    expect(selectFlows(flows, { periodKind: 'quarter' })).toHaveLength(1);
    expect(selectFlows(flows, { commodity: null })).toHaveLength(5);
    expect(selectFlows(flows, { commodity: '4001' })).toHaveLength(1);
    expect(selectFlows(flows, { source: 'b' })).toHaveLength(1);
  });
});

describe('buildSeries', () => {
  it('orders periods and sums turnover exactly where both directions are known', () => {
    const flows = [
      flow({ period: '2024', value: '0.2' }),
      flow({ period: '2023', value: '0.1' }),
      flow({ period: '2024', value: '0.1', flow: 'import' }),
      flow({ period: '2022', value: '5', flow: 'import' }),
    ];
    const exports = buildSeries(flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'export',
      periodKind: 'year',
    });
    expect(exports.points.map((p) => formatPeriod(p.period))).toEqual(['2023', '2024']);
    const turnover = buildSeries(flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    expect(turnover.points.map((p) => [formatPeriod(p.period), p.value.amount.toString()])).toEqual(
      [['2024', '0.3']],
    );
    expect(turnover.currency).toBe('USD');
  });

  it('refuses two sources for one period unless one is chosen', () => {
    const flows = [flow({}), flow({ source: 'b' })];
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'export',
      periodKind: 'year',
    } as const;
    expect(() => buildSeries(flows, request)).toThrowError(
      /published by two sources \("a" and "b"\)/,
    );
    expect(buildSeries(flows, { ...request, source: 'b' }).points).toHaveLength(1);
  });

  it('refuses mixed currencies', () => {
    const flows = [flow({}), flow({ period: '2023', currency: 'VND' })];
    expect(() =>
      buildSeries(flows, {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'export',
        periodKind: 'year',
      }),
    ).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });

  it('builds the embedded Vietnam–Laos annual series', () => {
    const series = buildSeries(vietnamLaos.flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    expect(series.points.map((p) => [formatPeriod(p.period), p.value.amount.toString()])).toEqual([
      ['2017', '892900000'],
      ['2022', '1696400000'],
    ]);
  });
});
