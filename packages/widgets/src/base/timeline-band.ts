import type { Decimal, Locale, Money, Period, TargetPath } from '@bilateral/core/calc';
// From /targets, which the chunks that draw a band import anyway. From /calc, a barrel an app's
// first load imports too, esbuild moved the on-demand modules it re-exports (money, periods,
// growth rates) into the chunk an app loads first: 29,862 -> 31,422 B gzipped (h163).
import { uncheckedBandDecimals as bandDecimals } from '@bilateral/core/internal';
import { bandLayer } from '../charts/band.js';
import type { ChartLayer } from '../charts/series-chart.js';
import { amountScale, formatAmount, formatRate, sharedDecimals } from '../i18n/format.js';

/**
 * The core's `bandDecimals`, for the target gauge, which writes a band's ends as
 * {@link bandRates} does. Re-exported rather than imported by the gauge from the core: the same
 * code, but in that module order the dashboard page measured 37 B more gzipped (h163).
 *
 * @example
 * ```ts
 * bandDecimals(new Decimal('0.1'), new Decimal('0.105')); //=> 1
 * ```
 */
export { bandDecimals };

/**
 * A band of rates (decimal fractions) as a percentage range, with the decimals the dataset wrote
 * them with (the core's `bandDecimals`: as a published rate keeps its own; one at most, for a
 * rate the core computed) and a word joiner on each side of the dash, which keeps the range on one
 * line; one rate when its ends are equal.
 *
 * @example
 * ```ts
 * import { Decimal } from '@bilateral/core/calc';
 *
 * bandRates(new Decimal('0.1'), new Decimal('0.15'), 'en'); //=> '10\u2060–\u206015\u00a0%'
 * bandRates(new Decimal('0.105'), new Decimal('0.15'), 'vi'); //=> '10,5\u2060–\u206015,0%'
 * ```
 */
export function bandRates(lower: Decimal, upper: Decimal, locale: Locale): string {
  const decimals = bandDecimals(lower, upper);
  const [low, high] = [lower, upper].map((rate) => formatRate(rate, locale, false, decimals));
  return lower.eq(upper) ? `${high}` : `${low?.replace(/\s?%$/, '')}\u2060–\u2060${high}`;
}

/**
 * A band's two amounts, for its end labels and the live region, written with the same decimals
 * ({@link sharedDecimals}) when they are written in the same scale ({@link amountScale}):
 * `US$1.82 billion` and `US$1.90 billion`, not `US$1.9 billion`; but `US$950 million` and
 * `US$1.05 billion`.
 *
 * @example
 * ```ts
 * import { money } from '@bilateral/core/calc';
 *
 * bandAmounts({ lower: money('1820000000', 'USD'), upper: money('1900000000', 'USD') }, 'zh');
 * //=> { lower: '18.2亿美元', upper: '19.0亿美元' }
 * ```
 */
export function bandAmounts(
  band: { readonly lower: Money; readonly upper: Money },
  locale: Locale,
): { readonly lower: string; readonly upper: string } {
  const { lower, upper } = band;
  const fractionDigits =
    amountScale(lower, locale) === amountScale(upper, locale)
      ? sharedDecimals([lower, upper], locale)
      : undefined;
  return {
    lower: formatAmount(lower, locale, { fractionDigits }),
    upper: formatAmount(upper, locale, { fractionDigits }),
  };
}

/**
 * A target path on a timeline chart (`timelineChart`'s `band`): the amounts its value axis must
 * reach, and the layer drawing it once the chart's periods and unit are known.
 */
export interface TimelineBand {
  /** The band's upper amounts (raw numbers), which the value axis and its unit must reach. */
  readonly tops: readonly number[];
  /** The band on `periods` (a yearly band on the year slots), in units of `divisor`. */
  layer(periods: readonly Period[], divisor: number, locale: Locale): ChartLayer;
}

/**
 * A target path as a band on a timeline chart: from its base year's value to its last year, its
 * amounts at its last year written at its end. In a module of its own, imported by the chunks
 * that draw a band (growth's target band, the target element), so that a page's first chart goes
 * without it.
 *
 * @example
 * ```ts
 * // In an element that draws a target's path under its timeline:
 * timelineChart(view, context, { kind: 'line', className: 'turnover', band: timelineBand(path) });
 * ```
 */
export function timelineBand(path: TargetPath<Money>): TimelineBand {
  const byYear = new Map<number, { readonly lower: Money; readonly upper: Money }>([
    [path.baseYear, { lower: path.base, upper: path.base }],
  ]);
  for (const point of path.points) byYear.set(point.year, point);
  const raw = (money: Money) => money.amount.toNumber();
  const end = path.points[path.points.length - 1];
  return {
    tops: [...byYear.values()].map((b) => raw(b.upper)),
    layer: (periods, divisor, locale) =>
      bandLayer(
        periods.map((period) => {
          const b = period.kind === 'year' ? byYear.get(period.year) : undefined;
          return b === undefined
            ? null
            : { lower: raw(b.lower) / divisor, upper: raw(b.upper) / divisor };
        }),
        end && bandAmounts(end, locale),
      ),
  };
}
