import {
  BilateralError,
  type Dataset,
  type Decimal,
  datasetSeries,
  formatPeriod,
  intervalAmount,
  intervalsOverlap,
  intervalWidth,
  type KnownAmount,
  knownAmount,
  type LowerBound,
  narrowedCoverage,
  publishedLevels,
  publishedTrade,
  type Series,
  type SeriesPoint,
  type Statement,
  statedLowerBound,
  type TradeFlow,
  tradeIntervals,
} from '@bilateral/core';
import { uncheckedFewestDigits as fewestDigits } from '@bilateral/core/internal';

/**
 * A dataset's balances that its published turnover narrows, or that rest on a side published as
 * a lower bound, by pair (`"<reporter> <partner>"`) and period: each the interval's midpoint
 * and the unit it is known to (0 for a single point), then where the interval holds 0 (the sign
 * unknown: rare, no embedded row) its two ends, which the midpoint ± half the unit would widen;
 * where it is a bound itself (a bound against an exact side, not narrowed: more than US$165
 * million, or 0 to 1 million on "more than US$400 million" of exports and exactly 400 of
 * imports, 0 left out; or an interval a bound leaves open at 0, of two bounds: 0 to 2 million on
 * "more than US$401 million" and "at least US$400 million") its ends, a deficit's from its
 * smaller size, and `'1'`; else the coverage as the report gives it: the
 * significant digits the kept sides support (none where both are exact) and, where the flows lie
 * outside the kept sides, the ratio of their midpoints (else the card takes the flows' ratio);
 * all as decimal text (see `narrowedBalances`, which computes them). A dataset's loader keeps
 * them with it under the key `'balances'` (`memoized(dataset, 'balances', …)`, as `seriesOf` keeps
 * its series under theirs): the build writes them into the embedded data files
 * (`compact-dataset.ts` reads them), the validator chunk computes them for a document from `src`
 * or `data` (`validate-document.ts`), the chunk of the core's embedded datasets for apps
 * (`embedded-datasets.ts`), and the pages without script for theirs (`embed-figure.ts`). Only
 * `<bilateral-balance>` reads them, so that the page needs none of the core's interval
 * arithmetic; a dataset its loader kept none for (a parsed Dataset given as `data`) has its
 * balances drawn from its flows alone. The key is written where it is used, not imported: a
 * module that both an app's first load and the validator chunk import is a third file the app
 * loads first, and an exported constant costs the dashboard page about 15 B more.
 *
 * @example
 * ```ts
 * const balances: NarrowedBalances = {
 *   'VNM LAO': {
 *     '2024-01/2024-09': ['-516200000', '100000000', '1'], // covering "about 50 %"
 *     // Exports US$100 million (to the million) and imports US$100.4 million (to the 0.1
 *     // million) within a published turnover of US$200.9 million: −US$0.05 to +0.15 million.
 *     '2025': ['50000', '1000000', '-50000', '150000'],
 *     // Imports of "more than US$565 million" against exports of exactly US$200 million: a
 *     // deficit of 365 to 366 million.
 *     '2023': ['-365500000', '1000000', '-365000000', '-366000000', '1'],
 *   },
 * };
 * ```
 */
export type NarrowedBalances = Readonly<
  Record<
    string,
    Readonly<
      Record<
        string,
        | readonly [amount: string, unit: string, lo: string, hi: string]
        | readonly [amount: string, unit: string, lo: string, hi: string, bound: '1']
        | readonly [amount: string, unit: string, digits?: string, ratio?: string]
      >
    >
  >
>;

/** Whether two amounts are written alike in every language: the same digits, "about" or not. */
const writtenAlike = (a: KnownAmount, b: KnownAmount) =>
  a.amount.eq(b.amount) && a.power === b.power && a.about === b.about;

