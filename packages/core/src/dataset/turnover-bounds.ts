/**
 * The turnover of a period whose exports or imports were published as a lower bound, as a level
 * statement of its own, so that a series reads it as it reads a published bound.
 *
 * @packageDocumentation
 */

import { Decimal } from '../_internal/decimal.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { ownFlow } from '../_internal/own-decimals.js';
import { BilateralError } from '../errors/index.js';
import { shownPrecision } from '../figures/_shown-precision.js';
import { addIntervals } from '../figures/add-intervals.js';
import { type Interval, makeInterval } from '../figures/interval.js';
import { lowerBoundOf } from '../figures/lower-bound-of.js';
import { publishedAmount } from '../figures/published-amount.js';
import type { Statement } from '../figures/statement.js';
import type { SeriesPoint, TradeFlow } from '../flow/index.js';
import { checkMoney } from '../money/check-money.js';
import type { Money } from '../money/money.js';
import type { PeriodKind } from '../period/period.js';
import { uncheckedWritePeriod } from '../period/write-period.js';
import { uncheckedDatasetSeries } from './checked-dataset-series.js';
import type { Dataset } from './dataset.js';
import { checkDatasetArrays } from './dataset-argument.js';
import { withMirroredBounds } from './mirrored-bounds.js';
import { boundTurnover } from './turnover-bounds-interval.js';

type LevelStatement = Extract<Statement, { kind: 'level' }>;

/**
 * Where a side's point lies, its ends taken as reached (`boundTurnover` says which a bound
 * excludes): a lower bound from its figure to a step above ("more than US$565 million": 565 to
 * 566 million), a rounded figure ± half its precision, an exact one at its value.
 */
function sideInterval({
  value: { amount, currency },
  precision,
  lowerBound,
}: SeriesPoint): Interval {
  if (precision === undefined) return makeInterval(amount, amount, true, true);
  if (lowerBound) return makeInterval(amount, amount.plus(precision), true, true);
  // A rounded figure ± half its step, never below 0.
  return publishedAmount({ value: amount, currency, precision }).interval;
}

/**
 * What `draw` returns, or null where it throws a `BilateralError`: a pair whose series cannot be
 * drawn (exports and imports in two currencies, a statement in another currency than its flows:
 * CURRENCY_MISMATCH) adds nothing; the element that draws it says why, and the rest of the
 * dataset is drawn (review r29a: the validator refused the whole document).
 */
function orRefused<T>(draw: () => T): T | null {
  try {
    return draw();
  } catch (error) {
    if (error instanceof BilateralError) return null;
    throw error;
  }
}

/**
 * The flow at `index` as `ownFlow` reads it, its value checked to be Money only where it is not
 * (a Dataset built in code, outside its type, with an amount as text): a `BilateralError` naming
 * the field (`checkMoney`), not a `TypeError` from the series' sums nor a flow left out unsaid.
 */
function ownMoneyFlow(flow: TradeFlow, index: number): TradeFlow {
  const own = ownFlow(flow, index);
  const value: Partial<Money> | undefined = own.value;
  if (!(value?.amount instanceof Decimal) || typeof value.currency !== 'string') {
    checkMoney(value, ['flows', index, 'value']);
  }
  return own;
}

/** The text of a statement {@link withTurnoverBounds} adds: no published figure has it. */
const SUM_TEXT = 'exports + imports';

/** Whether a point is a published figure or their exact sum: no "about", no derivation. */
const certain = (point: SeriesPoint) => !point.uncertain && point.derivation === undefined;

