import type { Decimal } from '../_internal/decimal.js';
import type { LowerBound } from '../figures/published-amount.js';
import type { Money } from '../money/index.js';
import type { Period } from '../period/index.js';

/**
 * What a series measures: a reporter's exports, its imports, or their sum (turnover). The same
 * words as the `subject` of a published statement and the `measure` of a target. (A flow's
 * direction, `export` or `import`, is another thing: one flow goes one way; a measure may add
 * both.) Functions that take a measure also accept the singular `export` and `import` as aliases
 * ({@link parseSeriesMeasure}); what they return always says `exports` or `imports`.
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
export type SeriesMeasure = 'exports' | 'imports' | 'turnover';

/**
 * One value of a {@link Series}.
 *
 * @example
 * ```ts
 * const ytd = { reporter: 'VNM', partner: 'LAO', periodKind: 'year-to-date' } as const;
 * const [exports] = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'exports' }).points;
 * [exports.value.amount.toString(), exports.source];
 * //=> ['491900000', 'seed-004-moit-2024-10-24']
 * const [turnover] = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'turnover' }).points;
 * [turnover.value.amount.toString(), turnover.derivation]; // an exact sum of published figures
 * //=> ['1491900000', undefined]
 * ```
 *
 * @category Flows
 */
export interface SeriesPoint<C extends string = string> {
  readonly period: Period;
  readonly value: Money<C>;
  /** Id of the source of the value, where one source gave it. */
  readonly source?: string;
  /**
   * Present when the value is not a published figure: how it was obtained (a base implied by a
   * rate, a conversion, a flow's own derivation). A turnover that is the exact sum of published
   * exports and imports has none; one with a derived part says which, e.g.
   * `'exports + imports (imports: …)'`.
   */
  readonly derivation?: string;
  /** True when the value is approximate or weakly sourced. */
  readonly uncertain?: boolean;
  /**
   * The unit the value was rounded to, in currency units, when the flows say. For turnover, its
   * parts' units summed, a part without one counting as exact (exports to the million and exact
   * imports: the million); none where a part without one is derived or approximate (`derivation`
   * and `uncertain` then say so, and `knownUnit` gives the sum a unit), or both are exact.
   */
  readonly precision?: Decimal;
  /**
   * Present when the point's statement published its figure as a lower bound (`rounding:
   * 'truncate'`): its kind, `'at-least'` ("at least US$565 million", the figure included) or
   * `'more-than'` ("more than US$565 million", left out; also a truncated figure whose words say
   * neither, as `bilateral report` words it). `value` is that figure and `precision` its step, so
   * the point stands for 565 to 566 million. Set by `checkedDatasetSeries` for a statement whose
   * amount gives its rounding and bound (the compact form writes them); absent otherwise.
   */
  readonly lowerBound?: LowerBound;
  /**
   * What other sources published for the same period, when several did and one was chosen
   * ({@link preferredFlow}), in the order they are listed; absent when only one source did.
   */
  readonly alternatives?: readonly SeriesAlternative<C>[];
}

/**
 * A value another source published for a point's period, which {@link buildSeries} did not use
 * (see {@link preferredFlow} for which one it uses).
 *
 * @example
 * ```ts
 * const pair = { reporter: 'VNM', partner: 'LAO' } as const;
 * const customs = { ...pair, flow: 'export', period: parsePeriod('2024'), status: 'official' } as const;
 * const flows = [
 *   { ...customs, value: money('120', 'USD'), source: 'customs' },
 *   { ...customs, value: money('118', 'USD'), source: 'ministry', status: 'preliminary' },
 * ] as const;
 * const [point] = buildSeries(flows, { ...pair, measure: 'exports', periodKind: 'year' }).points;
 * const other: SeriesAlternative | undefined = point?.alternatives?.[0];
 * [point?.source, other?.source, other?.value.amount.toString()];
 * //=> ['customs', 'ministry', '118']
 * ```
 *
 * @category Flows
 */
export interface SeriesAlternative<C extends string = string> {
  /** Id of the source. */
  readonly source: string;
  /** What it published (for turnover: its exports plus its imports). */
  readonly value: Money<C>;
}

/**
 * A time series of one measure for one reporter–partner pair, in one currency, with periods of
 * one kind in increasing order and no period twice. Build it with {@link buildSeries}.
 *
 * @example
 * ```ts
 * const series: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
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
