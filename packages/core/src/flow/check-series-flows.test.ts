import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { Decimal } from '../_internal/decimal.js';
import { datasetSeries } from '../dataset/dataset-series.js';
import { vietnamLaos } from '../datasets/index.js';
import { buildSeries } from './build-series.js';
import type { TradeFlow } from './trade-flow.js';

// Hostile flows through the checking entries (review h90, findings 1 and 3): hand-given flows whose
// period is not a Period or whose value is not Money reach `buildSeries` and `datasetSeries`,
// which check every flow the series reads (the three measures alike), as the series did when they
// wrote periods with `formatPeriod` and summed with `add`.
const index = vietnamLaos.flows.findIndex(
  (flow) => flow.reporter === 'VNM' && flow.flow === 'export' && flow.period.kind === 'year',
);
const withFlow = (change: Record<string, unknown>): TradeFlow[] =>
  vietnamLaos.flows.map((flow, i) => (i === index ? ({ ...flow, ...change } as TradeFlow) : flow));
const withValue = (value: unknown) => withFlow({ value });

describe('the series of hand-given flows check their values', () => {
  const amountIsText = { amount: '100', currency: 'USD' };
  const amountIsNumber = { amount: 100, currency: 'USD' };
  const outOfRange = { amount: new Decimal('1e40'), currency: 'USD' };
  it.each([
    ['an amount that is text', amountIsText, 'INVALID_INPUT', 'amount'],
    ['an amount that is a number', amountIsNumber, 'INVALID_INPUT', 'amount'],
    ['an amount out of range', outOfRange, 'OUT_OF_RANGE', 'amount'],
    ['no currency', { amount: new Decimal(1) }, 'INVALID_INPUT', 'currency'],
  ])('%s: a typed error naming the flow', (_name, value, code, field) => {
    const path = ['flows', index, 'value', field];
    for (const measure of ['turnover', 'exports'] as const) {
      const request = { reporter: 'VNM', partner: 'LAO', measure, periodKind: 'year' } as const;
      const flows = withValue(value);
      expect(failure(() => buildSeries(flows, request))).toEqual({ code, paths: [path] });
      const dataset = { ...vietnamLaos, flows };
      expect(failure(() => datasetSeries(dataset, request))).toEqual({ code, paths: [path] });
    }
  });

  it('draws a value that is Money as before', () => {
    const request = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' };
    const copy = { ...vietnamLaos.flows[index]?.value };
    const drawn = buildSeries(withValue(copy), request as never);
    expect(drawn.points.length).toBeGreaterThan(0);
    expect(drawn).toEqual(buildSeries(vietnamLaos.flows, request as never));
  });
});

describe('the series of hand-given flows check their periods', () => {
  it.each([
    ['a year past 9999', { kind: 'year', year: 20245 }, 'year', ['year']],
    ['a year written as text', { kind: 'year', year: '2017' }, 'year', ['year']],
    ['year 0', { kind: 'year', year: 0 }, 'year', ['year']],
    ['quarter 5', { kind: 'quarter', year: 2021, quarter: 5 }, 'quarter', ['quarter']],
  ] as const)('%s: INVALID_PERIOD naming the flow', (_name, period, periodKind, field) => {
    const path = ['flows', index, 'period', ...field];
    for (const measure of ['turnover', 'exports'] as const) {
      const request = { reporter: 'VNM', partner: 'LAO', measure, periodKind } as const;
      const flows = withFlow({ period });
      const code = 'INVALID_PERIOD';
      expect(failure(() => buildSeries(flows, request))).toEqual({ code, paths: [path] });
      const dataset = { ...vietnamLaos, flows };
      expect(failure(() => datasetSeries(dataset, request))).toEqual({ code, paths: [path] });
    }
  });
});