/**
 * A dataset with a turnover statement added for each source and period whose turnover that
 * source's series builds as exports + imports (the source states no turnover of the pair and
 * period) where a side was published as a lower bound ("more than US$565 million" exports beside
 * exactly US$267 million of imports): read as exact, that sum (US$832 million) and every growth
 * rate from it were wrong. Each source's series is drawn on its own, as `datasetSeries` with
 * `source` draws it and `bilateral report --source` reads it. The series of every source reads
 * the statements too, and one derived from a source's sides stands in only for their sum: none is
 * added where that series draws another figure for the period (another source's preferred flows,
 * a turnover another source published, sides from two sources), which it keeps, as the report's
 * growth table does. There, one source's series reads its bound from a dataset of that source's
 * figures alone (its flows and statements); from the whole dataset it is the sum, as before. A
 * lower bound a flow repeats from the other side of its pair counts (`withMirroredBounds`, as the
 * report reads it), whether or not the caller added the repeats first; they are not added here.
 * The statement is the interval the sides allow ({@link addIntervals}), its width their
 * precisions summed, its ends as the report's `turnoverBound` keeps them (`boundTurnover`, the one
 * rule for both).
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
 * approximate ("about"): none is added; nor where the series' turnover is not their sum. The
 * statement has the sides' source, the id `<source>-<reporter>-<partner>-<period>-turnover-bound`
 * in lower case (none is added where the dataset has that id), the text `exports + imports` and a
 * note saying what it is. They are for drawing series: `buildReport` works the interval out from
 * the flows itself and leaves them out (`withoutTurnoverBounds`).
 *
 * @param dataset - a parsed dataset
 * @returns `dataset`, or a copy with the turnover statements after its own
 * @throws what `checkedDatasetSeries` throws for the dataset's totals other than a
 *   `BilateralError`, and what `withMirroredBounds` throws (nothing, for a dataset `parseDataset`
 *   gave, of this copy of the core or another, whichever its decimal engine: their flows' amounts
 *   and precisions are read through their text); `INVALID_DECIMAL` or `OUT_OF_RANGE` (`ownFlow`, with
 *   the value's path) for a flow's amount or precision of another copy whose text is no decimal in
 *   range, or a precision that is no Decimal; `INVALID_INPUT` (`checkMoney`, at the flow's
 *   `value`, or its `amount` or `currency`: `['flows', 3, 'value', 'amount']`) for a value that is
 *   no Money, as in a Dataset built in code, outside its type, with an amount as text (at
 *   `['flows', 3]` for a flow that is no object)
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
 * @throws BilateralError `INVALID_INPUT` at `dataset` (or its `flows`, `statements`) for what is no parsed
 *   dataset
 *
 * @category Datasets
 */
