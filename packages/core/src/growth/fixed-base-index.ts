import { assertPositiveBase } from '../_internal/amounts.js';
import { byPeriod, periodKey } from '../_internal/by-period.js';
import type { Decimal } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { readSeries } from '../_internal/read-series.js';
import { checkSeries } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import type { Money } from '../money/index.js';
import { checkPeriod } from '../period/check-period.js';
import { formatPeriod, type Period, parsePeriod } from '../period/index.js';

/**
 * One point of a {@link fixedBaseIndex}.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const points: readonly IndexPoint[] = fixedBaseIndex(turnover, '2017').points;
 * points.map((p) => `${formatPeriod(p.period)}: ${p.index.toFixed(0)}`);
 * //=> ['2017: 100', '2018: 115', '2019: 129', '2021: 153', '2022: 190', '2023: 185', '2024: 246',
 * //    '2025: 334']
 * ```
 *
 * @category Growth
 */
export interface IndexPoint<C extends string = string> {
  /** The period of the point. */
  readonly period: Period;
  /** The value of the point. */
  readonly value: Money<C>;
  /** `value ÷ base × 100` (the base period is 100), 64 significant digits. */
  readonly index: Decimal;
}

/**
 * The result of {@link fixedBaseIndex}.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const result: FixedBaseIndex = fixedBaseIndex(turnover, '2017');
 * [formatPeriod(result.base.period), result.base.value.amount.toString(), result.points.length];
 * //=> ['2017', '892900000', 8]
 * ```
 *
 * @category Growth
 */
export interface FixedBaseIndex<C extends string = string> {
  /** The base point (its index is exactly 100). */
  readonly base: SeriesPoint<C>;
  /** One index point per point of the series, in order. */
  readonly points: readonly IndexPoint<C>[];
}

/**
 * A fixed-base index: every value of a series divided by the value of one base period, times 100
 * (`index = value ÷ base × 100`, rounded once to 64 significant digits). `index − 100` is the
 * growth since the base in percent.
 *
 * @param series - the series (one period kind, one currency, increasing periods)
 * @param basePeriod - the base period, as a Period or its text (`'2021'`); default: the first point
 * @returns the base point and one index point per point
 * @throws {@link BilateralError} `PERIOD_MISMATCH` when the base is of another kind than the
 * series; `INVALID_INPUT` when the base period is not in the series or `series` is not a Series;
 * `NON_POSITIVE_BASE` when the base value is 0 or less; `OUT_OF_RANGE` when an index reaches
 * 10^36; `EMPTY_SERIES`, `CURRENCY_MISMATCH`, `INVALID_PERIOD` as for any series
 *
 * @example
 * ```ts
 * const turnover: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2021'), value: money('1370000000', 'USD') },
 *     { period: parsePeriod('2024'), value: money('2200000000', 'USD') },
 *   ],
 * };
 * fixedBaseIndex(turnover).points.map((point) => point.index.toFixed(1));
 * //=> ['100.0', '160.6']
 * ```
 *
 * @category Growth
 */
export function fixedBaseIndex<C extends string>(
  series: Series<C>,
  basePeriod?: Period | string,
): FixedBaseIndex<C> {
  const points = checkSeries(readSeries(series));
  const wanted =
    basePeriod === undefined
      ? (points[0] as SeriesPoint<C>).period
      : typeof basePeriod === 'string'
        ? parsePeriod(basePeriod, ['basePeriod'])
        : checkPeriod(basePeriod, ['basePeriod']);
  const kind = (points[0] as SeriesPoint<C>).period.kind;
  if (wanted.kind !== kind) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['basePeriod'],
        message: `the base ${formatPeriod(wanted)} is a ${wanted.kind}; the series has ${kind} periods`,
      },
    ]);
  }
  const base = byPeriod(points).get(periodKey(wanted));
  if (base === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['basePeriod'], message: `the base ${formatPeriod(wanted)} is not in the series` },
    ]);
  }
  assertPositiveBase(base.value.amount, `the base ${formatPeriod(wanted)}`, ['basePeriod']);
  return Object.freeze({
    base,
    points: points.map((point, index) =>
      Object.freeze({
        period: point.period,
        value: point.value,
        index: checkRange(point.value.amount.times(100).div(base.value.amount), 'the index', [
          'points',
          index,
        ]),
      }),
    ),
  });
}
