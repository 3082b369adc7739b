import type { Decimal } from '../_internal/decimal.js';
import type { Money } from '../money/index.js';
import type { Period } from '../period/index.js';

/**
 * Why a point of {@link yearOnYear} or {@link periodOnPeriod} has no rate:
 *
 * - `missing-base` — the series has no point for the base period, or there is no base period:
 *   the year before the year 1 (`basePeriod: null`);
 * - `non-positive-base` — the base value is 0 or less, so growth from it is undefined;
 * - `partial-period` — the point or its base is a partial aggregate (from {@link aggregateSeries}
 *   or {@link yearToDate} with `allowIncomplete`), so the two cover different months.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * yearOnYear(turnover).map((p) => (p.rate === null ? p.reason : p.rate.toFixed(3)));
 * //=> ['missing-base', '0.154', '0.117', 'missing-base', '0.238', '-0.027', '0.333', '0.355']
 * ```
 *
 * @category Growth
 */
export type NoRateReason = 'missing-base' | 'non-positive-base' | 'partial-period';

/**
 * A point of a growth series that has its rate.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const rated = yearOnYear(turnover).filter((p): p is RatedGrowthPoint => p.rate !== null);
 * rated.map((p) => [formatPeriod(p.period), p.rate.toFixed(3)]).slice(-2);
 * //=> [['2024', '0.333'], ['2025', '0.355']]
 * ```
 *
 * @category Growth
 */
export interface RatedGrowthPoint<C extends string = string> {
  /** The period of the point. */
  readonly period: Period;
  /** The value of the point. */
  readonly value: Money<C>;
  /** The period it is compared with (a year earlier, or the previous period). */
  readonly basePeriod: Period;
  /** The value of the base period. */
  readonly baseValue: Money<C>;
  /** `(value − baseValue) ÷ baseValue`, a decimal fraction (`0.255` = +25.5 %). */
  readonly rate: Decimal;
}

/**
 * A point of a growth series that has no rate, with the reason. Such points are reported, never
 * dropped.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const unrated = yearOnYear(turnover).filter((p): p is UnratedGrowthPoint => p.rate === null);
 * unrated.map((p) => p.message);
 * //=> ['2017 has no base: 2016 is not in the series', '2021 has no base: 2020 is not in the series']
 * ```
 *
 * @category Growth
 */
export interface UnratedGrowthPoint<C extends string = string> {
  /** The period of the point. */
  readonly period: Period;
  /** The value of the point. */
  readonly value: Money<C>;
  /**
   * The period it would be compared with, or `null` when there is none: the base of a point at
   * the start of the year 1 would be before it, where no period is (`missing-base`).
   */
  readonly basePeriod: Period | null;
  /** The value of the base period, or `null` when the series has none. */
  readonly baseValue: Money<C> | null;
  /** Always `null`: there is no rate. */
  readonly rate: null;
  /** Why there is no rate. */
  readonly reason: NoRateReason;
  /** The reason in words, naming the periods (e.g. `"2020-Q1 is not in the series"`). */
  readonly message: string;
}

/**
 * One point of a year-on-year or period-on-period growth series: with its rate, or with the
 * reason it has none (check `point.rate === null`).
 *
 * @example
 * ```ts
 * const series = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const point: GrowthPoint = yearOnYear(series)[0];
 * point.rate === null ? point.reason : point.rate.toFixed(3);
 * //=> 'missing-base'
 * ```
 *
 * @category Growth
 */
export type GrowthPoint<C extends string = string> = RatedGrowthPoint<C> | UnratedGrowthPoint<C>;
