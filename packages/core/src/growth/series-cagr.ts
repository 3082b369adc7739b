import { periodKey } from '../_internal/by-period.js';
import type { Decimal } from '../_internal/decimal.js';
import { readSeries } from '../_internal/read-series.js';
import { checkSeries, isPartial } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { formatPeriod, isSamePeriod, type Period, yearEarlier } from '../period/index.js';
import { monthSpan } from '../period/month-index.js';
import { cagr } from './cagr.js';

/**
 * The result of {@link seriesCagr}.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const result: SeriesCagr = seriesCagr(turnover);
 * [result.rate.toFixed(4), result.intervals, result.gaps];
 * //=> ['0.1626', 8, 1]
 * ```
 *
 * @category Growth
 */
export interface SeriesCagr<C extends string = string> {
  /** The compound annual growth rate, a decimal fraction (`0.1375` = 13.75 % a year). */
  readonly rate: Decimal;
  /** The first point of the series (the base). */
  readonly first: SeriesPoint<C>;
  /** The last point of the series. */
  readonly last: SeriesPoint<C>;
  /** Whole years from the first to the last period: the exponent's denominator. */
  readonly intervals: number;
  /**
   * How many of the same-part-of-the-year periods strictly between the ends (for a yearly series:
   * the years in between) have no point. They do not change the rate, which depends on the two
   * ends only, but a reader should know the rate bridges them.
   */
  readonly gaps: number;
}

/**
 * The compound annual growth rate of a series, from its first point to its last:
 * `(last ÷ first)^(1/n) − 1` with `n` the number of whole years between the two periods.
 *
 * How `n` is counted: the last period must be the first one moved by whole years (`2017` →
 * `2024`: 7; `2021-Q1` → `2024-Q1`: 3; `2023-01/2023-09` → `2024-01/2024-09`: 1). For a yearly
 * series without gaps that is the number of points − 1; a year missing in between does not shrink
 * it (it is reported in `gaps`). Any other pair (`2021-Q1` → `2024-Q3`) is refused, since a rate
 * between different parts of the year would mix seasons.
 *
 * @param series - a series with at least two points (see {@link Series})
 * @returns the rate with the two ends, the number of intervals and the number of gaps
 * @throws {@link BilateralError} `EMPTY_SERIES` when it has fewer than two points;
 * `PERIOD_MISMATCH` when its ends are not whole years apart or its periods are of mixed kinds;
 * `INCOMPLETE_PERIOD` when an end is a partial aggregate; `NON_POSITIVE_BASE` when the first value
 * is not above 0; `CURRENCY_MISMATCH` for a point in another currency; `INVALID_INPUT` when
 * `series` is not a Series; `OUT_OF_RANGE` when the rate reaches 10^36
 *
 * @example
 * ```ts
 * const turnover: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2017'), value: money('892900000', 'USD') },
 *     { period: parsePeriod('2024'), value: money('2200000000', 'USD') },
 *   ],
 * };
 * const result = seriesCagr(turnover);
 * [result.rate.toFixed(4), result.intervals, result.gaps];
 * //=> ['0.1375', 7, 6]
 * ```
 *
 * @category Growth
 */
export function seriesCagr<C extends string>(series: Series<C>): SeriesCagr<C> {
  const points = checkSeries(readSeries(series));
  const first = points[0] as SeriesPoint<C>;
  const last = points[points.length - 1] as SeriesPoint<C>;
  if (points.length < 2) {
    throw new BilateralError('EMPTY_SERIES', [
      {
        path: ['points'],
        message: `a compound rate needs at least two points; the series has only ${formatPeriod(first.period)}`,
      },
    ]);
  }
  for (const [end, index] of [
    [first, 0],
    [last, points.length - 1],
  ] as const) {
    if (isPartial(end)) {
      throw new BilateralError('INCOMPLETE_PERIOD', [
        {
          path: ['points', index],
          message: `${formatPeriod(end.period)} is a partial aggregate; a compound rate needs complete periods at both ends`,
        },
      ]);
    }
  }
  const between = yearlyStepsBetween(first.period, last.period);
  const present = new Set(points.map((point) => periodKey(point.period)));
  return Object.freeze({
    rate: cagr(first.value.amount, last.value.amount, between.length + 1),
    first,
    last,
    intervals: between.length + 1,
    gaps: between.filter((period) => !present.has(periodKey(period))).length,
  });
}

/** The periods strictly between `first` and `last` that are whole years from `first`. */
function yearlyStepsBetween(first: Period, last: Period): Period[] {
  const months = monthSpan(last)[0] - monthSpan(first)[0];
  if (months > 0 && months % 12 === 0) {
    const between: Period[] = [];
    let shifted = yearEarlier(last);
    for (let step = 1; step < months / 12; step++) {
      between.unshift(shifted);
      shifted = yearEarlier(shifted);
    }
    if (isSamePeriod(shifted, first)) return between;
  }
  throw new BilateralError('PERIOD_MISMATCH', [
    {
      path: ['points'],
      message: `${formatPeriod(last)} is not ${formatPeriod(first)} moved by whole years; a compound annual rate compares the same part of the year`,
    },
  ]);
}
