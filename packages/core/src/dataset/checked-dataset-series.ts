import { Decimal } from '../_internal/decimal.js';
import { checkArgument, checkObject } from '../_internal/face-checks.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { impliedBase } from '../_internal/implied-base.js';
import { BilateralError } from '../errors/index.js';
import type { PublishedAmountFields, Statement } from '../figures/statement.js';
import { buildCheckedSeries } from '../flow/build-checked-series.js';
import type { Series, SeriesMeasure, SeriesPoint } from '../flow/index.js';
import { periodOrder } from '../period/month-index.js';
import type { Period, PeriodKind } from '../period/period.js';
import { readPeriodText } from '../period/read-period-text.js';
import { uncheckedYearEarlier } from '../period/shift-period.js';
import { uncheckedWritePeriod } from '../period/write-period.js';
import type { Dataset } from './dataset.js';
import { seriesReads, subjectStatements } from './statement-index.js';

/**
 * What {@link checkedDatasetSeries} builds: a `DatasetSeriesRequest` whose every field the caller
 * has made valid — the measure plural, the codes upper case, the period kind one of
 * {@link PeriodKind}'s.
 *
 * @example
 * ```ts
 * const request: CheckedDatasetSeriesRequest = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year', impliedBases: true,
 * };
 * ```
 *
 * @category Datasets
 */
export interface CheckedDatasetSeriesRequest {
  /** ISO 3166-1 alpha-3, upper case. */
  readonly reporter: string;
  /** ISO 3166-1 alpha-3, upper case. */
  readonly partner: string;
  /** `exports`, `imports` or `turnover` (no aliases). */
  readonly measure: SeriesMeasure;
  /** The kind of period to draw. */
  readonly periodKind: PeriodKind;
  /** Add the bases implied by published growth rates (see `datasetSeries`). Default `false`. */
  readonly impliedBases?: boolean;
  /** HS code (2, 4, 6 or 8 digits as text); absent means totals. */
  readonly commodity?: string;
  /** Use only this source's flows and statements. */
  readonly source?: string;
}

/**
 * `datasetSeriesWith` for a request the caller has made valid — the same series, without checking
 * the request (of the dataset, only what it reads: see `@throws`), so a page that builds its
 * requests from values it checked itself (an element's attributes) does not load the request
 * checker and its messages. It takes a dataset as `parseDataset` or `datasetFromCompact` give it.
 * A bad field is not reported: an unknown code, commodity or measure (anything but the three
 * plural words) draws an empty series, as for a pair the dataset does not have; use
 * `datasetSeriesWith` (root entry) for values that come from elsewhere. As there, a growth rate of
 * −100 % (or a current value of 0) implies no base, nor one whose base would be past the supported
 * range (a fall a hair short of 100 %), and an amount `"-0"` is 0.
 *
 * @param dataset - a parsed dataset
 * @param checked - reporter, partner, measure (plural), period kind, optional commodity, source
 *   and whether to imply bases, all valid
 * @param shownPrecision - the rounding step a level statement's text shows (see
 *   `datasetSeriesWith`); called only for a statement without a precision
 * @returns the series `datasetSeriesWith` gives for the request, oldest period first
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` as `datasetSeriesWith`, and whatever
 *   `shownPrecision` throws
 * @throws {@link BilateralError} `INVALID_INPUT` when `dataset.flows` is not an array of parsed
 *   trade flows (a flow in its JSON form: path `['flows', index]`; the flows are checked once per
 *   array), and `INVALID_PERIOD` when a statement it reads (its pair's, measure's and source's)
 *   has a period that is not period text, a number included (path
 *   `['statements', index, 'period']`): data that `parseDataset` or `datasetFromCompact` gave has
 *   neither. A
 *   statement's value, precision and rate are read with `new Decimal(text)`, exact for the plain
 *   decimal text in range such data has (`datasetSeriesWith` checks them, this function does not:
 *   other text is read as `Decimal` reads it, or throws its `Error`)
 * @throws {@link BilateralError} `INVALID_INPUT` at `dataset`, `checked` or `shownPrecision` for
 *   what is not an object (a function): the rest of the dataset's shape is checked as above
 *
 * @example
 * ```ts
 * const unread = () => {
 *   throw new Error('every level statement of this dataset gives its precision');
 * };
 * const turnover = checkedDatasetSeries(
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
export function checkedDatasetSeries(
  dataset: Dataset,
  checked: CheckedDatasetSeriesRequest,
  shownPrecision: (text: string, currency: string) => Decimal,
): Series {
  checkObject(dataset, ['dataset'], 'a parsed dataset (from parseDataset)');
  checkObject(
    checked,
    ['checked'],
    "a series request ({ reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'year' })",
  );
  checkArgument(
    typeof shownPrecision === 'function',
    ['shownPrecision'],
    'a function',
    shownPrecision,
  );
  return uncheckedDatasetSeries(dataset, checked, shownPrecision);
}

/**
 * {@link checkedDatasetSeries} without its checks of its arguments' shape, for the core's own
 * modules and the widgets (from `@bilateral/core/internal`), which pass a dataset they parsed and
 * a request they built.
 *
 * @internal
 * @example
 * ```ts
 * const request = { reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'year' } as const;
 * uncheckedDatasetSeries(vietnamLaos, request, () => new Decimal(1)).points.length; //=> 2
 * ```
 */
