import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { datasetCommodities } from '../dataset/dataset-commodities.js';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { formatPeriod } from '../period/index.js';
import { outcome, randomFlow, randomRequest } from './__fixtures__/random-flows.js';
import { buildSeries, type SeriesRequest } from './build-series.js';
import { pairCommodityCounts, seriesFlows } from './flow-index.js';
import type { TradeFlow } from './trade-flow.js';

/** The plain scan the index replaces: every flow tested against the request. */
function plainScan(flows: readonly TradeFlow[], request: SeriesRequest): TradeFlow[] {
  return flows.filter(
    (flow) =>
      flow.reporter === request.reporter &&
      flow.partner === request.partner &&
      flow.period.kind === request.periodKind &&
      flow.commodity === request.commodity &&
      (request.source === undefined || flow.source === request.source),
  );
}

/** The commodity counts of a pair by a plain scan, most flows first, ties in code order. */
function plainCommodities(flows: readonly TradeFlow[], reporter: string, partner: string) {
  const counts = new Map<string, number>();
  for (const flow of flows) {
    if (flow.commodity === undefined || flow.reporter !== reporter || flow.partner !== partner)
      continue;
    counts.set(flow.commodity, (counts.get(flow.commodity) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}

describe('the flow index behind buildSeries and datasetCommodities', () => {
  it('gives what a plain scan of every flow gives, request after request on one array', () => {
    fc.assert(
      fc.property(
        fc.array(randomFlow, { maxLength: 60 }),
        fc.array(randomRequest, { minLength: 1, maxLength: 6 }),
        (flows, requests) => {
          const dataset = { ...vietnamLaos, flows };
          for (const request of requests) {
            const withSources = { ...request, sources: vietnamLaos.sources };
            // The index itself: the same flows, in the same order, as a scan.
            expect(seriesFlows(flows, request)).toEqual(plainScan(flows, request));
            expect(
              [...pairCommodityCounts(flows, request.reporter, request.partner).keys()].sort(),
            ).toEqual(plainCommodities(flows, request.reporter, request.partner).sort());
            // And what the public functions make of it.
            expect(outcome(() => buildSeries(flows, withSources))).toEqual(
              outcome(() => buildSeries(plainScan(flows, withSources), withSources)),
            );
            expect(datasetCommodities(dataset, request)).toEqual(
              plainCommodities(flows, request.reporter, request.partner),
            );
          }
        },
      ),
      propertyRuns(20_261_202, { ci: 60, full: 1_000 }),
    );
  });

  it('reads an array again when flows were appended to it', () => {
    const flows = vietnamLaos.flows.filter((flow) => flow.flow === 'export');
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'imports',
      periodKind: 'year',
    } as const;
    expect(buildSeries(flows, request).points).toEqual([]);
    expect(
      datasetCommodities({ ...vietnamLaos, flows }, { reporter: 'VNM', partner: 'LAO' }),
    ).toEqual([]);
    flows.push(...vietnamLaos.flows.filter((flow) => flow.flow === 'import'), {
      ...(vietnamLaos.flows[0] as TradeFlow),
      commodity: '0901',
    });
    expect(buildSeries(flows, request).points.map((point) => formatPeriod(point.period))).toEqual([
      '2017',
      '2021',
      '2022',
    ]);
    expect(
      datasetCommodities({ ...vietnamLaos, flows }, { reporter: 'VNM', partner: 'LAO' }),
    ).toEqual(['0901']);
  });

  it('refuses a flow in its JSON form on every call, after any problem of the request', () => {
    const flows = [
      ...vietnamLaos.flows,
      { ...(vietnamLaos.flows[0] as TradeFlow), period: '2024' },
    ] as unknown as TradeFlow[];
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    for (let call = 0; call < 2; call++) {
      expect(() => buildSeries(flows, request)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['flows', vietnamLaos.flows.length] })],
        }),
      );
    }
    expect(() => buildSeries(flows, { ...request, measure: 'exportz' as never })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['measure'] })] }),
    );
    expect(() => buildSeries(flows, request)).toThrowError(BilateralError);
  });
});
