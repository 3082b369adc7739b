import type { Series, SeriesPoint } from '../flow/index.js';
import type { Period } from '../period/index.js';

/**
 * A point of an aggregated series: a sum of finer periods, labelled with how many months it holds
 * and, when it is partial, which finer periods are missing.
 *
 * @example
 * ```ts
 * const quarters = buildSeries(vietnamLaos.flows, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'quarter',
 * });
 * const [year] = aggregateSeries(quarters, 'year', { allowIncomplete: true }).points;
 * [formatPeriod(year.period), year.months, year.partial, year.missing.map(formatPeriod)];
 * //=> ['2021', 3, true, ['2021-Q2', '2021-Q3', '2021-Q4']]
 * ```
 *
 * @category Growth
 */
export interface AggregatedPoint<C extends string = string> extends SeriesPoint<C> {
  /** How many calendar months of data the sum holds. */
  readonly months: number;
  /** `true` when some finer periods were missing (only with `allowIncomplete: true`). */
  readonly partial: boolean;
  /** The finer periods (months, quarters or halves) that were missing; empty when complete. */
  readonly missing: readonly Period[];
}

/**
 * A series built by {@link aggregateSeries} or {@link yearToDate}: an ordinary {@link Series}
 * whose points say whether they are complete. Growth functions refuse to compare partial points
 * (`reason: 'partial-period'`).
 *
 * @example
 * ```ts
 * const months: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
 *   points: ['2024-07', '2024-08', '2024-09'].map((text) => ({
 *     period: parsePeriod(text), value: money('50', 'USD'),
 *   })),
 * };
 * const quarters: AggregatedSeries<'USD'> = aggregateSeries(months, 'quarter');
 * quarters.points[0]?.partial;
 * //=> false
 * ```
 *
 * @category Growth
 */
export interface AggregatedSeries<C extends string = string> extends Series<C> {
  /** The sums, oldest first. */
  readonly points: readonly AggregatedPoint<C>[];
}

/**
 * Options of {@link aggregateSeries} and {@link yearToDate}.
 *
 * @example
 * ```ts
 * const quarters = buildSeries(vietnamLaos.flows, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'quarter',
 * });
 * const options: AggregateOptions = { allowIncomplete: true };
 * aggregateSeries(quarters, 'year', options).points.length;
 * //=> 1
 * aggregateSeries(quarters, 'year');
 * // throws BilateralError [INCOMPLETE_PERIOD]: points: 2021 lacks 2021-Q2, 2021-Q3, 2021-Q4
 * ```
 *
 * @category Growth
 */
export interface AggregateOptions {
  /**
   * Sum incomplete periods too, labelling them `partial` with their month count, instead of
   * refusing them with `INCOMPLETE_PERIOD`. Default `false`.
   */
  readonly allowIncomplete?: boolean;
}
