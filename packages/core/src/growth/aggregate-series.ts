import { describeInput } from '../_internal/quote-input.js';
import { readSeries } from '../_internal/read-series.js';
import { checkSeries } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { monthSpan } from '../period/month-index.js';
import type { AggregatedSeries, AggregateOptions } from './aggregated-series.js';
import { checkAggregateOptions, groupPoints, sumGroups } from './internal/aggregate.js';
import { isFixedKind, MONTHS_IN, periodOfKind } from './internal/calendar.js';

/**
 * Sums a series into coarser periods: months into quarters, halves or years; quarters into halves
 * or years; halves into years. Sums are exact. A coarser period is produced for every one that
 * holds at least one point; one that lacks some of its finer periods is refused
 * (`INCOMPLETE_PERIOD`, e.g. `2024-Q3 lacks 2024-08`) unless `allowIncomplete: true`, which keeps
 * it labelled `partial` with its month count and what is missing.
 *
 * @param series - a series of months, quarters or halves
 * @param to - the coarser kind: `'quarter'`, `'half'` or `'year'`
 * @param options - `allowIncomplete` (default `false`)
 * @returns the aggregated series (same reporter, partner, measure and currency)
 * @throws {@link BilateralError} `INVALID_PERIOD` when `to` is not `'quarter'`, `'half'` or
 * `'year'` (`'decade'`, `'years'`: there is no such period); `INCOMPLETE_PERIOD` naming each incomplete period and the finer
 * periods it lacks; `PERIOD_MISMATCH` when the series is not finer than `to` or is not of a
 * calendar-tiling kind (year-to-date, range); `EMPTY_SERIES`, `CURRENCY_MISMATCH` as for any series
 *
 * @example
 * ```ts
 * const months: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
 *   points: ['2024-07', '2024-08', '2024-09'].map((text) => ({
 *     period: parsePeriod(text), value: money('50', 'USD'),
 *   })),
 * };
 * const quarter = aggregateSeries(months, 'quarter').points[0];
 * [formatPeriod(quarter.period), quarter.value.amount.toString(), quarter.months];
 * //=> ['2024-Q3', '150', 3]
 * aggregateSeries({ ...months, points: months.points.filter((_, i) => i !== 1) }, 'quarter');
 * // throws BilateralError [INCOMPLETE_PERIOD]: points: 2024-Q3 lacks 2024-08
 * ```
 *
 * @category Growth
 */
export function aggregateSeries<C extends string>(
  series: Series<C>,
  to: 'quarter' | 'half' | 'year',
  options: AggregateOptions = {},
): AggregatedSeries<C> {
  if (to !== 'quarter' && to !== 'half' && to !== 'year') {
    const asked: unknown = to;
    const plural = typeof asked === 'string' && /^(quarter|half|year)s$/i.test(asked);
    throw new BilateralError('INVALID_PERIOD', [
      {
        path: ['to'],
        message: `cannot aggregate into ${describeInput(asked)}: use ${plural ? `"${String(asked).slice(0, -1).toLowerCase()}"` : '"quarter", "half" or "year"'}`,
      },
    ]);
  }
  const checked = readSeries(series);
  const points = checkSeries(checked);
  const from = (points[0] as SeriesPoint<C>).period.kind;
  if (!isFixedKind(from) || MONTHS_IN[from] >= MONTHS_IN[to]) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['points', 0, 'period'],
        message: `cannot aggregate ${from} periods into ${to}s: the series must be of months, quarters or halves finer than ${to}s`,
      },
    ]);
  }
  const groups = groupPoints(points, (point) => periodOfKind(to, monthSpan(point.period)[0]));
  return sumGroups(checked, groups, from, checkAggregateOptions(options));
}
