import type { Series } from '../flow/index.js';
import { previousPeriodInRange } from '../period/previous-period-in-range.js';
import type { GrowthPoint } from './growth-point.js';
import { growthAgainst } from './internal/growth-points.js';

/**
 * Chain (period-on-period) growth: every point against the period just before it of the same
 * kind (`2024-Q1` against `2023-Q4`, `2024-03` against `2024-02`). For year-to-date points the
 * previous period is the same months a year earlier, so this equals {@link yearOnYear}. Rates are
 * decimal fractions; seasonal series swing with the seasons.
 *
 * Every point is returned, in order; a point without a usable base gets `rate: null` with a
 * `reason` and a `message` (see {@link GrowthPoint}). The first period of the year 1 (`0001`,
 * `0001-Q1`, `0001-01`) has none before it: `missing-base` with `basePeriod: null`.
 *
 * @param series - the series (one period kind, one currency, increasing periods); periods may be
 * written as text, as for {@link yearOnYear}
 * @returns one {@link GrowthPoint} per point of the series
 * @throws {@link BilateralError} `EMPTY_SERIES`, `PERIOD_MISMATCH`, `CURRENCY_MISMATCH`,
 * `INVALID_INPUT`, `INVALID_PERIOD` or `OUT_OF_RANGE`, as {@link yearOnYear}
 *
 * @example
 * ```ts
 * const quarters: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2024-Q1'), value: money('400', 'USD') },
 *     { period: parsePeriod('2024-Q2'), value: money('500', 'USD') },
 *   ],
 * };
 * periodOnPeriod(quarters).map((point) => point.rate?.toString() ?? point.reason);
 * //=> ['missing-base', '0.25']
 * ```
 *
 * @category Growth
 */
export function periodOnPeriod<C extends string>(series: Series<C>): GrowthPoint<C>[] {
  return growthAgainst(series, previousPeriodInRange);
}