/**
 * The balances of a dataset that its published turnover (or other published exports and imports)
 * narrows, with the core's code `bilateral report` narrows them with (`publishedTrade`, then
 * `tradeIntervals` and `intervalAmount`), by pair (`"<reporter> <partner>"`) and period: for each
 * pair's totals and period with exports and imports the card draws from one source (where
 * several sources publish the period, the ones the core's series choose: the most final, then the
 * latest, then the first listed; the report's row of that source), both published (certain, not
 * derived), in one currency, and certain level statements of the pair and period in that
 * currency (the flows' own sources' where they have some, else every source's), whose intervals
 * and the flows' make the balance's interval narrower than the flows' two together, or, where a
 * side is published as a lower bound, put its middle off the flows' difference; and, where no
 * statement can be combined with them, a balance on a side published as a lower bound against a
 * side without a precision, which is a bound too (its ends and `'1'`: `NarrowedBalances`). Each is the narrowed interval's
 * midpoint and the unit it is known to (0 for a single point), and, where it holds 0 and is not
 * the single point 0 (the sign unknown), its ends, else the coverage `bilateral report` gives
 * the period (its digits; its ratio where not the flows'), as decimal text: what
 * `<bilateral-balance>` writes (about −US$500 million for January–September 2024, where the
 * flows alone say about −US$1 billion). The build writes them into the embedded data files
 * (`write-data.mjs`, as `balances`); the validator chunk computes them for a document from `src`
 * or `data` (`validate-document.ts`), and so does the chunk of the core's embedded datasets for
 * apps (`embedded-datasets.ts`). A period whose exports and imports the card draws from two
 * sources is left out (no report row weighs them together), and so is a balance the narrowing writes as the flows' difference is
 * written (the same digits, "about" or not) unless
 * it tells a sign the flows' rounding leaves unknown (the card then takes its sign from it:
 * `balanceSign`), its coverage is written otherwise than the flows' own, or its sign is unknown
 * (the card writes its interval, which is narrower than the flows').
 *
 * @example
 * ```ts
 * import { vietnamLaos } from '@bilateral/core';
 *
 * narrowedBalances(vietnamLaos)['VNM LAO'];
 * //=> { '2021-Q1': ['-19400000', '100000', '3'], '2024-01/2024-09': ['-516200000', '100000000', '1'] }
 * // Laos' H1 2023: turnover "more than US$833 million", exports "more than US$565 million",
 * // imports US$267 million: 298 to 299 million, about US$299 million (the flows' 298 is no middle).
 * narrowedBalances(vietnamLaos)['LAO VNM'];
 * //=> { '2023-H1': ['298500000', '1000000', '3', '2.11693171188'] }
 * ```
 */
