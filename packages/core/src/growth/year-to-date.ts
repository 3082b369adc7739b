import { readSeries } from '../_internal/read-series.js';
import { checkSeries } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import type { Period } from '../period/index.js';
import { monthSpan } from '../period/month-index.js';
import type { AggregatedSeries, AggregateOptions } from './aggregated-series.js';
import { checkAggregateOptions, groupPoints, sumGroups } from './internal/aggregate.js';
import { isFixedKind, MONTHS_IN } from './internal/calendar.js';

/**
 * Year-to-date sums: for every year of the series, January through `throughMonth`
 * (`2024-01/2024-09` for 9). Feed the result to {@link yearOnYear} for year-to-date growth, the
 * ratio of the cumulative sums. A year that lacks some of those months (or quarters, halves) is
 * refused (`INCOMPLETE_PERIOD`) unless `allowIncomplete: true`, which keeps it labelled `partial`.
 * Points after `throughMonth` are not part of any year-to-date sum.
 *
 * @param series - a series of months, quarters or halves
 * @param throughMonth - the last month included, 1–12; for quarters a multiple of 3, for halves 6 or 12
 * @param options - `allowIncomplete` (default `false`)
 * @returns a series of `year-to-date` periods, one per year that has data in January–`throughMonth`
 * @throws {@link BilateralError} `INVALID_INPUT` when `throughMonth` is not an integer 1–12;
 * `PERIOD_MISMATCH` when the series kind cannot end at `throughMonth` or is not months, quarters or
 * halves; `INCOMPLETE_PERIOD` naming what each year lacks; `EMPTY_SERIES`, `CURRENCY_MISMATCH`;
 * `INVALID_INPUT` when `series` is not a Series or `options` not `{ allowIncomplete?: boolean }`
 *
 * @example
 * ```ts
 * const quarters: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'exports', currency: 'USD',
 *   points: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map((text) => ({
 *     period: parsePeriod(text), value: money('100', 'USD'),
 *   })),
 * };
 * const ytd = yearToDate(quarters, 9).points[0];
 * [formatPeriod(ytd.period), ytd.value.amount.toString()];
 * //=> ['2024-01/2024-09', '300']
 * ```
 *
 * @category Growth
 */
export function yearToDate<C extends string>(
  series: Series<C>,
  throughMonth: number,
  options?: AggregateOptions,
): AggregatedSeries<C> {
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['throughMonth'], message: `${String(throughMonth)} is not a month number 1–12` },
    ]);
  }
  const checked = readSeries(series);
  const points = checkSeries(checked);
  const from = (points[0] as SeriesPoint<C>).period.kind;
  if (!isFixedKind(from) || from === 'year' || throughMonth % MONTHS_IN[from] !== 0) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['points', 0, 'period'],
        message:
          isFixedKind(from) && from !== 'year'
            ? `a series of ${from}s has no year-to-date total through month ${throughMonth}; use a multiple of ${MONTHS_IN[from]}`
            : `year-to-date sums need a series of months, quarters or halves, not ${from} periods`,
      },
    ]);
  }
  const groups = groupPoints(points, (point): Period | undefined => {
    const last = monthSpan(point.period)[1];
    const year = Math.floor(last / 12);
    return last % 12 < throughMonth ? { kind: 'year-to-date', year, throughMonth } : undefined;
  });
  return sumGroups(checked, groups, from, checkAggregateOptions(options));
}
