import type { Decimal } from '../_internal/decimal.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { describeInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import type { Statement } from '../figures/statement.js';
import { buildCheckedSeries } from '../flow/build-series.js';
import { checkSeriesRequest, sourcesIssue } from '../flow/check-series-request.js';
import type { Series, SeriesMeasureInput, SeriesPoint } from '../flow/index.js';
import { impliedPrevious } from '../growth/implied-previous.js';
import { money } from '../money/money.js';
import { comparePeriods } from '../period/compare-periods.js';
import { formatPeriod } from '../period/format-period.js';
import { parsePeriod } from '../period/parse-period.js';
import type { Period, PeriodKind } from '../period/period.js';
import { yearEarlier } from '../period/previous-period.js';
import type { Dataset } from './dataset.js';
import { subjectStatements } from './statement-index.js';

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
   * implied by the level and the rate (marked with a `derivation`). Default `false`.
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
 * //=> ['2017', '2018', '2019', '2021', '2022', '2023', '2024']
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
  // The request is checked once: the flows' series is built from it as checked.
  const fromFlows = buildCheckedSeries(dataset.flows, {
    ...checked,
    sources: dataset.sources ?? [],
  });
  // Statements are about totals, so a commodity's series is drawn from its flows alone.
  const about =
    checked.commodity === undefined
      ? subjectStatements(dataset.statements, checked.reporter, checked.partner, checked.measure)
      : { level: [], growth: [] };
  // Each statement's period text read once (to match the kind, then for the point).
  const periods = new Map<Statement, Period>();
  const periodOf = (statement: Statement) =>
    getOrCreate(periods, statement, () => parsePeriod(statement.period));
  const matches = (statement: Statement) =>
    (checked.source === undefined || statement.source === checked.source) &&
    periodOf(statement).kind === checked.periodKind;
  const levels = about.level.filter(matches);
  if (levels.length === 0 && (!request.impliedBases || about.growth.length === 0)) {
    // No statement to merge: the flows' series, already in order and in one currency.
    return { ...fromFlows, points: [...fromFlows.points] };
  }
  const points = new Map<string, SeriesPoint>(
    fromFlows.points.map((point) => [formatPeriod(point.period), point]),
  );
  const precisions = new Map<string, Decimal>();
  for (const [key, point] of points) {
    if (point.precision !== undefined) precisions.set(key, point.precision);
  }
  const fromStatement = new Set<string>();
  for (const level of levels) {
    // The precision given, or the one the text shows; a text that cannot be read has one given.
    const precision =
      level.amount.precision === undefined
        ? shownPrecision(level.amount.text, level.amount.currency)
        : toDecimal(level.amount.precision, ['amount', 'precision']);
    const held = precisions.get(level.period);
    if (points.has(level.period) && held !== undefined) {
      // A flow-based point yields only to an equally or more precise statement; an earlier
      // statement only to a strictly more precise one.
      const keep = fromStatement.has(level.period) ? precision.gte(held) : precision.gt(held);
      if (keep) continue;
    }
    fromStatement.add(level.period);
    precisions.set(level.period, precision);
    points.set(level.period, {
      period: periodOf(level),
      value: money(level.amount.value, level.amount.currency),
      source: level.source,
      ...(level.uncertain ? { uncertain: true } : {}),
      precision,
    });
  }
  if (request.impliedBases) {
    const rates = about.growth.filter(matches);
    for (const rate of rates) {
      const current = points.get(rate.period);
      const basePeriod = yearEarlier(periodOf(rate));
      const baseKey = formatPeriod(basePeriod);
      if (current === undefined || points.has(baseKey)) continue;
      const fraction = toDecimal(rate.rate.value, ['rate', 'value']).div(100);
      points.set(baseKey, {
        period: basePeriod,
        value: impliedPrevious(current.value, fraction),
        source: rate.source,
        derivation: `${formatPeriod(current.period)} value ÷ (1 + ${rate.rate.value} %)`,
        ...(current.uncertain || rate.uncertain ? { uncertain: true } : {}),
      });
    }
  }
  const ordered = [...points.values()].sort((a, b) => comparePeriods(a.period, b.period));
  const currency = ordered[0]?.value.currency ?? fromFlows.currency;
  const other = ordered.find((point) => point.value.currency !== currency);
  if (other !== undefined) {
    throw new BilateralError('CURRENCY_MISMATCH', [
      {
        path: [],
        message: `${formatPeriod(other.period)} is published in ${other.value.currency}, other periods in ${currency}; convert with a dated rate first`,
      },
    ]);
  }
  return { ...fromFlows, currency, points: ordered };
}
