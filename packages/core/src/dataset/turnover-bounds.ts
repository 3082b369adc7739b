/**
 * The turnover of a period whose exports or imports were published as a lower bound, as a level
 * statement of its own, so that a series reads it as it reads a published bound.
 *
 * @packageDocumentation
 */
import { BilateralError } from '../errors/index.js';
import { shownPrecision } from '../figures/_shown-precision.js';
import { addIntervals } from '../figures/add-intervals.js';
import { type Interval, makeInterval } from '../figures/interval.js';
import { lowerBoundOf } from '../figures/lower-bound-of.js';
import { publishedAmount } from '../figures/published-amount.js';
import type { Statement } from '../figures/statement.js';
import type { SeriesPoint } from '../flow/index.js';
import type { PeriodKind } from '../period/period.js';
import { writePeriod } from '../period/write-period.js';
import { checkedDatasetSeries } from './checked-dataset-series.js';
import type { Dataset } from './dataset.js';

type LevelStatement = Extract<Statement, { kind: 'level' }>;

/**
 * Where a side's point lies: a lower bound's step above its figure ("more than US$565 million":
 * (565, 566) million), a rounded figure ± half its precision, an exact one at its value.
 */
function sideInterval({
  value: { amount, currency },
  precision,
  lowerBound,
}: SeriesPoint): Interval {
  if (precision === undefined) return makeInterval(amount, amount, true, true);
  // A bound of either kind is below its figure and a step (`publishedAmount` gives [565, 566)
  // for both): "more than" leaves the figure out too.
  if (lowerBound)
    return makeInterval(amount, amount.plus(precision), lowerBound === 'at-least', false);
  // A rounded figure ± half its step, never below 0.
  return publishedAmount({ value: amount, currency, precision }).interval;
}

/** Whether a point is a published figure or their exact sum: no "about", no derivation. */
const certain = (point: SeriesPoint) => !point.uncertain && point.derivation === undefined;

/**
 * A dataset with a turnover statement added for each period whose turnover its series builds as
 * exports + imports (no turnover statement of the pair and period) where a side was published as
 * a lower bound ("more than US$565 million" exports beside exactly US$267 million of imports):
 * read as exact, that sum (US$832 million) and every growth rate from it were wrong. The statement
 * is the interval the sides allow ({@link addIntervals}), its width their precisions summed.
 * Beside an exact side, where its bottom is whole widths, it is a lower bound: that bottom as the
 * value, `'at-least'` where the bottom is reached (the bound "at least") and `'more-than'` where
 * it is not; so the turnover point says "more than US$832 million" (832 to 833 million) where
 * `bilateral report` writes "US$832 million to US$833 million", and a rate from it is "about"
 * (the widgets) or a range (the report). Any other (beside a rounded side, on two bounds, or a
 * bottom finer than the width, which the widgets would write "more than about") is its middle,
 * rounded to the width: "more than US$565 million" and "US$267 million" (to the million),
 * (831.5, 833.5) million, give US$832.5 million to 2 million, "about US$833 million", as
 * `bilateral report` writes a turnover beside a rounded side or on two bounds. A pair whose series
 * cannot be drawn (`checkedDatasetSeries` refuses it: exports and imports in two currencies, a
 * statement in another currency than its flows) gets none, so that only the element drawing it
 * fails. A side that is approximate or derived (`uncertain`, `derivation`) already makes the sum
 * approximate ("about"): none is added; nor where the sides come from two sources, or the series'
 * turnover is not their sum. The statement has the sides' source, the id
 * `<source>-<reporter>-<partner>-<period>-turnover-bound` in lower case (none is added where the
 * dataset has that id), the text `exports + imports` and a note saying what it is. They are for
 * drawing series: `buildReport` works the interval out from the flows itself and would read an
 * added statement as published (a rate "+12.2 %" where it gives "+12.0 % to +12.3 %"), so give it
 * the dataset without them.
 *
 * @param dataset - a parsed dataset (its lower bounds repeated for the other side of the pair
 *   first, `withMirroredBounds`, where the other side is to say so too)
 * @returns `dataset`, or a copy with the turnover statements after its own
 * @throws what `checkedDatasetSeries` throws for the dataset's totals other than a
 *   `BilateralError` (nothing, for a dataset `parseDataset` gave)
 *
 * @example
 * ```ts
 * const flow = { reporter: 'LAO', partner: 'VNM', period: parsePeriod('2023-H1'), status: 'preliminary', source: 'thestar' } as const;
 * const flows = [
 *   { ...flow, flow: 'export', value: money('565000000', 'USD') },
 *   { ...flow, flow: 'import', value: money('267000000', 'USD') },
 * ] as const;
 * const amount = { text: 'more than US$565 million', value: '565000000', currency: 'USD', precision: '1000000', rounding: 'truncate', bound: 'more-than' } as const;
 * const exports = { id: 'x', source: 'thestar', kind: 'level', reporter: 'LAO', partner: 'VNM', period: '2023-H1', subject: 'exports', amount } as const;
 * const dataset = withTurnoverBounds({ ...vietnamLaos, flows, statements: [exports] });
 * const [point] = datasetSeries(dataset, { reporter: 'LAO', partner: 'VNM', measure: 'turnover', periodKind: 'half' }).points;
 * [point?.value.amount.toFixed(), point?.precision?.toFixed(), point?.lowerBound];
 * //=> ['832000000', '1000000', 'more-than']
 * ```
 *
 * @category Datasets
 */
