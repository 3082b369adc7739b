import { BilateralError } from '../errors/index.js';
import { add } from '../money/index.js';
import { comparePeriods, formatPeriod, type PeriodKind } from '../period/index.js';
import { selectFlows } from './select-flows.js';
import type { Series, SeriesMeasure, SeriesPoint } from './series.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * What {@link buildSeries} should build.
 *
 * @example
 * ```ts
 * const request: SeriesRequest = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'import', periodKind: 'quarter',
 * };
 * buildSeries(vietnamLaos.flows, request).points.map((p) => [formatPeriod(p.period), p.source]);
 * //=> [['2021-Q1', 'seed-003-2021-04']]
 * ```
 *
 * @category Flows
 */
export interface SeriesRequest {
  readonly reporter: string;
  readonly partner: string;
  /** Exports, imports, or turnover (exports + imports, for periods where both are known). */
  readonly measure: SeriesMeasure;
  readonly periodKind: PeriodKind;
  /** HS code; absent means totals (flows without a commodity). */
  readonly commodity?: string;
  /** Keep only this source's flows (to resolve two sources publishing the same period). */
  readonly source?: string;
}

function oneDirection(
  flows: readonly TradeFlow[],
  request: SeriesRequest,
  direction: 'export' | 'import',
): Map<string, TradeFlow> {
  const byPeriod = new Map<string, TradeFlow>();
  const selected = selectFlows(flows, {
    reporter: request.reporter,
    partner: request.partner,
    flow: direction,
    periodKind: request.periodKind,
    commodity: request.commodity ?? null,
    ...(request.source === undefined ? {} : { source: request.source }),
  });
  for (const flow of selected) {
    const key = formatPeriod(flow.period);
    const other = byPeriod.get(key);
    if (other !== undefined) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [],
          message: `${request.reporter} ${direction}s to ${request.partner} for ${key} are published by two sources ("${other.source}" and "${flow.source}"); choose one with the "source" option`,
        },
      ]);
    }
    byPeriod.set(key, flow);
  }
  return byPeriod;
}

/**
 * Builds an ordered series of one measure from trade flows: one reporter, one partner, one period
 * kind, one currency. Turnover is the exact sum of exports and imports for the periods where both
 * are known.
 *
 * @param flows - the flows to draw from (e.g. `dataset.flows`)
 * @param request - reporter, partner, measure, period kind, optional commodity and source
 * @returns the series, oldest period first (possibly with no points)
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the flows mix currencies;
 * `INVALID_INPUT` when two sources publish the same period
 *
 * @example
 * ```ts
 * const exports = buildSeries(vietnamLaos.flows, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'export', periodKind: 'year',
 * });
 * exports.points.map((point) => formatPeriod(point.period));
 * //=> ['2017', '2022']
 * ```
 *
 * @category Flows
 */
export function buildSeries(flows: readonly TradeFlow[], request: SeriesRequest): Series {
  const exports = oneDirection(flows, request, 'export');
  const imports = oneDirection(flows, request, 'import');
  const points: SeriesPoint[] = [];
  const pick = (map: Map<string, TradeFlow>) => {
    for (const flow of map.values()) {
      points.push({
        period: flow.period,
        value: flow.value,
        source: flow.source,
        ...(flow.derivation === undefined ? {} : { derivation: flow.derivation }),
        ...(flow.uncertain ? { uncertain: true } : {}),
      });
    }
  };
  if (request.measure === 'export') pick(exports);
  else if (request.measure === 'import') pick(imports);
  else {
    for (const [key, exported] of exports) {
      const imported = imports.get(key);
      if (imported !== undefined) {
        points.push({
          period: exported.period,
          value: add(exported.value, imported.value),
          ...(exported.source === imported.source ? { source: exported.source } : {}),
          derivation: 'exports + imports',
          ...(exported.uncertain || imported.uncertain ? { uncertain: true } : {}),
        });
      }
    }
  }
  points.sort((a, b) => comparePeriods(a.period, b.period));
  const currency = points[0]?.value.currency ?? 'USD';
  points.forEach((point, index) => {
    if (point.value.currency !== currency) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: ['points', index],
          message: `${formatPeriod(point.period)} is in ${point.value.currency}, earlier periods in ${currency}; convert with a dated rate first`,
        },
      ]);
    }
  });
  return {
    reporter: request.reporter,
    partner: request.partner,
    measure: request.measure,
    currency,
    points,
  };
}
