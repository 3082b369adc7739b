import type { PeriodKind } from '../period/period.js';
import { buildCheckedSeries } from './build-checked-series.js';
import { checkSeriesFlows } from './check-series-flows.js';
import { checkSeriesRequest } from './check-series-request.js';
import type { SeriesMeasureInput } from './parse-series-measure.js';
import type { Series } from './series.js';
import type { Source } from './source.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * What {@link buildSeries} should build.
 *
 * @example
 * ```ts
 * const request: SeriesRequest = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'imports', periodKind: 'quarter',
 * };
 * buildSeries(vietnamLaos.flows, request).points.map((p) => [formatPeriod(p.period), p.source]);
 * //=> [['2021-Q1', 'seed-003-2021-04']]
 * ```
 *
 * @category Flows
 */
export interface SeriesRequest {
  /** ISO 3166-1 alpha-3, upper case (`'vnm'` is refused with the code to use). */
  readonly reporter: string;
  /** ISO 3166-1 alpha-3, upper case. */
  readonly partner: string;
  /**
   * `exports`, `imports`, or `turnover` (exports + imports, for periods where both are known);
   * `export` and `import` are accepted as aliases. Anything else is refused.
   */
  readonly measure: SeriesMeasureInput;
  /** The kind of period to draw; anything but a {@link PeriodKind} is refused. */
  readonly periodKind: PeriodKind;
  /** HS code as text; absent means totals (flows without a commodity). */
  readonly commodity?: string;
  /** Keep only this source's flows (instead of choosing among sources, see {@link preferredFlow}). */
  readonly source?: string;
  /** The dataset's sources: their dates and order decide between sources (see {@link preferredFlow}). */
  readonly sources?: readonly Source[];
}

/**
 * Builds an ordered series of one measure from trade flows: one reporter, one partner, one period
 * kind, one currency. Turnover is the exact sum of exports and imports for the periods where both
 * are known. Where several sources publish the same period, {@link preferredFlow} chooses one (the
 * most final, then the latest, then the first listed) and the point lists what the others
 * published as its `alternatives`; the `source` option keeps one source's flows instead.
 *
 * @param flows - the flows to draw from (e.g. `dataset.flows`), parsed; indexed on first use, so
 *   do not change the array afterwards (an array with flows appended is indexed again)
 * @param request - reporter, partner, measure, period kind, optional commodity, source and the
 *   dataset's sources
 * @returns the series, oldest period first (possibly with no points), its measure plural
 * @throws {@link BilateralError} `INVALID_INPUT` naming every bad field of the request (an unknown
 * measure or period kind, a lower-case code, …), a flow in its JSON form or a flow of the series
 * whose value is not Money (path `['flows', index, 'value', …]`); `INVALID_PERIOD` for a flow of
 * the series whose period is not a valid Period (path `['flows', index, 'period', …]`);
 * `OUT_OF_RANGE` for an amount out of range; `CURRENCY_MISMATCH` when the flows mix currencies;
 * `PRECISION_EXCEEDED` when a turnover, or its rounding unit, needs more than 64 digits to be exact
 *
 * @example
 * ```ts
 * const exports = buildSeries(vietnamLaos.flows, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'year',
 * });
 * exports.points.map((point) => formatPeriod(point.period));
 * //=> ['2017', '2022']
 * buildSeries(vietnamLaos.flows, { reporter: 'VNM', partner: 'LAO', measure: 'export', periodKind: 'year' }).measure;
 * //=> 'exports'
 * buildSeries(vietnamLaos.flows, { reporter: 'VNM', partner: 'LAO', measure: 'exportz', periodKind: 'years' });
 * // throws BilateralError [INVALID_INPUT]: 2 problems …
 * ```
 *
 * @category Flows
 */
export function buildSeries(flows: readonly TradeFlow[], request: SeriesRequest): Series {
  const checked = checkSeriesRequest(request);
  return buildCheckedSeries(checkSeriesFlows(flows, checked), checked);
}