export function narrowedBalances(dataset: Dataset): NarrowedBalances {
  // The flows of each pair's totals by pair and period, exports and imports.
  const sides = new Map<string, Record<TradeFlow['flow'], TradeFlow[]>>();
  for (const flow of dataset.flows) {
    if (flow.commodity !== undefined) continue; // statements are about totals
    const key = `${flow.reporter} ${flow.partner}|${formatPeriod(flow.period)}`;
    const both = sides.get(key) ?? { export: [], import: [] };
    sides.set(key, both);
    both[flow.flow].push(flow);
  }
  // The flow the card draws for a period (its series: the most final, then the latest, then the
  // first listed source's; a level statement as precise in its place), where it is one of `flows`
  // (the period's in one direction): by pair, period kind and measure.
  const series = new Map<string, Series | undefined>();
  const drawn = (flows: readonly TradeFlow[], measure: 'exports' | 'imports') => {
    const [first] = flows;
    if (first === undefined) return undefined;
    const { reporter, partner, period } = first;
    const key = `${reporter} ${partner} ${period.kind} ${measure}`;
    if (!series.has(key)) {
      try {
        series.set(
          key,
          datasetSeries(dataset, { reporter, partner, measure, periodKind: period.kind }),
        );
      } catch (error) {
        // A series the card cannot draw (its values mix currencies): the card shows the error.
        if (!(error instanceof BilateralError)) throw error;
        series.set(key, undefined);
      }
    }
    const point = series
      .get(key)
      ?.points.find((p) => formatPeriod(p.period) === formatPeriod(period));
    const flow = flows.find(
      (flow) => flow.source === point?.source && flow.value.amount.eq(point.value.amount),
    );
    if (flow && point) points.set(flow, point);
    return flow;
  };
  // The point the card draws for each flow drawn (a lower bound's is marked so: `lowerBound`).
  const points = new Map<TradeFlow, SeriesPoint>();
  const levels = publishedLevels(dataset.statements);
  const result: Record<string, NarrowedBalances[string]> = {};
  for (const [key, both] of sides) {
    // Weighed together only when they are one source's flows: its row in the report.
    const exported = drawn(both.export, 'exports');
    const imported = drawn(both.import, 'imports');
    if (!exported || !imported || exported.source !== imported.source) continue;
    const { currency } = exported.value;
    if (imported.value.currency !== currency) continue;
    const pairLevels = levels(exported.reporter, exported.partner, exported.period, currency);
    const trade = publishedTrade(exported, imported, pairLevels);
    const known = trade && tradeIntervals(trade.figures);
    const [pair, period] = key.split('|') as [string, string];
    if (!trade) {
      // None to narrow with, but maybe a side published as a lower bound on an exact other.
      const bound = boundBalance(
        exported.value.amount.minus(imported.value.amount),
        points.get(exported),
        points.get(imported),
        pairLevels,
      );
      if (bound) result[pair] = { ...result[pair], [period]: bound };
      continue;
    }
    if (!known) continue;
    // The flows' difference alone is known to their two intervals' widths together: the unit
    // the card writes it to without (their precisions summed, a side without one exact).
    const { exports: sold, imports: bought } = trade.flows;
    const plain = intervalWidth(sold).plus(intervalWidth(bought));
    const { lo, hi } = known.balance;
    // `tradeIntervals` closes every end, but a bound's top is never reached and "more than"
    // leaves its figure out: an end at 0 that such an end of a side makes (the sides' own ends,
    // not narrowed) is beyond 0, a sign the closed interval does not tell ("more than US$401
    // million" of exports on "at least US$400 million" of imports: 0 to 2 million, 0 left out).
    // Each side's kind as the report reads it (its certain statement's, not the point's).
    const [onSold, onBought] = [
      saidBound(pairLevels, 'exports', points.get(exported)),
      saidBound(pairLevels, 'imports', points.get(imported)),
    ];
    const surplus =
      lo.isZero() && (onSold === 'more-than' || !!onBought) && lo.eq(sold.lo.minus(bought.hi));
    const deficit =
      hi.isZero() && (!!onSold || onBought === 'more-than') && hi.eq(sold.hi.minus(bought.lo));
    if (surplus || deficit) {
      result[pair] = { ...result[pair], [period]: boundEntry(lo, hi, surplus, deficit) };
      continue;
    }
    // A side published as a lower bound ("more than US$565 million": 565 to 566 million) is not
    // its value ± half its unit: the balance's interval is off the flows' difference, which the
    // card would take for its middle. Such a balance is kept too, narrowed or not.
    if (
      !intervalWidth(known.balance).lt(plain) &&
      lo.plus(hi).eq(exported.value.amount.minus(imported.value.amount).times(2))
    ) {
      continue;
    }
    const { amount, unit } = intervalAmount(known.balance);
    const signed = lo.gt(0) || hi.lt(0);
    // The coverage as the report gives it (its ratio to 12 significant digits, as its --json);
    // the card's is the flows' ratio to the digits their precisions support.
    const { ratio, digits } = narrowedCoverage(exported.value.amount, imported.value.amount, known);
    // Of known sign and written as the flows' difference is, it is left out, unless it tells a
    // sign their intervals leave unknown (they meet, ends counted as reachable as the report
    // counts them) or its coverage is not the flows' ratio to their digits. One of unknown sign
    // is kept: the card writes its interval, narrower than the flows'.
    if (
      signed &&
      writtenAlike(
        knownAmount(exported.value.amount.minus(imported.value.amount), plain),
        knownAmount(amount, unit),
      ) &&
      !(
        intervalsOverlap(sold, bought, { closure: true }) ||
        ratio !== undefined ||
        digits !==
          fewestDigits([exported, imported].map((flow) => [flow.value.amount, flow.precision]))
      )
    ) {
      continue;
    }
    // An exact balance (a single point) has the unit 0, which `formatAmount` takes as exact; one
    // whose sign is unknown has its ends (the card writes them), one whose sign is known its
    // coverage's digits and, where it is not the flows' ratio, that ratio.
    const more: [] | [string] | [string, string] = !signed
      ? unit === undefined
        ? []
        : [lo.toFixed(), hi.toFixed()]
      : ratio
        ? [digits?.toString() ?? '', ratio.toSignificantDigits(12).toFixed()]
        : digits === undefined
          ? []
          : [digits.toString()];
    result[pair] = {
      ...result[pair],
      [period]: [amount.toFixed(), unit?.toFixed() ?? '0', ...more],
    };
  }
  return result;
}

