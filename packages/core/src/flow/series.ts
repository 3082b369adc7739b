import type { Money } from '../money/index.js';
import type { Period } from '../period/index.js';

/**
 * What a series measures: a reporter's exports, its imports, or their sum (turnover).
 *
 * @example
 * ```ts
 * const measure: SeriesMeasure = 'turnover';
 * const series = buildSeries(vietnamLaos.flows, {
 *   reporter: 'VNM', partner: 'LAO', measure, periodKind: 'year',
 * });
 * series.points.map((p) => [formatPeriod(p.period), p.value.amount.toString()]);
 * //=> [['2017', '892900000'], ['2022', '1696400000']]
 * ```
 *
 * @category Flows
 */
export type SeriesMeasure = 'export' | 'import' | 'turnover';

/**
 * One value of a {@link Series}.
 *
 * @example
 * ```ts
 * const ytd = { reporter: 'VNM', partner: 'LAO', periodKind: 'year-to-date' } as const;
 * const [exports] = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'export' }).points;
 * [exports.value.amount.toString(), exports.source];
 * //=> ['491900000', 'seed-004-moit-2024-10-24']
 * const [turnover] = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'turnover' }).points;
 * [turnover.value.amount.toString(), turnover.derivation];
 * //=> ['1491900000', 'exports + imports']
 * ```
 *
 * @category Flows
 */
export interface SeriesPoint<C extends string = string> {
  readonly period: Period;
  readonly value: Money<C>;
  /** Id of the source of the value, where one source gave it. */
  readonly source?: string;
  /** Present when the value was computed rather than published: how. */
  readonly derivation?: string;
  /** True when the value is approximate or weakly sourced. */
  readonly uncertain?: boolean;
}

/**
 * A time series of one measure for one reporter–partner pair, in one currency, with periods of
 * one kind in increasing order and no period twice. Build it with {@link buildSeries}.
 *
 * @example
 * ```ts
 * const series: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'export', currency: 'USD',
 *   points: [{ period: parsePeriod('2021'), value: money('594500000', 'USD') }],
 * };
 * ```
 *
 * @category Flows
 */
export interface Series<C extends string = string> {
  readonly reporter: string;
  readonly partner: string;
  readonly measure: SeriesMeasure;
  readonly currency: C;
  readonly points: readonly SeriesPoint<C>[];
}
