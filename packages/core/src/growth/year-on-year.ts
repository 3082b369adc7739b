import type { Series } from '../flow/index.js';
import { yearEarlierInRange } from '../period/year-earlier-in-range.js';
import type { GrowthPoint } from './growth-point.js';
import { growthAgainst } from './internal/growth-points.js';

/**
 * Year-on-year growth: every point of a series against the same period a year earlier
 * (`2024-Q3` against `2023-Q3`, `2024-01/2024-09` against `2023-01/2023-09`). For year-to-date
 * points this is the ratio of the two cumulative sums — the "first nine months, up 25.5 %" of a
 * release — never an average of monthly rates. Rates are decimal fractions.
 *
 * Every point is returned, in order. A point whose base is not in the series, is 0 or less, or
 * where either side is a partial aggregate gets `rate: null` with a `reason` and a `message`. A
 * point in the year 1 has no year before it: `missing-base`, like the first year of any series,
 * with `basePeriod: null` (periods are in the years 1–9999).
 *
 * @param series - the series (one period kind, one currency, increasing periods); a point's
 * period may be a Period or its text (`'2024-Q3'`), read with {@link parsePeriod}
 * @returns one {@link GrowthPoint} per point of the series
 * @throws {@link BilateralError} `EMPTY_SERIES` for a series without points; `PERIOD_MISMATCH`
 * for mixed period kinds; `CURRENCY_MISMATCH` for a point in another currency; `INVALID_INPUT` for
 * unordered or repeated periods or a `series` that is not a Series; `INVALID_PERIOD` for a period
 * that is not one; `OUT_OF_RANGE` for a rate of 10^36 or more
 *
 * @example
 * ```ts
 * const nineMonths: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2023-01/2023-09'), value: money('396700000', 'USD') },
 *     { period: parsePeriod('2024-01/2024-09'), value: money('491900000', 'USD') },
 *   ],
 * };
 * yearOnYear(nineMonths).map((point) => point.rate?.toFixed(3) ?? point.reason);
 * //=> ['missing-base', '0.240']
 * ```
 *
 * @category Growth
 */
export function yearOnYear<C extends string>(series: Series<C>): GrowthPoint<C>[] {
  return growthAgainst(series, yearEarlierInRange);
}
