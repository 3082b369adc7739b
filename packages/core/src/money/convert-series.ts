import { periodKey } from '../_internal/by-period.js';
import type { Decimal } from '../_internal/decimal.js';
import { readSeries } from '../_internal/read-series.js';
import type { Series, SeriesPoint } from '../flow/series.js';
import { applyRate, checkConverted } from './convert.js';
import { checkTargetCurrency, indexRates, pickRate, type RateUsed } from './find-rate.js';
import type { ExchangeRate, RateKind } from './rate-table.js';

/**
 * A point of a converted series: the point in the new currency and the rate it was converted
 * with (`null` when it was already in that currency).
 *
 * @example
 * ```ts fragment
 * const point: ConvertedPoint<'VND'> = convertSeries(series, 'VND', { rates }).points[0];
 * ```
 *
 * @category Money
 */
export interface ConvertedPoint<C extends string = string> extends SeriesPoint<C> {
  /** The rate the value was converted with: the rate, its kind, date or period and source. */
  readonly rate: RateUsed | null;
}

/**
 * A series converted into another currency, each point saying which rate it used.
 *
 * @example
 * ```ts fragment
 * const inDong: ConvertedSeries<'VND'> = convertSeries(series, 'VND', { rates });
 * ```
 *
 * @category Money
 */
export interface ConvertedSeries<C extends string = string> extends Series<C> {
  readonly points: readonly ConvertedPoint<C>[];
}

/**
 * What {@link convertSeries} converts with: the rate table and, where it holds both kinds for a
 * pair and period, the kind to use.
 *
 * @example
 * ```ts
 * const options: SeriesConversionOptions = { rates: [], kind: 'period-average' };
 * ```
 *
 * @category Money
 */
export interface SeriesConversionOptions {
  /** The rate table: the caller's data (see {@link ExchangeRate}). */
  readonly rates: readonly ExchangeRate[];
  /** The kind of rate to use; needed only when the table has both for a pair and period. */
  readonly kind?: RateKind;
}

/**
 * Converts every point of a series into another currency with the rate of its own period (a
 * rate for `2024-Q3` converts the `2024-Q3` point; a yearly rate does not stand in for a
 * quarter), as {@link convert} does, and says on each point which rate it used. The values a
 * point's other sources published (`alternatives`) and its rounding unit (`precision`) are
 * converted with the same rate; `derivation` says the value was converted.
 *
 * @param series - the series to convert
 * @param to - the ISO 4217 code to convert into
 * @param options - the `rates` table (the caller's data) and optionally the `kind` of rate
 * @returns the series in `to`, each point with its `rate`
 * @throws {@link BilateralError} `MISSING_RATE` or `AMBIGUOUS_RATE` naming the pair and the
 * period, at the point's path; `UNDATED_RATE` for a row with no date; `OUT_OF_RANGE`;
 * `INVALID_INPUT`, `INVALID_CURRENCY` or `INVALID_PERIOD` for bad input
 *
 * @example
 * ```ts
 * const series: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2023'), value: money('1000', 'USD') },
 *     { period: parsePeriod('2024'), value: money('2000', 'USD') },
 *   ],
 * };
 * const rates: ExchangeRate[] = [
 *   { from: 'USD', to: 'VND', period: { kind: 'year', year: 2023 }, rate: '23800',
 *     kind: 'period-average', source: 'my-central-bank-2023' },
 *   { from: 'USD', to: 'VND', period: { kind: 'year', year: 2024 }, rate: '25000',
 *     kind: 'period-average', source: 'my-central-bank-2024' },
 * ];
 * const inDong = convertSeries(series, 'VND', { rates });
 * inDong.points.map((point) => [point.value.amount.toString(), point.rate?.source]);
 * //=> [['23800000', 'my-central-bank-2023'], ['50000000', 'my-central-bank-2024']]
 * ```
 *
 * @category Money
 */
export function convertSeries<T extends string>(
  series: Series,
  to: T,
  options: SeriesConversionOptions,
): ConvertedSeries<T> {
  const read = readSeries(series);
  const target = checkTargetCurrency(to, ['to']) as T;
  const { index, kind } = indexRates(options);
  const points = read.points.map((point, position): ConvertedPoint<T> => {
    const at = ['series', 'points', position];
    const from = point.value.currency;
    if (from === target) return { ...(point as SeriesPoint<T>), rate: null };
    const when = periodKey(point.period);
    const rate = pickRate(index, from, target, when, kind, at);
    const atRate = `at ${rate.inverse ? `1/${rate.rate.toString()}` : rate.rate.toString()} (${rate.kind}, ${rate.source})`;
    const converted = `converted from ${from} ${atRate}`;
    // What a result past the range was, in the words the caller wrote it with: the period's
    // (`when`, as formatPeriod writes it) value, an alternative or the precision, and its amount,
    // rate and the rate's source; written only for one past it (`checkConverted`).
    const named = (what: string, amount: Decimal) => () =>
      `the ${when} ${what} (${amount.toFixed()} ${from}) converted to ${target} ${atRate}`;
    const value = applyRate<T>(
      point.value,
      rate,
      [...at, 'value'],
      named('value', point.value.amount),
    );
    const alternatives = point.alternatives?.map((alternative, number) => ({
      ...alternative,
      value: applyRate<T>(
        alternative.value,
        rate,
        [...at, 'alternatives', number, 'value'],
        named(`value of ${alternative.source}`, alternative.value.amount),
      ),
    }));
    const precision =
      point.precision === undefined
        ? undefined
        : checkConverted(
            rate.inverse ? point.precision.div(rate.rate) : point.precision.times(rate.rate),
            named('precision', point.precision),
            [...at, 'precision'],
          );
    return {
      ...(point as unknown as SeriesPoint<T>),
      value,
      derivation: point.derivation === undefined ? converted : `${point.derivation}; ${converted}`,
      ...(alternatives === undefined ? {} : { alternatives }),
      ...(precision === undefined ? {} : { precision }),
      rate,
    };
  });
  return { ...read, currency: target, points };
}
