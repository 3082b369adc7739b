import type { Decimal } from '../_internal/decimal.js';
import type { Money } from '../money/index.js';
import type { Period } from '../period/index.js';

/**
 * Why a point of {@link yearOnYear} or {@link periodOnPeriod} has no rate:
 *
 * - `missing-base` — the series has no point for the base period;
 * - `non-positive-base` — the base value is 0 or less, so growth from it is undefined;
 * - `partial-period` — the point or its base is a partial aggregate (from {@link aggregateSeries}
 *   or {@link yearToDate} with `allowIncomplete`), so the two cover different months.
 *
 * @category Growth
 */
export type NoRateReason = 'missing-base' | 'non-positive-base' | 'partial-period';

/**
 * A point of a growth series that has its rate.
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
 * @category Growth
 */
export interface UnratedGrowthPoint<C extends string = string> {
  /** The period of the point. */
  readonly period: Period;
  /** The value of the point. */
  readonly value: Money<C>;
  /** The period it would be compared with. */
  readonly basePeriod: Period;
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
 * const point: GrowthPoint = yearOnYear(series)[0];
 * point.rate === null ? point.reason : point.rate.toFixed(3);
 * //=> 'missing-base'
 * ```
 *
 * @category Growth
 */
export type GrowthPoint<C extends string = string> = RatedGrowthPoint<C> | UnratedGrowthPoint<C>;