export function withTurnoverBounds(dataset: Dataset): Dataset {
  checkDatasetArrays(dataset);
  const ids = new Set(dataset.statements.map((statement) => statement.id));
  // Another copy's flows read as this copy's (`ownFlow`: amounts and precisions through their
  // text, whichever its decimal engine), as the series compare and add them.
  const flows = dataset.flows.map(ownMoneyFlow);
  // Every lower bound, those a flow repeats from the other side of its pair too, as the report
  // reads them (`withMirroredBounds`): a bound only the repeat gives makes the turnover a bound
  // whether or not the caller has added the repeats first.
  const statements = withMirroredBounds(flows, dataset.statements);
  const read = { ...dataset, flows, statements };
  // The pairs and sources with a side published as a lower bound: a series point is one only from
  // a level statement of its own pair and source (`checkedDatasetSeries`, by `lowerBoundOf`'s
  // rule). The other pairs' series are not drawn (25,600 yearly flows, no bound: a median 420 ms
  // a call when every pair's were, 2 ms now; parseDataset takes about 300 ms).
  const boundSources = new Map<string, Set<string>>();
  for (const statement of statements) {
    if (
      statement.kind === 'level' &&
      (statement.subject === 'exports' || statement.subject === 'imports') &&
      lowerBoundOf(statement.amount)
    ) {
      const pair = `${statement.reporter} ${statement.partner}`;
      getOrCreate(boundSources, pair, () => new Set()).add(statement.source);
    }
  }
  // The series of each source's totals by pair and period kind, each once: a source's own
  // figures, as `datasetSeries` with `source` draws them and `bilateral report --source` reads
  // them; the series of every source reads the statements of each.
  const requests = new Map<string, [string, string, PeriodKind, string]>();
  for (const { reporter, partner, period, commodity, source } of dataset.flows) {
    if (commodity === undefined && boundSources.get(`${reporter} ${partner}`)?.has(source)) {
      const key = `${reporter} ${partner} ${period.kind} ${source}`;
      requests.set(key, [reporter, partner, period.kind, source]);
    }
  }
  // The source's own turnovers (the keys of `statedKey`): such a turnover stands, as published
  // (another source's does not make this one's sum exact).
  const statedKey = (source: string, reporter: string, partner: string, period: string) =>
    `${source} ${reporter} ${partner} ${period}`;
  const stated = new Set<string>();
  for (const statement of statements) {
    if (statement.kind === 'level' && statement.subject === 'turnover') {
      const { source, reporter, partner, period } = statement;
      stated.add(statedKey(source, reporter, partner, period));
    }
  }
  // The series of every source by pair and period kind, drawn once for all the sources of the
  // pair (it does not depend on the source); null where it cannot be drawn.
  const everySource = new Map<string, Map<string, SeriesPoint> | null>();
  const added: LevelStatement[] = [];
  for (const [reporter, partner, periodKind, source] of requests.values()) {
    const series = (measure: 'exports' | 'imports' | 'turnover', of?: string) =>
      uncheckedDatasetSeries(
        read,
        { reporter, partner, measure, periodKind, ...(of === undefined ? {} : { source: of }) },
        shownPrecision,
      );
    const byPeriod = (measure: 'exports' | 'imports' | 'turnover', of?: string) =>
      new Map(
        series(measure, of).points.map((point) => [uncheckedWritePeriod(point.period), point]),
      );
    const own = orRefused(() => ({
      exports: byPeriod('exports', source),
      imports: byPeriod('imports', source),
      turnovers: series('turnover', source).points,
    }));
    if (own === null) continue;
    const drawn = getOrCreate(everySource, `${reporter} ${partner} ${periodKind}`, () =>
      orRefused(() => byPeriod('turnover')),
    );
    if (drawn === null) continue;
    const { exports, imports, turnovers } = own;
    for (const point of turnovers) {
      const period = uncheckedWritePeriod(point.period);
      const [sold, bought] = [exports.get(period), imports.get(period)];
      if (sold === undefined || bought === undefined) continue;
      // An id as a dataset's are written: lower case, a range's "/" as "-".
      const id = `${source}-${reporter}-${partner}-${period}-turnover-bound`
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '-');
      if (
        !(sold.lowerBound || bought.lowerBound) ||
        ![sold, bought, point].every(certain) ||
        stated.has(statedKey(source, reporter, partner, period)) ||
        // The series of every source reads the statement too: where its point for the period is
        // not this source's sum (another source's preferred flows, or a turnover another source
        // published), a statement derived from this source's sides must not replace it
        // (review r30b: 0a7a914e drew the bound over both).
        drawn.get(period)?.source !== source ||
        ids.has(id) ||
        !sold.value.amount.plus(bought.value.amount).eq(point.value.amount)
      ) {
        continue;
      }
      const sum = addIntervals(sideInterval(sold), sideInterval(bought));
      const { bounds } = boundTurnover(sum, {
        exports: sold.lowerBound,
        imports: bought.lowerBound,
      });
      const [bottom, width] = [sum.lo, sum.hi.minus(sum.lo)];
      // Beside an exact side, a bound whose figure is whole steps reads as one ("more than US$832
      // million", to the million), as `bilateral report` writes that interval ("US$832 million to
      // US$833 million"); any other is its middle to the width ("about US$832.5 million", to 2
      // million), as the report writes a turnover beside a rounded side or on two bounds.
      const bound =
        [sold, bought].some((side) => side.precision === undefined) &&
        bottom.div(width).isInteger();
      added.push({
        id,
        source,
        kind: 'level',
        reporter,
        partner,
        period,
        subject: 'turnover',
        amount: {
          text: SUM_TEXT,
          value: (bound ? bottom : bottom.plus(width.div(2))).toFixed(),
          currency: point.value.currency,
          precision: width.toFixed(),
          ...(bound
            ? { rounding: 'truncate', bound: bounds[0] === '[' ? 'at-least' : 'more-than' }
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

/** Whether `statement` is one {@link withTurnoverBounds} adds: its text, subject and id. */
const isAdded = (statement: Statement) =>
  statement.kind === 'level' &&
  statement.subject === 'turnover' &&
  statement.amount.text === SUM_TEXT &&
  statement.id.endsWith('-turnover-bound');

/**
 * A dataset without the turnover statements {@link withTurnoverBounds} added (a level statement of
 * the turnover with the text `exports + imports` and an id ending `-turnover-bound`), for a reader
 * that works the interval out from the flows itself: `bilateral report` (`buildReport`), which
 * would read one as a published turnover and write a rate from it to a figure ("+12.2 %") where
 * the sides give a range ("+12.0 % to +12.3 %"). A dataset the widgets validated, or a document
 * written from one, has them.
 *
 * @param dataset - a parsed dataset
 * @returns `dataset` where it has none, else a copy without them
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
 * const dataset = { ...vietnamLaos, flows, statements: [exports] };
 * withTurnoverBounds(dataset).statements.length; //=> 2
 * withoutTurnoverBounds(withTurnoverBounds(dataset)).statements.length; //=> 1
 * ```
 */
export function withoutTurnoverBounds(dataset: Dataset): Dataset {
  const statements = dataset.statements.filter((statement) => !isAdded(statement));
  return statements.length === dataset.statements.length ? dataset : { ...dataset, statements };
}