/**
 * The balance of a period's exports and imports (`difference`, the flows' values' difference)
 * where the card draws one as a lower bound (its point's `lowerBound`: a truncated statement of
 * its side and value, "more than US$565 million", 565 to 566 million) and the other exact
 * (certain, without a precision: no statement of its value either), as {@link NarrowedBalances}
 * keeps it: a bound as well, its interval as wide as the bound's and starting (exports) or ending
 * (imports) at the flows' difference — more than US$165 million on exactly US$400 million of
 * imports — which no amount "about" its middle writes. Its midpoint, width and ends (a deficit's
 * from its smaller size) and `'1'`; where it holds 0, its midpoint, width and ends, as for any
 * interval of unknown sign; undefined for any other pair of points. Its ends are open, as
 * `bilateral report` takes them (`boundBalanceRow`), but the one at the flows' difference where
 * the bound's statement as the report reads it ({@link saidBound} of `levels`) takes its figure
 * in ("at least US$400 million"), or where there is none (an uncertain statement's words give no
 * sign): on exactly US$400 million of imports, exports of "more than US$400 million" are a
 * surplus (0 to 1 million, 0 left out), "at least US$400 million" no position.
 */
function boundBalance(
  difference: Decimal,
  sold: SeriesPoint | undefined,
  bought: SeriesPoint | undefined,
  levels: readonly Extract<Statement, { kind: 'level' }>[],
): NarrowedBalances[string][string] | undefined {
  const bound = sold?.lowerBound ? sold : bought;
  const other = bound === sold ? bought : sold;
  const width = bound?.lowerBound && bound.precision;
  // The other exact: certain and without a precision (`uncertaintyUnit` gives it none).
  if (
    !width ||
    !other ||
    other.lowerBound ||
    other.precision ||
    other.uncertain ||
    other.derivation
  ) {
    return undefined;
  }
  const [lo, hi] =
    bound === sold ? [difference, difference.plus(width)] : [difference.minus(width), difference];
  // The bound's end closed where its statement says "at least", or where no certain one says
  // anything (no sign from an uncertain one's words).
  const closed = saidBound(levels, bound === sold ? 'exports' : 'imports', bound) !== 'more-than';
  return boundEntry(
    lo,
    hi,
    lo.gt(0) || (lo.isZero() && !(closed && bound === sold)),
    hi.lt(0) || (hi.isZero() && !(closed && bound === bought)),
  );
}

/**
 * The kind of bound of a side drawn as `point` as `bilateral report` reads it (`boundsOf`): the
 * core's `statedLowerBound` of `levels` (the pair's and period's certain statements) of the
 * point's source (the drawn flows'), or of every source where it has none, as the report combines
 * them, of its side and value (its `bound`, "more than" for a truncated figure that records none,
 * as in a compact file `toCompactDataset` did not write); undefined where the point is no bound,
 * or that statement is none or no bound. The
 * point is the series' first statement of its value, which may be an uncertain one the report
 * does not read ("at least US$400 million", estimated, before a certain "more than US$400
 * million": the report reads "more than").
 */
function saidBound(
  levels: readonly Extract<Statement, { kind: 'level' }>[],
  side: 'exports' | 'imports',
  point: SeriesPoint | undefined,
): LowerBound | undefined {
  if (!point?.lowerBound) return undefined;
  // The report's statements (`combinedStatements`): the flows' source's (the point's), else every
  // source's.
  const own = levels.filter((level) => level.source === point.source);
  return statedLowerBound(own.length > 0 ? own : levels, side, point.value.amount);
}

/**
 * A balance of interval `lo` to `hi` as {@link NarrowedBalances} keeps a bound: its midpoint,
 * width and ends (a deficit's from its smaller size) and, where it is a surplus or a deficit,
 * `'1'`.
 */
function boundEntry(
  lo: Decimal,
  hi: Decimal,
  surplus: boolean,
  deficit: boolean,
): NarrowedBalances[string][string] {
  return [
    lo.plus(hi).div(2).toFixed(),
    hi.minus(lo).toFixed(),
    ...(deficit ? [hi, lo] : [lo, hi]).map((end) => end.toFixed()),
    ...(surplus || deficit ? ['1'] : []),
  ] as unknown as NarrowedBalances[string][string];
}
