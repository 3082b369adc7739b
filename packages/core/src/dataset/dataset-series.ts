import { shownPrecision } from '../figures/_shown-precision.js';
import type { Series } from '../flow/index.js';
import type { Dataset } from './dataset.js';
import { type DatasetSeriesRequest, datasetSeriesWith } from './dataset-series-with.js';

export type { DatasetSeriesRequest } from './dataset-series-with.js';

/**
 * Builds the series of one measure from everything a dataset publishes: its flows
 * ({@link buildSeries}: exports, imports, turnover as their sum) and its level statements. Where
 * both give a period, the more precise one wins — a published total "US$1.5 billion" (to 0.1
 * billion) beats exports plus imports when imports were given only as "US$1 billion"; a tie goes
 * to the published statement, and between two statements to the first listed. Each point says
 * where it comes from (`source`) and whether it is `uncertain`; with `impliedBases`, missing
 * year-earlier bases of published growth rates are added as derived points. With `commodity`, the
 * series is that HS code's flows alone: statements are about totals. Where several sources publish
 * a period's flows, {@link preferredFlow} chooses (the most final, then the latest, then the first
 * listed in `dataset.sources`) and the point lists the others as `alternatives`; `source` keeps one
 * source's flows and statements instead. A turnover summed from a side published as a lower bound
 * ("more than US$565 million") is that sum as if exact unless the dataset states it:
 * run {@link withTurnoverBounds} once on the dataset first (the widgets do where they validate).
 *
 * @param dataset - the dataset to draw from; its flows and statements are indexed on first use
 *   (once per array), so each call reads only the series' own — do not change them afterwards
 * @param request - reporter, partner, measure, period kind, optional commodity and source, and
 *   whether to imply bases
 * @returns the series, oldest period first, its measure plural
 * @throws {@link BilateralError} `INVALID_INPUT` naming every bad field of the request (an unknown
 * measure or period kind, a lower-case code, …) or when `dataset` is not a parsed Dataset, or a
 * flow of the series whose value is not Money (path `['flows', index, 'value', …]`), or a
 * statement that is not an object (path `['statements', index]`);
 * `INVALID_PERIOD` for a flow of the series whose period is not a valid Period (path `['flows',
 * index, 'period', …]`), or a statement of its pair, measure and source whose period is not
 * period text (path `['statements', index, 'period']`);
 * `INVALID_CURRENCY`, `INVALID_DECIMAL`, `OUT_OF_RANGE` or `INVALID_FIGURE` for a statement the
 * series reads (one of its subject's level statements, or with `impliedBases` growth statements,
 * of its period kind and source) whose currency, text or decimals are not valid, whose value is
 * negative, whose precision is not greater than 0 or greater than a value other than 0, or whose
 * rate is below −100 (paths `['statements', index, 'amount', 'currency' | 'value' | 'precision' |
 * 'text']`, `['statements', index, 'rate', 'value' | 'text']`), as `parseDataset` refuses them; a
 * statement the series does not read is not checked; `CURRENCY_MISMATCH` when the values mix
 * currencies. A rate of −100 % (or a current value of 0) implies no base, and neither does a rate
 * whose base would be past the supported range (a fall a hair short of 100 %, "down 99.99…9 %",
 * implies a base of 10^43) or before the year 1 (a rate in the year 1): that base is skipped, not
 * an error, and the series goes on without it.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * turnover.points.map((point) => formatPeriod(point.period));
 * //=> ['2017', '2018', '2019', '2021', '2022', '2023', '2024', '2025']
 * ```
 *
 * @category Datasets
 */
export function datasetSeries(dataset: Dataset, request: DatasetSeriesRequest): Series {
  // The one place a dataset's series reads figure text (see `datasetSeriesWith`).
  return datasetSeriesWith(dataset, request, shownPrecision);
}