export function withTurnoverBounds(dataset: Dataset): Dataset {
  const ids = new Set(dataset.statements.map((statement) => statement.id));
  // The pairs with a side published as a lower bound: a series point is one only from a level
  // statement of its own pair that says so (`checkedDatasetSeries`, by `lowerBoundOf`'s rule).
  // The other pairs' series are not drawn (25,600 yearly flows, no bound: a median 420 ms a call
  // when every pair's were, 2 ms now; parseDataset takes about 300 ms).
  const boundPairs = new Set<string>();
  for (const statement of dataset.statements) {
    if (
      statement.kind === 'level' &&
      (statement.subject === 'exports' || statement.subject === 'imports') &&
      lowerBoundOf(statement.amount)
    ) {
      boundPairs.add(`${statement.reporter} ${statement.partner}`);
    }
  }
  // The pairs and period kinds of the totals: each turnover series once.
  const requests = new Map<string, [string, string, PeriodKind]>();
  for (const { reporter, partner, period, commodity } of dataset.flows) {
    if (commodity === undefined && boundPairs.has(`${reporter} ${partner}`)) {
      requests.set(`${reporter} ${partner} ${period.kind}`, [reporter, partner, period.kind]);
    }
  }
  const added: LevelStatement[] = [];
  for (const [reporter, partner, periodKind] of requests.values()) {
    const series = (measure: 'exports' | 'imports' | 'turnover') =>
      checkedDatasetSeries(dataset, { reporter, partner, measure, periodKind }, shownPrecision);
    const byPeriod = (measure: 'exports' | 'imports') =>
      new Map(series(measure).points.map((point) => [writePeriod(point.period), point]));
    let exports: Map<string, SeriesPoint>;
    let imports: Map<string, SeriesPoint>;
    let turnovers: readonly SeriesPoint[];
    try {
      [exports, imports, turnovers] = [
        byPeriod('exports'),
        byPeriod('imports'),
        series('turnover').points,
      ];
    } catch (error) {
      // A pair whose series cannot be drawn (exports and imports in two currencies, a statement in
      // another currency than its flows: CURRENCY_MISMATCH) adds nothing: the element that draws
      // it says why, and the rest of the dataset is drawn (review r29a: the validator refused the
      // whole document).
      if (error instanceof BilateralError) continue;
      throw error;
    }
    for (const point of turnovers) {
      const period = writePeriod(point.period);
      const [sold, bought] = [exports.get(period), imports.get(period)];
      if (sold === undefined || bought === undefined) continue;
      const sides = [sold, bought];
      const { source } = point;
      // An id as a dataset's are written: lower case, a range's "/" as "-".
      const id = `${source}-${reporter}-${partner}-${period}-turnover-bound`
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '-');
      const stated = dataset.statements.some(
        (statement) =>
          statement.kind === 'level' &&
          statement.subject === 'turnover' &&
          statement.reporter === reporter &&
          statement.partner === partner &&
          statement.period === period,
      );
      if (
        !(sold.lowerBound || bought.lowerBound) ||
        !sides.every((side) => certain(side) && side.source === source) ||
        !certain(point) ||
        stated ||
        ids.has(id) ||
        !sold.value.amount.plus(bought.value.amount).eq(point.value.amount)
      ) {
        continue;
      }
      const sum = addIntervals(sideInterval(sold), sideInterval(bought));
      const width = sum.hi.minus(sum.lo);
      // Beside an exact side, a bound whose figure is whole steps reads as one ("more than US$832
      // million", to the million), as `bilateral report` writes that interval ("US$832 million to
      // US$833 million"); any other is its middle to the width ("about US$832.5 million", to 2
      // million), as the report writes a turnover beside a rounded side or on two bounds.
      const bound =
        sides.some((side) => side.precision === undefined) && sum.lo.div(width).isInteger();
      added.push({
        id,
        source: source as string,
        kind: 'level',
        reporter,
        partner,
        period,
        subject: 'turnover',
        amount: {
          text: 'exports + imports',
          value: (bound ? sum.lo : sum.lo.plus(width.div(2))).toFixed(),
          currency: point.value.currency,
          precision: width.toFixed(),
          ...(bound
            ? { rounding: 'truncate', bound: sum.loClosed ? 'at-least' : 'more-than' }
            : { rounding: 'nearest' }),
        },
        note: `The sum of ${reporter}'s exports to and imports from ${partner}, one of them published as a lower bound: the interval they allow (added by withTurnoverBounds).`,
      });
    }
  }
  return added.length === 0
    ? dataset
    : { ...dataset, statements: [...dataset.statements, ...added] };
}
