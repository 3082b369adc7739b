import type { Locale, Money, Period, TargetPath } from '@bilateral/core/calc';
import { bandLayer } from '../charts/band.js';
import type { ChartLayer } from '../charts/series-chart.js';
import { formatAmount } from '../i18n/format.js';

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
        end === undefined
          ? undefined
          : { lower: formatAmount(end.lower, locale), upper: formatAmount(end.upper, locale) },
      ),
  };
}
