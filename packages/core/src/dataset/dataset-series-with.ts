import type { Decimal } from '../_internal/decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import { checkSeriesFlows } from '../flow/check-series-flows.js';
import { checkSeriesRequest } from '../flow/check-series-request.js';
import type { Series, SeriesMeasureInput } from '../flow/index.js';
import { sourcesIssue } from '../flow/request-issues.js';
import type { PeriodKind } from '../period/period.js';
import { uncheckedDatasetSeries } from './checked-dataset-series.js';
import type { Dataset } from './dataset.js';
import { withCheckedStatements } from './series-statements.js';

/**
 * What {@link datasetSeries} should build.
 *
 * @example
 * ```ts
 * const request: DatasetSeriesRequest = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year-to-date',
 *   impliedBases: true,
 * };
 * const [base] = datasetSeries(vietnamLaos, request).points;
 * [formatPeriod(base.period), base.derivation];
 * //=> ['2023-01/2023-09', '2024-01/2024-09 value ÷ (1 + 25.5 %)']
 * ```
 *
 * @category Datasets
 */
export interface DatasetSeriesRequest {
  /** ISO 3166-1 alpha-3, upper case (`'vnm'` is refused with the code to use). */
  readonly reporter: string;
  /** ISO 3166-1 alpha-3, upper case. */
  readonly partner: string;
  /**
   * `exports`, `imports` or `turnover` — the words of statements' `subject`; `export` and
   * `import` are accepted as aliases. Anything else is refused.
   */
  readonly measure: SeriesMeasureInput;
  /** The kind of period to draw; anything but a {@link PeriodKind} is refused. */
  readonly periodKind: PeriodKind;
  /**
   * Add, for each published year-on-year growth rate whose base period is missing, the base
   * implied by the level and the rate (marked with a `derivation`). A rate that implies no base
   * (a fall of 100 %, a current value of 0), one past the supported range or one before the year 1
   * (a rate in the year 1) is skipped. Default `false`.
   */
  readonly impliedBases?: boolean;
  /**
   * HS code: the series of that commodity's flows. Absent means totals (flows without a
   * commodity) together with the dataset's statements, which are about totals.
   */
  readonly commodity?: string;
  /**
   * Use only this source's flows and statements. Without it, where several sources publish a
   * period the rule of {@link preferredFlow} chooses (the dataset's sources give the dates and the
   * order) and the point lists the others as `alternatives`.
   */
  readonly source?: string;
}

/** Refuses what is not a parsed Dataset — a dataset document (JSON) above all. */
function checkDataset(dataset: unknown): Dataset {
  const fields = (typeof dataset === 'object' && dataset !== null ? dataset : {}) as Record<
    string,
    unknown
  >;
  if (!Array.isArray(fields.flows) || !Array.isArray(fields.statements)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['dataset'],
        message: `expected a Dataset (from parseDataset), got ${describeInput(dataset)}`,
      },
    ]);
  }
  return dataset as Dataset;
}

/**
 * {@link datasetSeries} with the reader of published-figure text given by the caller: it reads
 * the precision of a level statement that does not give one (`amount.precision`) by calling
 * `shownPrecision(text, currency)`. The module imports no figure parser, so a bundle whose data
 * gives every precision (compact data, see `toCompactDataset`) can leave the parser out, or load
 * it on demand, and pass a reader that throws until it has.
 *
 * @param dataset - the dataset to draw from (see {@link datasetSeries})
 * @param request - reporter, partner, measure, period kind, optional commodity and source, and
 *   whether to imply bases
 * @param shownPrecision - the rounding step a level statement's text shows, in units of its
 *   currency ("US$1.5 billion" → 100000000); called only for a statement without a precision
 * @returns the series, oldest period first, its measure plural
 * @throws {@link BilateralError} as {@link datasetSeries} does, and whatever `shownPrecision`
 *   throws
 *
 * @example
 * ```ts
 * const unread = () => {
 *   throw new Error('every level statement of this dataset gives its precision');
 * };
 * const turnover = datasetSeriesWith(
 *   datasetFromCompact(toCompactDataset(vietnamLaos)),
 *   { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' },
 *   unread,
 * );
 * turnover.points.map((point) => formatPeriod(point.period));
 * //=> ['2017', '2018', '2019', '2021', '2022', '2023', '2024', '2025']
 * ```
 *
 * @category Datasets
 */
export function datasetSeriesWith(
  dataset: Dataset,
  request: DatasetSeriesRequest,
  shownPrecision: (text: string, currency: string) => Decimal,
): Series {
  checkDataset(dataset);
  const checked = checkSeriesRequest(request);
  if (request.impliedBases !== undefined && typeof request.impliedBases !== 'boolean') {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['impliedBases'],
        message: `${describeInput(request.impliedBases)} is not true or false`,
      },
    ]);
  }
  const sources = sourcesIssue(dataset.sources);
  if (sources !== undefined) throw new BilateralError('INVALID_INPUT', [sources]);
  const plain = { ...checked, impliedBases: request.impliedBases === true };
  // Flows whose amounts are not this copy's Decimals come back read through their text.
  const flows = checkSeriesFlows(dataset.flows, plain);
  return uncheckedDatasetSeries(
    withCheckedStatements(
      flows === dataset.flows ? dataset : { ...dataset, flows },
      plain,
      shownPrecision,
    ),
    plain,
    shownPrecision,
  );
}