export function uncheckedDatasetSeries(
  dataset: Dataset,
  checked: CheckedDatasetSeriesRequest,
  shownPrecision: (text: string, currency: string) => Decimal,
): Series {
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
    getOrCreate(
      periods,
      statement,
      // Text only: `readPeriodText` would read the number 2017 as the year, and the point would
      // be stored under the key 2017 beside the flows' '2017' (period text is written one way).
      () =>
        (typeof statement.period === 'string' && readPeriodText(statement.period)) ||
        unread(dataset.statements, statement),
    );
  const matches = (statement: Statement) => seriesReads(checked, statement, periodOf);
  const levels = about.level.filter(matches);
  if (levels.length === 0 && (!checked.impliedBases || about.growth.length === 0)) {
    // No statement to merge: the flows' series, already in order and in one currency.
    return { ...fromFlows, points: [...fromFlows.points] };
  }
  const points = new Map<string, SeriesPoint>(
    fromFlows.points.map((point) => [uncheckedWritePeriod(point.period), point]),
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
        : new Decimal(level.amount.precision);
    const held = precisions.get(level.period);
    // The turnover `withTurnoverBounds` states beside a side published as a lower bound (its text
    // `exports + imports`) replaces the flows' sum, which knows the bound as if exact.
    if (
      points.has(level.period) &&
      held !== undefined &&
      level.amount.text !== 'exports + imports'
    ) {
      // A flow-based point yields only to an equally or more precise statement; an earlier
      // statement only to a strictly more precise one.
      const keep = fromStatement.has(level.period) ? precision.gte(held) : precision.gt(held);
      if (keep) continue;
    }
    fromStatement.add(level.period);
    precisions.set(level.period, precision);
    points.set(level.period, {
      period: periodOf(level),
      value: Object.freeze({
        // abs: "-0" is the zero it is, as parseDataset reads it.
        amount: new Decimal(level.amount.value).abs(),
        currency: level.amount.currency,
      }),
      source: level.source,
      ...(level.uncertain ? { uncertain: true } : {}),
      // Its kind, as the statement records it (`parseDataset` and `datasetFromCompact` record
      // 'more-than' for a truncated figure whose words state none: `amountWithBound`); a Dataset
      // built in code without types may give `rounding: 'truncate'` alone, which its type
      // refuses, and is such a figure too (`lowerBoundOf`'s rule, written here for the first load).
      ...(level.amount.bound || (level.amount as PublishedAmountFields).rounding === 'truncate'
        ? { lowerBound: level.amount.bound ?? 'more-than' }
        : {}),
      precision,
    });
  }
  if (checked.impliedBases) {
    const rates = about.growth.filter(matches);
    for (const rate of rates) {
      const current = points.get(rate.period);
      const fraction = new Decimal(rate.rate.value).div(100);
      // No base to imply from a current value of 0, nor from a fall of 100 % (any base falls to 0).
      if (!current?.value.amount.gt(0) || fraction.lte(-1)) continue;
      let basePeriod: Period;
      let amount: Decimal;
      try {
        basePeriod = uncheckedYearEarlier(periodOf(rate));
        amount = impliedBase(current.value.amount, fraction); // impliedAmount's checks: done above
      } catch (error) {
        // Nor before the year 1 (a rate in the year 1, review h150 A12: INVALID_PERIOD), nor past
        // the supported range (a fall a hair short of 100 %, "down 99.99…9%", implies a base of
        // 10^43: OUT_OF_RANGE), the only BilateralErrors these two calls can give here (the rate
        // is above −100 % and the current value positive, checked above): a statement every
        // reader takes never fails the series (review h130 F13). Any other error (a TypeError …)
        // is a fault and is thrown (review h160 B9). One try for both: a check of its own cost the
        // pages' bundles ~40 B; naming the two codes cost the growth page 31 B and the dashboard
        // 26 B gz, this class test about 10 B and at most 5 B (h171).
        if (error instanceof BilateralError) continue;
        throw error;
      }
      const baseKey = uncheckedWritePeriod(basePeriod);
      if (points.has(baseKey)) continue;
      points.set(baseKey, {
        period: basePeriod,
        value: Object.freeze({ amount, currency: current.value.currency }),
        source: rate.source,
        // An uncertain rate is "about" it, so that yearOnYearDigits does not give it back exact.
        derivation: `${uncheckedWritePeriod(current.period)} value ÷ (1 + ${rate.uncertain ? 'about ' : ''}${rate.rate.value} %)`,
        ...(current.uncertain || rate.uncertain ? { uncertain: true } : {}),
      });
    }
  }
  const ordered = [...points.values()].sort((a, b) => periodOrder(a.period, b.period));
  const currency = ordered[0]?.value.currency ?? fromFlows.currency;
  const other = ordered.find((point) => point.value.currency !== currency);
  if (other !== undefined) {
    throw new BilateralError('CURRENCY_MISMATCH', [
      {
        path: [],
        message: `${uncheckedWritePeriod(other.period)} is published in ${other.value.currency}, other periods in ${currency}; convert with a dated rate first`,
      },
    ]);
  }
  return { ...fromFlows, currency, points: ordered };
}

/** A statement whose period is not period text: no parsed Dataset has one. */
function unread(statements: readonly Statement[], statement: Statement): never {
  throw new BilateralError('INVALID_PERIOD', [
    {
      path: ['statements', statements.indexOf(statement), 'period'],
      message: `${JSON.stringify(String(statement.period).slice(0, 40))} is not period text: read the dataset with parseDataset`,
    },
  ]);
}
