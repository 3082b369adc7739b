import type { DisputedRate } from '@bilateral/core';
import type { Dataset, Series } from '@bilateral/core/calc';
import { uncheckedWritePeriod as writePeriod } from '@bilateral/core/internal';

/**
 * A rate as its source published it, in percent (`'11.9'`), and `true` when the dataset's own
 * levels of its period and a year earlier contradict it (marked by the build, or by the
 * validator, with the core's `withDisputedRates`).
 *
 * @example
 * ```ts
 * const rate: PublishedRate = ['11.9', true]; // Vietnam–Laos 2018: the levels give 14.8–15.9 %
 * ```
 */
export type PublishedRate = readonly [percent: string, levelsDisagree: true | undefined];

/**
 * The year-on-year rates the sources of a series of totals published about their own figures:
 * period text → the rate as published, in percent (`'32.7'`), marked when the dataset's levels
 * contradict it ({@link PublishedRate}). A point whose source also published
 * its growth is shown with that rate — what the source said — rather than one recomputed from
 * rounded levels of two sources ("about +40 %" from the Ministry's US$2.98 billion on another
 * paper's "US$2.2 billion", where the Ministry published +32.7 %). A commodity series gets
 * none (published rates are about totals), nor does a rate published in another currency than
 * the series' (CNY and USD rates differ), nor an `uncertain` one ("up about 24 %"): the point
 * keeps its computed rate, with the digits its figures support, rather than an approximate rate
 * shown as exact and marked "(published)".
 *
 * @example
 * ```ts
 * const series = datasetSeries(vietnamLaos, { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' });
 * publishedRates(vietnamLaos, series, undefined).get('2025'); //=> ['32.7', undefined]
 * publishedRates(withDisputedRates(vietnamLaos), series, undefined).get('2018'); //=> ['11.9', true]
 * ```
 */
export function publishedRates(
  dataset: Dataset,
  series: Series,
  commodity: string | undefined,
): ReadonlyMap<string, PublishedRate> {
  const rates = new Map<string, PublishedRate>();
  if (commodity !== undefined) return rates;
  const sourceOf = new Map(series.points.map((point) => [writePeriod(point.period), point.source]));
  for (const statement of dataset.statements) {
    if (
      statement.kind === 'growth' &&
      statement.uncertain !== true &&
      statement.subject === series.measure &&
      statement.reporter === series.reporter &&
      statement.partner === series.partner &&
      (statement.currency === undefined || statement.currency === series.currency) &&
      statement.source === sourceOf.get(statement.period)
    ) {
      rates.set(statement.period, [
        statement.rate.value,
        (statement as DisputedRate).levelsDisagree,
      ]);
    }
  }
  return rates;
}
