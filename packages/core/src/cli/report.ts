import { Decimal } from '../_internal/decimal.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { quoteInput } from '../_internal/quote-input.js';
import { type TradeBalance, tradeBalance } from '../balance/index.js';
import { type Dataset, datasetCommodities, datasetSeries } from '../dataset/index.js';
import { withMirroredBounds } from '../dataset/mirrored-bounds.js';
import { withRecordedBounds } from '../dataset/recorded-bounds.js';
import { withoutTurnoverBounds } from '../dataset/turnover-bounds.js';
import { boundTurnover, type SideBounds } from '../dataset/turnover-bounds-interval.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { BilateralError } from '../errors/index.js';
import type { LevelStatement } from '../figures/_reconcile-index.js';
import {
  type IntervalBounds,
  publishedLevels,
  type ReconcileReport,
  type Statement,
} from '../figures/index.js';
import { statedLowerBound } from '../figures/lower-bound-of.js';
import { combinedStatements, flowInterval } from '../figures/published-trade.js';
import {
  defaultMeasure,
  type Series,
  type SeriesMeasure,
  type SeriesPoint,
  type TradeFlow,
} from '../flow/index.js';
import { summedUnit } from '../flow/summed-unit.js';
import { knownAmount } from '../growth/amount-digits.js';
import { fewestDigits } from '../growth/fewest-digits.js';
import {
  knownUnit,
  rateDigits,
  seriesCagr,
  yearOnYear,
  yearOnYearDigits,
} from '../growth/index.js';
import {
  type CrossingSummary,
  type KnownNames,
  type RankedCrossing,
  rankCrossings,
  summarizeCrossings,
} from '../infrastructure/index.js';
import type { Money } from '../money/index.js';
import { comparePeriods, formatPeriod, type Period } from '../period/index.js';
import {
  evaluateTarget,
  type Target,
  type TargetEvaluation,
  type TargetStatus,
} from '../targets/index.js';
import { boundText } from './bound-words.js';
import { compactAmount } from './compact-amount.js';
import { exactTradeFigures } from './exact-trade-figures.js';
import type { GrowthMark } from './growth-marks.js';
import { computedJson, fractionOfPercent } from './json-numbers.js';
import { englishNumbers } from './local-numbers.js';
import { reconciliationIn } from './reconciliation-in.js';
import { type CommoditySection, commoditySection } from './report-commodities.js';
import { boundBalanceRow, flowsBalance, flowsTurnover, positionedRow } from './report-position.js';
import { withPublished } from './report-published.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';
import { rowFlowMarks } from './row-flow-marks.js';
import {
  boundOf,
  boundsAtEnds,
  outwardEnds,
  type PointBound,
  rateRange,
  statedBounds,
} from './stated-bounds.js';
import { targetGrowth, targetMessage } from './target-message.js';
import { percent, writtenRate } from './written-rate.js';

/**
 * One period of trade between a reporter and a partner, as the report shows it.
 *
 * @example
 * ```ts
 * // 2017 in the embedded Vietnam–Laos data, its turnover as published (US$892.9 million).
 * const row2017: TradeRow = {
 *   period: '2017', currency: 'USD', exports: '524500000', imports: '368400000',
 *   turnover: '892900000', balance: '156100000', coverageRatio: '1.42372421281',
 *   coverageDigits: 4,
 *   units: { exports: '100000', imports: '100000', turnover: '100000', balance: '200000' },
 *   position: 'surplus', published: null, sources: ['vietnamplus-133987'],
 *   marks: ['turnover as published'],
 * };
 * ```
 */
export interface TradeRow {
  readonly period: string;
  /** The currency of the exports (of the imports when there are no exports). */
  readonly currency: string;
  /** The imports' currency, when it is not `currency`: turnover and balance are then not computed. */
  readonly importsCurrency?: string;
  readonly exports: string | null;
  readonly imports: string | null;
  readonly turnover: string | null;
  readonly balance: string | null;
  /**
   * Exports ÷ imports (12 significant digits); null when a side is missing or imports are 0.
   * Where `published` narrows the balance, the kept exports' midpoint over the kept imports'
   * (`published.exports`, `published.imports`).
   */
  readonly coverageRatio: string | null;
  /**
   * The significant digits `coverageRatio` is written with (`roundedShare`): the fewest its two
   * sides are known to (`knownDigits` of each flow, or of each kept side's `intervalAmount`
   * where the balance is narrowed); null when both are exact (one decimal in percent).
   */
  readonly coverageDigits: number | null;
  /**
   * The unit each amount is known to (`knownUnit` of its flow: its published precision, or three
   * significant digits of a derived one; the parts' summed for turnover and balance, or where
   * `published` narrows them the unit `intervalAmount` gives), null for an exact one: the text
   * writes each with the digits it knows (`writeKnownAmount`).
   */
  readonly units: {
    readonly exports: string | null;
    readonly imports: string | null;
    readonly turnover: string | null;
    readonly balance: string | null;
  };
  /**
   * The reporter's position, from the interval the balance is known to: where `published` is
   * consistent, the one every figure allows (`published.balance`); else the flows' own, each
   * flow's value ± half the unit it is known to (`uncertaintyUnit`: also three significant digits
   * of an uncertain one; a flow without precision read by the statement of its value, else
   * exact: its value). Surplus where the whole interval is above
   * 0, deficit where below, balanced for the single point 0, null when it holds 0 and more (marked
   * "surplus or deficit unknown within rounding").
   */
  readonly position: 'surplus' | 'deficit' | 'balanced' | null;
  /**
   * Where the balance is computed and `position` is null, the interval it is known to (the one
   * `position` comes from), its ends exact: the text writes it in the balance column
   * ("−US$75 million to +US$35 million") rather than its midpoint ("about US$0"); null elsewhere.
   */
  readonly balanceRange: IntervalJson | null;
  /**
   * Where the balance rests on a side of `lowerBounds` and no published figure narrows it, the
   * interval it lies in, its ends exact and `bounds` saying which it excludes (`(` or `)`): a
   * bound's top, and its bottom where it says "more than" (exports "more than US$565 million" on
   * exactly US$400 million: `{ lo: '165000000', hi: '166000000', bounds: '()' }`). `balance`
   * stays the flows' difference (`'165000000'`, as `exports` stays the bound's figure) and
   * `units.balance` the interval's width; `position` comes from the interval, an open end at 0 counted
   * out (a surplus on (0, 1) million). The text writes it as this interval where the other side is
   * exact ("+US$165 million to +US$166 million"; a deficit's from its smaller size, "-US$365
   * million to -US$366 million"), else as its middle ("about US$299 million"). Absent elsewhere.
   */
  readonly balanceBound?: IntervalJson & { readonly bounds: IntervalBounds };
  /**
   * Where the turnover rests on a side of `lowerBounds` and no published figure narrows it, the
   * interval it lies in, as `balanceBound` gives the balance's: every bound's top excluded, its
   * bottom where a side says "more than" (exports "more than US$565 million" on exactly US$400
   * million: `{ lo: '965000000', hi: '966000000', bounds: '()' }`). `turnover` stays the flows'
   * sum. The text writes this interval where the other side is exact ("US$965 million to US$966
   * million"), else its middle ("about US$833 million"). Absent elsewhere.
   */
  readonly turnoverBound?: IntervalJson & { readonly bounds: IntervalBounds };
  /**
   * The dataset's certain level statements of the row's period (turnover, exports, imports) and
   * what they and the flows allow together (`tradeIntervals`); null when it has none, or when the
   * row is of a commodity, lacks a side, has a side uncertain or derived, or has a flow without
   * a precision that no statement of its side and value gives. Where they narrow the flows' sum
   * or difference, `turnover` and `balance` are the narrowed intervals' midpoints
   * (`intervalAmount`), and the marks say so.
   */
  readonly published: PublishedFigures | null;
  readonly sources: readonly string[];
  /**
   * The sides whose value its source published as a lower bound: a flow without precision read
   * by a statement of its side and value whose figure is truncated ("more than US$565 million",
   * `rounding: 'truncate'`: the interval it stands for, `flowInterval`'s, starts at its value),
   * its pair's own or, where its pair states nothing of that side, period and source, the other
   * side's of the same figure (Laos' exports to Vietnam for Vietnam's imports from Laos:
   * `withMirroredBounds`). The value is the bound; the text writes "more than" before it.
   * Absent where no side is one.
   */
  readonly lowerBounds?: readonly ('exports' | 'imports')[];
  /**
   * The sides of `lowerBounds` whose statement words the bound as included ("at least US$565
   * million", ≥: the amount's `bound` is `'at-least'`), which the text writes "at least"; the
   * others' statements say "more than" (>), "over", "hơn"…. Absent where none does.
   */
  readonly atLeast?: readonly ('exports' | 'imports')[];
  /**
   * Why a value is marked: uncertain, estimate or derived; what the published figures narrowed,
   * or what in them conflicts, and whose they are when not the row's sources'.
   */
  readonly marks: readonly string[];
}

/**
 * An interval of a report, closed, its ends as exact decimal text.
 *
 * @example
 * ```ts
 * // The balance January–September 2024's published figures allow, in US$.
 * const balance: IntervalJson = { lo: '-566300000', hi: '-466100000' };
 * ```
 */
export interface IntervalJson {
  readonly lo: string;
  readonly hi: string;
}

/**
 * A trade row's published figures beyond its flows ({@link TradeRow}'s `published`).
 *
 * @example
 * ```ts
 * // January–September 2024 (seed 004): US$491.9 million, "US$1 billion", US$1.5 billion.
 * const published: PublishedFigures = {
 *   statements: ['seed-004-turnover', 'seed-004-exports', 'seed-004-imports'],
 *   consistent: true,
 *   exports: { lo: '491850000', hi: '491950000' },
 *   imports: { lo: '958050000', hi: '1058150000' },
 *   turnover: { lo: '1450000000', hi: '1550000000' },
 *   balance: { lo: '-566300000', hi: '-466100000' },
 * };
 * ```
 */
export interface PublishedFigures {
  /**
   * The ids of the period's certain level statements of the pair's turnover, exports or imports
   * in the row's currency: the row's own sources' when they have some, else every source's
   * (with `--source`, that source's). A lower bound of the other side of the pair that a flow
   * of the row repeats (`lowerBounds`) is named by its own id.
   */
  readonly statements: readonly string[];
  /**
   * Whether they and the flows meet; when not, `turnover` and `balance` are the flows' sum and
   * difference, marked with what conflicts.
   */
  readonly consistent: boolean;
  /** The exports every figure allows (`tradeIntervals`), null when they do not meet. */
  readonly exports: IntervalJson | null;
  /** The imports every figure allows, null when they do not meet. */
  readonly imports: IntervalJson | null;
  /** The turnover every figure allows, null when they do not meet. */
  readonly turnover: IntervalJson | null;
  /** The balance every figure allows, null when they do not meet. */
  readonly balance: IntervalJson | null;
}

/** The trade of one reporter with one partner: in total, or in one commodity. */
export interface TradeSection {
  readonly reporter: string;
  readonly partner: string;
  /** The HS code of the flows, or null for totals (flows without a commodity). */
  readonly commodity: string | null;
  /**
   * The rows, oldest period first. In a report of `buildReport` they are made from the section's
   * flows each time they are read (a getter), not kept: read them once and keep what you need.
   * The totals of a pair that the growth table or a target reads are the exception: made once.
   */
  readonly rows: readonly TradeRow[];
}

/** One year of the growth table. */
export interface GrowthRow {
  readonly period: string;
  readonly value: string;
  readonly currency: string;
  /**
   * The unit `value` is known to: its published precision (a turnover's, its parts' summed), or
   * null when none is given.
   */
  readonly precision: string | null;
  /**
   * The unit `value` is known to (`knownUnit`): `precision`, or for a derived value without one
   * its three significant digits; null when it is exact.
   */
  readonly unit: string | null;
  /**
   * `value` as the report writes it (`knownAmount`): rounded to the first digit of `unit`
   * ("about US$1.2 billion": `1200000000`), or `value` itself when it is not finer.
   */
  readonly valueRounded: string;
  /** Whether `valueRounded` differs from `value`: the text writes it as "about" it. */
  readonly valueAbout: boolean;
  /**
   * Present (true) when `value` is a lower bound: a level statement published it so ("more than
   * US$3 billion": [3, 4) billion, `unit` wide), or it is a base implied by such a year and its
   * rate; the text writes "more than" (or "at least") before it (`bound`).
   */
  readonly lowerBound?: true;
  /**
   * Present with `lowerBound`: the interval the value lies in, from `lo` (the bound) to `hi`
   * (excluded), and the bound as the text writes it (`shown`, to `unit`: never above `lo`), "at
   * least" it where `atLeast` (its statement says "at least", ≥), else "more than" it. A
   * statement's bound is its value ([value, value + unit)); a year derived from one (a base implied
   * by a bound and its year's published rate: the `derived` mark) is a lower bound too, its interval
   * the one the bound's and the rate's allow, `shown` its `lo` rounded down to `unit`.
   */
  readonly bound?: {
    readonly lo: string;
    readonly hi: string;
    readonly shown: string;
    readonly atLeast: boolean;
  };
  /**
   * The rates the row's two years allow when either is a lower bound (`lowerBound`) or a turnover
   * resting on one (`turnoverBound`), fractions to one decimal in percent rounded outward (`hi`
   * null when the base may be 0): the text writes this range, not `computed`, which is the rate at
   * the bounds. Absent elsewhere.
   */
  readonly computedRange?: { readonly lo: string; readonly hi: string | null };
  /**
   * Present where `value` is a turnover resting on a side published as a lower bound that no
   * published figure narrows: the interval it lies in, as its trade row's `turnoverBound` (exports
   * of exactly US$500 million and imports of "more than US$565 million": `{ lo: '1065000000', hi:
   * '1066000000', bounds: '()' }`), which the text writes for the year. `value` stays the flows'
   * sum; the rates on the year, the average growth from or to it and a target on turnover rest on
   * this interval, as on a `lowerBound` (`computedRange`).
   */
  readonly turnoverBound?: IntervalJson & { readonly bounds: IntervalBounds };
  /** Year-on-year growth computed from the levels (a fraction), when the year before is known. */
  readonly computed: string | null;
  /**
   * The significant digits of 1 + `computed` that the two years' figures support
   * (`yearOnYearDigits`), or null for one decimal in percent: when both figures are exact, when
   * the base is implied by the year's own published rate written to a decimal or finer (2017's
   * +8.5 % on the 2016 it implies), or when the ratio is not positive.
   */
  readonly computedDigits: number | null;
  /**
   * `computed` as the report writes it, a fraction: rounded to those digits ("about +30 %":
   * `0.3`) or to one decimal in percent (`0.085`).
   */
  readonly computedRounded: string | null;
  /**
   * The year-on-year rate the source of `value` published about it, as a fraction like `computed`
   * (0.119 for 11.9 %); null when it published none, or only an uncertain one ("up about 24 %")
   * or one in another currency (as the widgets).
   */
  readonly published: string | null;
  /** The decimals the source wrote `published` with in percent (2 for "32.70 %"). */
  readonly publishedDecimals: number | null;
  readonly source: string | null;
  /**
   * Why the row is marked, without words: the text writes them in its language, `--json` in
   * English (`growthMarkText`).
   */
  readonly marks: readonly GrowthMark[];
  /**
   * What other sources published for the year, when several did (the report uses the one
   * `preferredFlow` chooses): each value and its difference from the one used.
   */
  readonly alternatives: readonly {
    readonly source: string;
    readonly value: string;
    readonly difference: string;
  }[];
}

/**
 * Growth of the dataset's main pair, year on year: of turnover when both directions are known,
 * otherwise of the one direction published; of totals, or, in a dataset of commodity flows
 * only, of the commodity with the most flows.
 */
export interface GrowthSection {
  readonly reporter: string;
  readonly partner: string;
  /** What grows: `turnover`, `exports` or `imports`. */
  readonly measure: SeriesMeasure;
  /** The HS code, or null for totals. */
  readonly commodity: string | null;
  readonly rows: readonly GrowthRow[];
  /**
   * Compound annual growth between the first and the last year, when there are two: `rate`
   * exact (12 digits), `digits` and `rounded` as a row's `computedDigits` and `computedRounded`.
   */
  readonly cagr: {
    readonly rate: string;
    readonly digits: number | null;
    readonly rounded: string;
    readonly from: string;
    readonly to: string;
    /**
     * Present where the first or the last year is a lower bound (a row's `lowerBound`) or a
     * turnover resting on one (a row's `turnoverBound`): the
     * compound rates a year their intervals allow, as a row's `computedRange`, which the text
     * writes in place of `rate`.
     */
    readonly range?: { readonly lo: string; readonly hi: string | null };
  } | null;
  /** Why there is no average growth although there are two years (a first year of 0). */
  readonly cagrNote: string | null;
  /** Why the table shows exports or imports rather than turnover. */
  readonly note: string | null;
}

/** One target and how the observed figures stand against it. */
export interface TargetRow {
  readonly id: string;
  readonly setBy: string;
  readonly status: TargetStatus | null;
  readonly partial: boolean;
  readonly message: string;
  /** The growth to date (a fraction, 12 significant digits); null when not evaluated. */
  readonly growthToDate: string | null;
  /**
   * The significant digits its two figures support (`growthToDateDigits`), null when they are
   * exact (or the target is not evaluated): as a growth row's `computedDigits`.
   */
  readonly growthDigits: number | null;
  /** `growthToDate` as `message` writes it, a fraction: as a growth row's `computedRounded`. */
  readonly growthRounded: string | null;
  readonly requiredRate: { readonly toLower: string; readonly toUpper: string } | null;
  /** A level target's level (its amount exact) and the year it is to be reached by; null for a band. */
  readonly level: {
    readonly amount: string;
    readonly currency: string;
    readonly byYear: number;
  } | null;
  readonly note: string | null;
}

/** The report of a dataset, as plain JSON-ready data (decimals as strings). */
export interface Report {
  readonly dataset: {
    readonly id: string;
    readonly title: string;
    readonly flows: number;
    readonly sources: number;
  };
  readonly trade: readonly TradeSection[];
  /** Why `trade` is empty (`the dataset has no trade flows`); null when it is not. */
  readonly tradeNote: string | null;
  readonly growth: GrowthSection | null;
  /** Why there is no growth table although the dataset has flows. */
  readonly growthNote: string | null;
  /** Top products with their names, concentration, RCA, contributions to growth and mirror flows. */
  readonly commodities: CommoditySection | null;
  /** Why there is no commodity section (no commodity-level flows, say). */
  readonly commoditiesNote: string | null;
  readonly targets: readonly TargetRow[];
  readonly reconciliation: ReconcileReport;
  readonly infrastructure: InfrastructureSection | null;
}

/** The border crossings of the dataset against the official count. */
export interface InfrastructureSection {
  readonly summary: CrossingSummary;
  readonly economicZones: number;
  readonly ranking: readonly RankedCrossing[];
  /**
   * The ranked crossings' names by id, for the text report to write each as its language does
   * (`Cầu Treo – Nậm Phao`); `ranking` keeps the English name, and `--json` leaves these out.
   */
  readonly names: Readonly<Record<string, KnownNames>>;
}

/**
 * Whether `error` is a figure past what the engine computes, which leaves the rest of the report
 * standing: `OUT_OF_RANGE` (a ratio or rate past the supported range) or `PRECISION_EXCEEDED` (a
 * turnover past the digits kept exact).
 */
function isPastComputing(error: unknown): error is BilateralError {
  return (
    error instanceof BilateralError &&
    (error.code === 'OUT_OF_RANGE' || error.code === 'PRECISION_EXCEEDED')
  );
}

/** The unit a flow's amount is known to ({@link knownUnit}); undefined without a flow. */
function unitOf(flow: TradeFlow | undefined): Decimal | undefined {
  return flow === undefined ? undefined : knownUnit(flow);
}

/** The units of a row of exact flows, and its marks where it has none: one for every such row. */
const EXACT_UNITS: TradeRow['units'] = Object.freeze({
  exports: null,
  imports: null,
  turnover: null,
  balance: null,
});
const NO_MARKS: readonly string[] = Object.freeze([]);

/** Whether a flow's figure is exact: no precision, neither approximate nor derived. */
const isExact = (flow: TradeFlow) =>
  flow.precision === undefined && flow.derivation === undefined && flow.uncertain !== true;

/**
 * The unit a sum or a difference of two flows is known to (`summedUnit`, the library's rule):
 * their units summed, a part without one counting as exact; null when both are exact.
 */
const unitOfSum = (a: Decimal | undefined, b: Decimal | undefined): string | null =>
  summedUnit(a, b)?.toFixed() ?? null;

/** The sides a row's source published as lower bounds, each with its interval's width. */
interface RowBounds {
  readonly exports?: Decimal;
  readonly imports?: Decimal;
  /** The sides whose statement's amount is bound `'at-least'`. */
  readonly atLeast: readonly ('exports' | 'imports')[];
}

/**
 * A row's lower bounds ({@link TradeRow}'s `lowerBounds`): the sides whose flow, published
 * (neither uncertain nor derived) without precision, is read by a truncated statement of its side
 * and value among the row's statements (`combinedStatements`: its own sources' where they have
 * some), each with the width of the interval it stands for (the unit it is known to); none
 * elsewhere. The interval such a flow stands for (`flowInterval`) starts at its value ("more than
 * US$565 million": [565, 566) million); a rounded figure's, a precision's or a statement's,
 * starts below it (above 0: at 0 it is clamped there, and 0 is no bound).
 */
function boundsOf(
  exported: TradeFlow | undefined,
  imported: TradeFlow | undefined,
  levels: readonly LevelStatement[],
): RowBounds {
  const either = exported ?? imported;
  if (levels.length === 0 || either === undefined) return NO_BOUNDS;
  const statements = combinedStatements(exported ?? either, imported ?? either, levels);
  const width = (flow: TradeFlow | undefined): Decimal | undefined => {
    if (flow === undefined || flow.uncertain === true || flow.derivation !== undefined) return;
    const interval = flow.value.amount.gt(0) ? flowInterval(flow, statements) : undefined;
    return interval?.lo.eq(flow.value.amount) === true ? interval.hi.minus(interval.lo) : undefined;
  };
  const [exports, imports] = [width(exported), width(imported)];
  // The statement flowInterval read the bound from: the first of its side and value.
  const saysSo = (side: 'exports' | 'imports', flow: TradeFlow | undefined) =>
    flow !== undefined && statedLowerBound(statements, side, flow.value.amount) === 'at-least';
  return {
    ...(exports === undefined ? {} : { exports }),
    ...(imports === undefined ? {} : { imports }),
    atLeast: [
      ...(exports !== undefined && saysSo('exports', exported) ? ['exports' as const] : []),
      ...(imports !== undefined && saysSo('imports', imported) ? ['imports' as const] : []),
    ],
  };
}

/** The bounds of a row without any: one for every such row (a million commodity rows). */
const NO_BOUNDS: RowBounds = Object.freeze({ atLeast: Object.freeze([]) });

/** `lowerBounds` (and `atLeast`) of a row of these bounds: absent where it has none. */
function lowerBounds(bounds: RowBounds): Pick<TradeRow, 'lowerBounds' | 'atLeast'> {
  const sides = (['exports', 'imports'] as const).filter((side) => bounds[side] !== undefined);
  return {
    ...(sides.length === 0 ? {} : { lowerBounds: sides }),
    ...(bounds.atLeast.length === 0 ? {} : { atLeast: bounds.atLeast }),
  };
}

function tradeRow(
  words: ReportWords,
  period: Period,
  exported?: TradeFlow,
  imported?: TradeFlow,
  levels: readonly LevelStatement[] = [],
): TradeRow {
  const sources = [...new Set([exported?.source, imported?.source])].filter(
    (source): source is string => source !== undefined,
  );
  const currency = (exported ?? imported)?.value.currency ?? 'USD';
  const bounds = boundsOf(exported, imported, levels);
  const base = {
    period: formatPeriod(period),
    currency,
    exports: exported?.value.amount.toFixed() ?? null,
    imports: imported?.value.amount.toFixed() ?? null,
    coverageDigits: null,
    balanceRange: null,
    published: null,
    sources,
    ...lowerBounds(bounds),
    marks: rowFlowMarks(exported, imported, words),
  };
  // A bound is known to its interval's width ([565, 566) million: 1 million), not exactly: so are
  // the turnover, balance and cover that rest on it.
  const [exportsUnit, importsUnit] = [
    unitOf(exported) ?? bounds.exports,
    unitOf(imported) ?? bounds.imports,
  ];
  const units = {
    exports: exportsUnit?.toFixed() ?? null,
    imports: importsUnit?.toFixed() ?? null,
    turnover: null,
    balance: null,
  };
  if (exported === undefined || imported === undefined) {
    return { ...base, turnover: null, balance: null, coverageRatio: null, units, position: null };
  }
  if (imported.value.currency !== currency) {
    // Turnover and balance would need a dated conversion, which the dataset does not give.
    return {
      ...base,
      importsCurrency: imported.value.currency,
      turnover: null,
      balance: null,
      coverageRatio: null,
      units,
      position: null,
      marks: [...base.marks, words.currenciesDiffer(currency, imported.value.currency)],
    };
  }
  // Two exact flows and no published figure to narrow them (a million commodity rows): the
  // figures by digit work, the same texts as below.
  const exact =
    levels.length === 0 && isExact(exported) && isExact(imported)
      ? exactTradeFigures(base.exports ?? '', base.imports ?? '')
      : undefined;
  if (exact !== undefined) {
    // Written out, not spread from base, and the units and no marks shared: 570 rather than
    // 1,115 bytes a row (a section's rows are all held while it is written: tradeSections).
    return {
      period: base.period,
      currency,
      exports: base.exports,
      imports: base.imports,
      coverageDigits: null,
      balanceRange: null,
      published: null,
      sources,
      marks: base.marks.length === 0 ? NO_MARKS : base.marks,
      turnover: exact.turnover,
      balance: exact.balance,
      coverageRatio: exact.coverageRatio,
      units: EXACT_UNITS,
      position: exact.position,
    };
  }
  let result: TradeBalance<Money>;
  let summed: string | null;
  try {
    result = tradeBalance({ exports: exported.value, imports: imported.value });
    summed = unitOfSum(exportsUnit, importsUnit);
  } catch (error) {
    // A ratio past the supported range (exports of 1e32 on imports of a cent), or a turnover or
    // its unit past the digits kept exact (0 to the 1e30 plus 0 to the 1e-34): the row stands.
    if (!isPastComputing(error)) throw error;
    return {
      ...base,
      turnover: null,
      balance: null,
      coverageRatio: null,
      units,
      position: null,
      marks: [...base.marks, words.noTurnover(error.message)],
    };
  }
  const row = {
    ...base,
    turnover: result.turnover.amount.toFixed(),
    balance: result.balance.amount.toFixed(),
    coverageRatio: result.coverageRatio === null ? null : computedJson(result.coverageRatio),
    coverageDigits:
      fewestDigits([
        [exported.value.amount, exportsUnit],
        [imported.value.amount, importsUnit],
      ]) ?? null,
    units: {
      ...units,
      turnover: summed,
      balance: summed,
    },
  };
  // The published statements may narrow the balance (withPublished); else its sign is known as
  // far as the flows' own rounding lets it be. On a side published as a lower bound, the
  // position comes from the interval that allows, its ends kept (boundBalanceRow).
  const kind = (side: 'exports' | 'imports'): SideBounds =>
    bounds[side] === undefined
      ? {}
      : { [side]: bounds.atLeast.includes(side) ? 'at-least' : 'more-than' };
  const sideBounds = { ...kind('exports'), ...kind('imports') };
  const combined =
    levels.length > 0
      ? withPublished(row, exported, imported, levels, words, sideBounds)
      : undefined;
  if (combined !== undefined) return combined;
  const balance = flowsBalance(exported, imported, levels);
  if (bounds.exports === undefined && bounds.imports === undefined) {
    return { ...row, ...positionedRow(balance, row.marks, words) };
  }
  return {
    ...row,
    turnoverBound: boundTurnover(flowsTurnover(exported, imported, levels), sideBounds),
    ...boundBalanceRow(balance, sideBounds, row.marks, words),
  };
}

/**
 * Groups flows by reporter–partner pair, commodity and period: the totals of each pair first,
 * then its commodities by HS code.
 */
function tradeSections(
  flows: readonly TradeFlow[],
  statements: readonly Statement[],
  words: ReportWords,
): TradeSection[] {
  type Entry = { period: Period; exported?: TradeFlow; imported?: TradeFlow };
  const sections = new Map<
    string,
    { reporter: string; partner: string; commodity: string | null; periods: Map<string, Entry> }
  >();
  const levels = publishedLevels(statements);
  // Statements are about totals: a commodity's rows are not combined.
  const levelsOf = (section: { reporter: string; partner: string }, entry: Entry) => {
    const currency = (entry.exported ?? entry.imported)?.value.currency ?? '';
    return levels(section.reporter, section.partner, entry.period, currency);
  };
  for (const flow of flows) {
    const commodity = flow.commodity ?? null;
    const sectionKey = `${flow.reporter}|${flow.partner}|${commodity ?? ''}`;
    let section = sections.get(sectionKey);
    if (section === undefined) {
      section = { reporter: flow.reporter, partner: flow.partner, commodity, periods: new Map() };
      sections.set(sectionKey, section);
    }
    const periodKey = `${formatPeriod(flow.period)}|${flow.source}`;
    const entry = section.periods.get(periodKey) ?? { period: flow.period };
    if (flow.flow === 'export') entry.exported = flow;
    else entry.imported = flow;
    section.periods.set(periodKey, entry);
  }
  // Pairs in the order they first appear; within a pair, totals ('' sorts first), then HS codes.
  const pairOrder = new Map<string, number>();
  for (const { reporter, partner } of sections.values()) {
    const pair = `${reporter}|${partner}`;
    if (!pairOrder.has(pair)) pairOrder.set(pair, pairOrder.size);
  }
  const rank = (section: { reporter: string; partner: string }) =>
    pairOrder.get(`${section.reporter}|${section.partner}`) ?? 0;
  return [...sections.values()]
    .sort((a, b) => rank(a) - rank(b) || (a.commodity ?? '').localeCompare(b.commodity ?? ''))
    .map(({ periods, ...section }) => {
      const entries = [...periods.values()].sort((a, b) => comparePeriods(a.period, b.period));
      // Made each time they are read, not kept: the text and the JSON read a section's rows once,
      // as they write it, so a million rows are never in memory at once (only their flows).
      return {
        ...section,
        get rows(): TradeRow[] {
          return nameSharedSources(
            entries.map((entry) =>
              tradeRow(
                words,
                entry.period,
                entry.exported,
                entry.imported,
                section.commodity === null ? levelsOf(section, entry) : [],
              ),
            ),
            words,
          );
        },
      };
    });
}

/** Marks the source of each row whose period another row repeats (several sources publish it). */
function nameSharedSources(rows: readonly TradeRow[], words: ReportWords): TradeRow[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.period, (counts.get(row.period) ?? 0) + 1);
  return rows.map((row) =>
    (counts.get(row.period) ?? 0) > 1
      ? { ...row, marks: [words.fromSources(row.sources.join(', ')), ...row.marks] }
      : row,
  );
}

/** The pair most of the dataset is about: the reporter–partner pair with the most flows. */
function mainPair(dataset: Dataset): { reporter: string; partner: string } | undefined {
  const counts = new Map<string, number>();
  for (const flow of dataset.flows) {
    const key = `${flow.reporter}|${flow.partner}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (best === undefined) return undefined;
  const [reporter = '', partner = ''] = best[0].split('|');
  return { reporter, partner };
}

/** Each measure as the statements name their subject (the text's words are `ReportWords.measures`). */
const MEASURE_WORDS: Readonly<Record<SeriesMeasure, string>> = {
  turnover: 'turnover',
  exports: 'exports',
  imports: 'imports',
};

interface GrowthChoice {
  readonly series: Series;
  readonly measure: SeriesMeasure;
  readonly commodity: string | null;
  readonly note: string | null;
}

/**
 * The yearly series to show growth for: the pair's totals before its commodities; within them,
 * the {@link defaultMeasure}; or why there is none.
 */
function growthChoice(
  dataset: Dataset,
  pair: { reporter: string; partner: string },
  words: ReportWords,
): GrowthChoice | string {
  let mismatch: string | null = null;
  for (const commodity of [undefined, ...datasetCommodities(dataset, pair)]) {
    const drawn = new Map<SeriesMeasure, Series | null>();
    const seriesOf = (measure: SeriesMeasure): Series | null => {
      if (!drawn.has(measure)) {
        try {
          drawn.set(
            measure,
            datasetSeries(dataset, {
              ...pair,
              measure,
              periodKind: 'year',
              impliedBases: true,
              ...(commodity === undefined ? {} : { commodity }),
            }),
          );
        } catch (error) {
          if (!(error instanceof BilateralError) || error.code !== 'CURRENCY_MISMATCH') throw error;
          mismatch ??= error.issues.map((issue) => issue.message).join('; ');
          drawn.set(measure, null);
        }
      }
      return drawn.get(measure) ?? null;
    };
    const measure = defaultMeasure((candidate) => seriesOf(candidate)?.points.length ?? 0);
    const series = measure === undefined ? null : seriesOf(measure);
    if (measure === undefined || series === null) continue;
    const years = seriesOf('turnover')?.points.length ?? 0;
    let note: string | null = null;
    if (measure !== 'turnover') {
      if (mismatch !== null) note = words.onlyMixedCurrencies(measure, mismatch);
      else if (years === 0) note = words.onlyNoBothSides(measure);
      else note = words.onlyFewerYears(measure, series.points.length, years);
    }
    return { series, measure, commodity: commodity ?? null, note };
  }
  return mismatch === null ? words.noYearlySeries : words.mixedCurrencies(mismatch);
}

/** A row's computed rate, exact and as its figures support it (`point` on `base`). */
function computedRate(
  rate: Decimal | null,
  point: SeriesPoint | undefined,
  base: SeriesPoint | undefined,
): Pick<GrowthRow, 'computed' | 'computedDigits' | 'computedRounded'> {
  if (rate === null || point === undefined) {
    return { computed: null, computedDigits: null, computedRounded: null };
  }
  const digits = yearOnYearDigits(point, base) ?? null;
  const computed = computedJson(rate);
  return {
    computed,
    computedDigits: digits,
    computedRounded: writtenRate(computed, digits, 'en').rounded,
  };
}

/** A published rate (in percent, as the source wrote it: `'32.70'`) as a growth row gives it. */
function publishedRate(
  percent: string | undefined,
): Pick<GrowthRow, 'published' | 'publishedDecimals'> {
  if (percent === undefined) return { published: null, publishedDecimals: null };
  return {
    published: fractionOfPercent(percent),
    publishedDecimals: percent.split('.')[1]?.length ?? 0,
  };
}

/**
 * The compound annual growth of a yearly series from its first year to its last, or why there is
 * none: a first year of 0, or more years than a compound rate is taken over (from the year 1);
 * with the range the years allow where either is a lower bound (`bounds`, {@link statedBounds}).
 */
function averageGrowth(
  series: Series,
  measure: SeriesMeasure,
  words: ReportWords,
  bounds: ReadonlyMap<SeriesPoint, PointBound>,
): Pick<GrowthSection, 'cagr' | 'cagrNote'> {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last || first === last) return { cagr: null, cagrNote: null };
  const [from, to] = [formatPeriod(first.period), formatPeriod(last.period)];
  if (!first.value.amount.gt(0)) {
    return {
      cagr: null,
      cagrNote: words.noAverageFromZero(measure, from),
    };
  }
  let result: ReturnType<typeof seriesCagr>;
  try {
    result = seriesCagr(series);
  } catch (error) {
    const [issue] = error instanceof BilateralError ? error.issues : [];
    if (issue?.path[0] !== 'intervals') throw error;
    return { cagr: null, cagrNote: words.noAverage(from, to, issue.message) };
  }
  const digits = rateDigits(last, first, result.intervals) ?? null;
  const rate = computedJson(result.rate);
  const range = rateRange(last, first, bounds, result.intervals);
  return {
    cagr: {
      rate,
      digits,
      rounded: writtenRate(rate, digits, 'en').rounded,
      from,
      to,
      ...(range === undefined ? {} : { range }),
    },
    cagrNote: null,
  };
}

/**
 * A pair's rows of totals as the trade table writes them (the rows of its section of flows
 * without a commodity; none where it has no such section).
 */
type TotalsRows = (reporter: string, partner: string) => readonly TradeRow[];

/**
 * The trade sections, and their {@link TotalsRows}: the rows of a pair's totals that the growth
 * table or a target reads are made once and kept, and the trade table writes those (a report
 * reads few pairs' totals). The other sections' rows are made each time they are read, as
 * {@link tradeSections} makes them.
 */
function withKeptTotals(sections: readonly TradeSection[]): {
  readonly trade: TradeSection[];
  readonly totals: TotalsRows;
} {
  const kept = new Map<TradeSection, readonly TradeRow[]>();
  const trade = sections.map(
    (section): TradeSection =>
      section.commodity === null
        ? {
            reporter: section.reporter,
            partner: section.partner,
            commodity: null,
            get rows() {
              return kept.get(section) ?? section.rows;
            },
          }
        : section,
  );
  const totals: TotalsRows = (reporter, partner) => {
    const section = sections.find(
      (s) => s.commodity === null && s.reporter === reporter && s.partner === partner,
    );
    return section === undefined ? [] : getOrCreate(kept, section, () => section.rows);
  };
  return { trade, totals };
}

/**
 * The points of a turnover series of totals that rest on a side published as a lower bound, no
 * published figure narrowing them: each with the interval its trade row gives (`turnoverBound` of
 * the row of the point's period and source in `totals`, the rows the trade table writes) as a
 * {@link PointBound} for the rates and verdicts (its bottom reached where no side says "more
 * than", {@link boundOf}), and that row's interval (`json`). A point whose value is not its flows'
 * sum (a published turnover's, say), whose row is of another currency, or derived has none; so
 * has a series of one side (its bounds are stated: {@link statedBounds}).
 */
function sideBoundTurnovers(
  dataset: Dataset,
  series: Series,
  totals: TotalsRows,
): Map<SeriesPoint, PointBound & { readonly json: NonNullable<GrowthRow['turnoverBound']> }> {
  const found: ReturnType<typeof sideBoundTurnovers> = new Map();
  // A side is a bound only where a level statement reads it so (boundsOf).
  if (series.measure !== 'turnover' || !dataset.statements.some((s) => s.kind === 'level')) {
    return found;
  }
  const { currency } = series;
  // A row of totals is of one period and source (tradeSections' entries), a source named once.
  const rows = new Map<string, TradeRow>();
  for (const row of totals(series.reporter, series.partner)) {
    if (row.turnoverBound !== undefined) rows.set(`${row.period} ${row.sources[0]}`, row);
  }
  if (rows.size === 0) return found;
  for (const point of series.points) {
    if (point.derivation !== undefined) continue;
    const row = rows.get(`${formatPeriod(point.period)} ${point.source}`);
    const json = row?.turnoverBound;
    if (
      json === undefined ||
      row?.currency !== currency ||
      row.turnover === null ||
      !point.value.amount.eq(row.turnover)
    ) {
      continue;
    }
    const [lo, hi] = [new Decimal(json.lo), new Decimal(json.hi)];
    found.set(point, { ...boundOf(point, lo, hi, json.bounds.startsWith('[')), json });
  }
  return found;
}

/**
 * A turnover series of totals whose points rest on a side published as a lower bound (their trade
 * row's `turnoverBound`, as {@link sideBoundTurnovers} finds them), with the unit that row knows
 * the turnover to (`units.turnover`: the bound's width plus the other side's unit, the width of
 * its interval). The series knows a turnover to its parts' precisions summed, a part without one
 * counting as exact (`summedUnit`, the trade table's rule too), but reads no statement of a side:
 * there a bound's flow, published without a precision, is exact ("more than US$565 million" and
 * exports to the million: known to the million, where its interval is 2 million wide). A point
 * uncertain, derived or a lower bound is left as it is.
 */
function withBoundSidesUnit(series: Series, totals: TotalsRows): Series {
  if (series.measure !== 'turnover') return series;
  const rows = new Map<string, TradeRow>();
  for (const row of totals(series.reporter, series.partner)) {
    if (row.turnoverBound !== undefined && row.sources.length === 1) {
      rows.set(`${row.period} ${row.sources[0]}`, row);
    }
  }
  if (rows.size === 0) return series;
  let changed = false;
  const points = series.points.map((point) => {
    if (
      point.derivation !== undefined ||
      point.uncertain === true ||
      point.lowerBound !== undefined
    ) {
      return point;
    }
    const row = rows.get(`${formatPeriod(point.period)} ${point.source}`);
    const unit = row?.units.turnover;
    if (
      unit === null ||
      unit === undefined ||
      row?.currency !== point.value.currency ||
      row.turnover === null ||
      !point.value.amount.eq(row.turnover)
    ) {
      return point;
    }
    changed = true;
    return { ...point, precision: new Decimal(unit) };
  });
  return changed ? { ...series, points } : series;
}

/** The mark of a year whose value a statement of `measure` published as a lower bound. */
const STATED_SIDES = { exports: 'export', imports: 'import', turnover: 'turnover' } as const;

/**
 * The growth table of the main pair, or why there is none (only months, say, or every yearly
 * series mixing currencies).
 */
function growthSection(
  dataset: Dataset,
  pair: { reporter: string; partner: string },
  words: ReportWords,
  totals: TotalsRows,
): GrowthSection | string {
  const choice = growthChoice(dataset, pair, words);
  if (typeof choice === 'string') return choice;
  const { measure, commodity } = choice;
  const series = commodity === null ? withBoundSidesUnit(choice.series, totals) : choice.series;
  const subject = MEASURE_WORDS[measure];
  // As the widgets (publishedRates): rates about totals, in the series' currency, certain, each
  // the growth of its own source's figure.
  const published = new Map<string, string>();
  for (const s of dataset.statements) {
    if (
      commodity === null &&
      s.kind === 'growth' &&
      s.uncertain !== true &&
      s.subject === subject &&
      s.reporter === pair.reporter &&
      s.partner === pair.partner &&
      (s.currency === undefined || s.currency === series.currency)
    ) {
      published.set(`${s.period} ${s.source}`, s.rate.value);
    }
  }
  const byPeriod = new Map(series.points.map((point) => [formatPeriod(point.period), point]));
  // The flows a year's value rests on (the measure's sides, of its source) that their source
  // published as an estimate, or (without precision) as a lower bound, as the trade table says
  // them: one pass over the flows, keeping those two kinds.
  const sides: readonly ('export' | 'import')[] =
    measure === 'turnover' ? ['export', 'import'] : [measure === 'exports' ? 'export' : 'import'];
  const flagged = new Map<string, TradeFlow>();
  for (const flow of dataset.flows) {
    if (
      (flow.status === 'estimate' || flow.precision === undefined) &&
      flow.reporter === pair.reporter &&
      flow.partner === pair.partner &&
      (flow.commodity ?? null) === commodity &&
      sides.includes(flow.flow)
    ) {
      flagged.set(`${formatPeriod(flow.period)} ${flow.source} ${flow.flow}`, flow);
    }
  }
  const levels = commodity === null ? publishedLevels(dataset.statements) : undefined;
  const bounds = statedBounds(dataset, series, commodity);
  const sided = commodity === null ? sideBoundTurnovers(dataset, series, totals) : new Map();
  // What the rates rest on: a stated bound's interval, else a turnover's on a bound side.
  const intervals = new Map([...sided, ...bounds]);
  const rows = yearOnYear(series).map((point, index): GrowthRow => {
    const source = series.points[index];
    const marks: GrowthMark[] = [];
    if (source?.uncertain) marks.push({ kind: 'uncertain' });
    const bound = source === undefined ? undefined : bounds.get(source);
    if (bound !== undefined) marks.push({ kind: 'lowerBound', flow: STATED_SIDES[measure] });
    const [exported, imported] = (['export', 'import'] as const).map((side) =>
      flagged.get(`${formatPeriod(point.period)} ${source?.source} ${side}`),
    );
    for (const flow of sides) {
      if ((flow === 'export' ? exported : imported)?.status === 'estimate') {
        marks.push({ kind: 'estimated', flow });
      }
    }
    const pairLevels = levels?.(pair.reporter, pair.partner, point.period, series.currency) ?? [];
    for (const side of lowerBounds(boundsOf(exported, imported, pairLevels)).lowerBounds ?? []) {
      const flow = side === 'exports' ? 'export' : 'import';
      // A measure of one side whose point is the bound is marked so above already.
      const marked = bound !== undefined && STATED_SIDES[measure] === flow;
      if (sides.includes(flow) && !marked) marks.push({ kind: 'lowerBound', flow });
    }
    if (source?.derivation !== undefined) {
      marks.push({ kind: 'derived', derivation: source.derivation });
    }
    const alternatives = (source?.alternatives ?? []).map((other) => ({
      source: other.source,
      value: other.value.amount.toFixed(),
      difference: other.value.amount.minus(point.value.amount).toFixed(),
    }));
    for (const other of alternatives) marks.push({ kind: 'gives', ...other });
    const period = formatPeriod(point.period);
    const unit = source === undefined ? undefined : knownUnit(source);
    const known = knownAmount(point.value.amount, unit);
    const basePoint =
      point.basePeriod === null ? undefined : byPeriod.get(formatPeriod(point.basePeriod));
    const range =
      source === undefined || basePoint === undefined || point.rate === null
        ? undefined
        : rateRange(source, basePoint, intervals);
    const turnoverBound = source === undefined ? undefined : sided.get(source)?.json;
    return {
      period,
      // A base implied by a later year and its growth is a quotient: computed digits.
      value:
        source?.derivation === undefined
          ? point.value.amount.toFixed()
          : computedJson(point.value.amount),
      currency: point.value.currency,
      precision: source?.precision?.toFixed() ?? null,
      unit: unit?.toFixed() ?? null,
      valueRounded: known.amount.toFixed(),
      valueAbout: known.about,
      ...(bound === undefined
        ? {}
        : {
            lowerBound: true,
            bound: {
              ...outwardEnds(bound),
              shown: bound.shown.toFixed(),
              atLeast: bound.atLeast,
            },
          }),
      ...computedRate(point.rate, source, basePoint),
      ...(range === undefined ? {} : { computedRange: range }),
      ...(turnoverBound === undefined || bound !== undefined ? {} : { turnoverBound }),
      ...publishedRate(published.get(`${period} ${source?.source}`)),
      source: source?.source ?? null,
      marks,
      alternatives,
    };
  });
  return {
    ...pair,
    measure,
    commodity,
    note: choice.note,
    rows,
    ...averageGrowth(series, measure, words, intervals),
  };
}

/**
 * Why a target's verdict cannot be decided: the years published as lower bounds (`2026: more
 * than US$3 billion`) and the verdicts at the two ends of their intervals (`behind to ahead`).
 */
function undecidedWhy(
  bounds: ReadonlyMap<SeriesPoint, PointBound>,
  atBound: TargetStatus,
  atTop: TargetStatus,
  words: ReportWords,
): string {
  const { locale } = words;
  const colon = locale === 'zh' ? '：' : ': ';
  const years = [...bounds].map(([point, bound]) => {
    const { currency } = point.value;
    const text = compactAmount(bound.shown.toFixed(), currency, locale, bound.unit.toFixed());
    // Its digits as the message's English numbers are, which the text report localizes.
    const amount = englishNumbers(text.text, locale);
    return `${formatPeriod(point.period)}${colon}${boundText(amount, bound.atLeast, words)}`;
  });
  const verdicts = words.range(words.statuses[atBound], words.statuses[atTop]);
  return `${years.join(words.separator)}${colon}${verdicts}`;
}

/** A growth to date between two values, outward to one decimal in percent: `+13.4 % to +16.9 %`. */
function growthRangeText(a: Decimal, b: Decimal, words: ReportWords): string {
  const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
  const end = (rate: Decimal, rounding: typeof Decimal.ROUND_FLOOR | typeof Decimal.ROUND_CEIL) =>
    percent(rate.toDecimalPlaces(3, rounding).toFixed(), words.locale);
  return words.range(end(lo, Decimal.ROUND_FLOOR), end(hi, Decimal.ROUND_CEIL));
}

/** The verdicts from the worst to the best, as {@link boundVerdicts} orders them. */
const VERDICT_ORDER: readonly TargetStatus[] = [
  'awaiting-data',
  'missed',
  'behind',
  'at-risk',
  'on-track',
  'ahead',
  'met',
];

/**
 * The verdicts a target allows on a series some of whose years are lower bounds (`bounds`,
 * {@link statedBounds}): `low` and `high` its evaluations at the ends of their intervals, the
 * worst with the base near its top and every other year at its bottom, the best the reverse, and
 * `statuses` every verdict the bounds allow, from the worst to the best. A verdict falls with the
 * base and rises with the current year, and with any year between (a level is met as soon as a
 * year reaches it), so the years between go with the current one, not the base; but the year
 * before the current one also sets last year's pace (`at-risk` when it reaches the target), which
 * falls as that year rises, so it is tried at both ends too: the worst just below the level where
 * its interval holds it (reaching the level would meet it), the best at its bottom. The bounds'
 * ends, not the values as published: "more than US$3.427 billion" excludes 3.427 billion itself,
 * where a threshold may lie. `named`: the bounds the verdict rests on, in their order, which an
 * undecided one names (not a bound before the base).
 */
function boundVerdicts(
  target: Target,
  series: Series,
  bounds: ReadonlyMap<SeriesPoint, PointBound>,
  evaluation: TargetEvaluation,
): {
  low: TargetEvaluation;
  high: TargetEvaluation;
  statuses: readonly TargetStatus[];
  named: ReadonlyMap<SeriesPoint, PointBound>;
} {
  const from = formatPeriod(evaluation.base.period);
  const atEnds = (raised: (point: SeriesPoint) => boolean, within = bounds) =>
    evaluateTarget(
      target,
      boundsAtEnds(series, within, new Set([...bounds.keys()].filter(raised))),
    );
  const isBase = (point: SeriesPoint) => formatPeriod(point.period) === from;
  const low = atEnds(isBase);
  const high = atEnds((point) => !isBase(point));
  const found = [low.status, high.status];
  const { period } = evaluation.current;
  const previous =
    evaluation.partial || period.kind !== 'year'
      ? undefined
      : series.points.find((p) => p.period.kind === 'year' && p.period.year === period.year - 1);
  const bound = previous === undefined ? undefined : bounds.get(previous);
  if (previous !== undefined && bound !== undefined && !isBase(previous)) {
    found.push(atEnds((point) => !isBase(point) && point !== previous).status);
    const level = target.kind === 'level' ? target.level.amount : undefined;
    if (level === undefined || level.gt(bound.lo)) {
      const hi = level === undefined || bound.hi.lt(level) ? bound.hi : level;
      const capped = new Map(bounds).set(previous, { ...bound, hi });
      found.push(atEnds((point) => isBase(point) || point === previous, capped).status);
    }
  }
  const statuses = VERDICT_ORDER.filter((status) => found.includes(status));
  // The bounds the verdict rests on: the base's, the current year's, the year before it and, for
  // a level (met in any year), every year between.
  const now = evaluation.current.period;
  const restsOn = (point: SeriesPoint) =>
    isBase(point) ||
    point === previous ||
    comparePeriods(point.period, now) === 0 ||
    (target.kind === 'level' &&
      comparePeriods(point.period, evaluation.base.period) > 0 &&
      comparePeriods(point.period, now) < 0);
  const named = new Map(
    [...bounds]
      .filter(([point]) => restsOn(point))
      .sort(([a], [b]) => comparePeriods(a.period, b.period)),
  );
  return { low, high, statuses, named };
}

function targetRows(
  dataset: Dataset,
  whose: string,
  words: ReportWords,
  totals: TotalsRows,
): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const target of dataset.targets) {
    // The target's own measure, as the widgets evaluate it (review h150 A5: always turnover).
    const request = {
      reporter: target.reporter,
      partner: target.partner,
      measure: target.measure,
      impliedBases: true,
    };
    const attempts: Series[] = [datasetSeries(dataset, { ...request, periodKind: 'year' })];
    if (target.kind !== 'level') {
      // The latest partial year within the target's years (e.g. nine months of 2024 for 2024).
      const lastYear = target.kind === 'growth-band' ? target.year : target.endYear;
      const toDate = datasetSeries(dataset, { ...request, periodKind: 'year-to-date' });
      const points = toDate.points.filter(
        (point) => point.period.kind === 'year-to-date' && point.period.year <= lastYear,
      );
      // The current point must be published, not a base implied for a later year.
      while (points.length > 0 && points[points.length - 1]?.derivation !== undefined) points.pop();
      attempts.push({ ...toDate, points });
    }
    for (const [index, series] of attempts.entries()) {
      const level =
        target.kind === 'level'
          ? {
              amount: target.level.amount.toFixed(),
              currency: target.level.currency,
              byYear: target.byYear,
            }
          : null;
      const base = { id: target.id, setBy: target.setBy, level, note: target.note ?? null };
      try {
        const evaluation = evaluateTarget(target, series);
        // A year published as a lower bound, or a turnover resting on one.
        const bounds = new Map([
          ...sideBoundTurnovers(dataset, series, totals),
          ...statedBounds(dataset, series, null),
        ]);
        const { low, high, statuses, named } =
          bounds.size === 0
            ? { low: evaluation, high: evaluation, statuses: [evaluation.status], named: bounds }
            : boundVerdicts(target, series, bounds, evaluation);
        if (statuses.length > 1) {
          rows.push({
            ...base,
            status: null,
            partial: evaluation.partial,
            message: words.cannotEvaluate(
              undecidedWhy(named, statuses[0] ?? low.status, statuses.at(-1) ?? high.status, words),
            ),
            growthToDate: null,
            growthDigits: null,
            growthRounded: null,
            requiredRate: null,
          });
          continue;
        }
        const atBound = targetGrowth(evaluation, words.locale);
        const growth = low.growthToDate.eq(high.growthToDate)
          ? atBound
          : { ...atBound, text: growthRangeText(low.growthToDate, high.growthToDate, words) };
        const decided = { ...evaluation, status: low.status };
        rows.push({
          ...base,
          status: decided.status,
          partial: evaluation.partial,
          message: targetMessage(target, decided, growth, words),
          growthToDate: growth.computed,
          growthDigits: growth.digits,
          growthRounded: growth.rounded,
          requiredRate:
            evaluation.requiredRate === null
              ? null
              : {
                  toLower: computedJson(evaluation.requiredRate.toLower),
                  toUpper: computedJson(evaluation.requiredRate.toUpper),
                },
        });
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        // A partial year is a second look: without one, the yearly row says it all.
        if (index > 0) continue;
        const flows = words.measureOf(
          target.measure,
          economyLabel(target.reporter, words.locale),
          economyLabel(target.partner, words.locale),
        );
        const why =
          series.points.length === 0 ? words.noYearlyMeasure(whose, flows) : error.message;
        rows.push({
          ...base,
          status: null,
          partial: false,
          message: words.cannotEvaluate(why),
          growthToDate: null,
          growthDigits: null,
          growthRounded: null,
          requiredRate: null,
        });
      }
    }
  }
  return rows;
}

function infrastructureSection(dataset: Dataset): InfrastructureSection | null {
  if (dataset.crossings.length === 0) return null;
  const pairCountries = new Set(
    dataset.crossings.flatMap((crossing) => crossing.sides.map((side) => side.country)),
  );
  const official = dataset.crossingCounts.find(
    (count) =>
      count.countries.length === 2 &&
      count.countries.every((country) => pairCountries.has(country)),
  );
  const summary = summarizeCrossings(dataset.crossings, official === undefined ? {} : { official });
  const ranking = rankCrossings(dataset.crossings, { facilities: dataset.facilities }).slice(0, 5);
  const ranked = new Set(ranking.map((crossing) => crossing.crossingId));
  return {
    summary,
    economicZones: dataset.facilities.filter(
      (facility) => facility.kind === 'border-gate-economic-zone',
    ).length,
    ranking,
    names: Object.fromEntries(
      dataset.crossings
        .filter((crossing) => ranked.has(crossing.id))
        .map((crossing) => [crossing.id, crossing.names]),
    ),
  };
}

function growthOf(
  dataset: Dataset,
  pair: { reporter: string; partner: string } | undefined,
  whose: string,
  words: ReportWords,
  totals: TotalsRows,
): Pick<Report, 'growth' | 'growthNote'> {
  let growth: GrowthSection | string = words.noFlows(whose);
  try {
    if (pair !== undefined) growth = growthSection(dataset, pair, words, totals);
  } catch (error) {
    // A rate past the supported range (a year of 1e32 on one of a cent), or a turnover past the
    // digits kept exact: the rest of the report stands, as it does without commodity indicators.
    if (!isPastComputing(error)) throw error;
    growth = error.message;
  }
  return typeof growth === 'string'
    ? { growth: null, growthNote: growth }
    : { growth, growthNote: null };
}

function commoditiesOf(
  dataset: Dataset,
  words: ReportWords,
): Pick<Report, 'commodities' | 'commoditiesNote'> {
  let section: CommoditySection | string;
  try {
    section = commoditySection(dataset, words.commodities);
  } catch (error) {
    // Products of one year in several currencies, say: the rest of the report stands.
    if (!(error instanceof BilateralError)) throw error;
    section = words.commoditiesNotComputed(error.message);
  }
  return typeof section === 'string'
    ? { commodities: null, commoditiesNote: section }
    : { commodities: section, commoditiesNote: null };
}

/** Options of {@link buildReport}. */
export interface ReportOptions {
  /**
   * Use only this source's flows and statements for the trade, growth and target sections
   * (`bilateral report --source <id>`). Without it, where several sources publish a period the
   * series use the one `preferredFlow` chooses and the growth rows list the others.
   */
  readonly source?: string;
  /**
   * The language of the report's words: its marks, notes, messages and dataset title
   * (`bilateral report --locale`); `en` by default, as `--json` gives them.
   */
  readonly locale?: Locale;
}

/**
 * The dataset as the trade, growth and target sections read it: only `source`'s flows and
 * statements (`--source`), or all of them, each with the bound its text states recorded as
 * `parseDataset` records it ({@link withRecordedBounds}: a compact file toCompactDataset did not
 * write, read with `datasetFromCheckedCompact`, is read as its text says), with each lower bound a
 * flow repeats from the other side of its pair stated for that flow's pair too
 * ({@link withMirroredBounds}), and without the turnovers {@link withTurnoverBounds} states for
 * drawing (a dataset the widgets validated has them): the report works them out from the flows
 * itself, with their ends, where read as published one made a rate "+12.2 %" that the sides give
 * as "+12.0 % to +12.3 %".
 */
function scopedTo(given: Dataset, source: string | undefined): Dataset {
  const dataset = withoutTurnoverBounds(withRecordedBounds(given));
  const { flows, statements } =
    source === undefined
      ? dataset
      : {
          flows: dataset.flows.filter((flow) => flow.source === source),
          statements: dataset.statements.filter((statement) => statement.source === source),
        };
  const read = withMirroredBounds(flows, statements);
  return flows === dataset.flows && read === dataset.statements
    ? dataset
    : { ...dataset, flows, statements: read };
}

/**
 * The growth section of a dataset's report in English, whatever the language of the text: why
 * there is no growth table, as a usage error of `--currency` says it (its message is English).
 *
 * @example
 * ```ts
 * reportGrowth({ ...vietnamLaos, flows: [] }, { source: 'gso' }).growthNote;
 * //=> 'source "gso" has no trade flows'
 * ```
 */
export function reportGrowth(
  dataset: Dataset,
  options: Pick<ReportOptions, 'source'> = {},
): Pick<Report, 'growth' | 'growthNote'> {
  const { source } = options;
  const scoped = scopedTo(dataset, source);
  const words = REPORT_WORDS.en;
  return growthOf(
    scoped,
    mainPair(scoped),
    words.whose(source === undefined ? undefined : quoteInput(source)),
    words,
    withKeptTotals(tradeSections(scoped.flows, scoped.statements, words)).totals,
  );
}

/**
 * Builds the report of a dataset. The turnovers `withTurnoverBounds` adds for drawing (a dataset
 * the widgets validated, or a document written from one, has them) are left out: the report works
 * them out from the flows, with their ends.
 */
export function buildReport(dataset: Dataset, options: ReportOptions = {}): Report {
  const { source } = options;
  const words = REPORT_WORDS[options.locale ?? 'en'];
  const scoped = scopedTo(dataset, source);
  const pair = mainPair(scoped);
  const whose = words.whose(source === undefined ? undefined : quoteInput(source));
  const { trade, totals } = withKeptTotals(tradeSections(scoped.flows, scoped.statements, words));
  return {
    dataset: {
      id: dataset.id,
      title: dataset.title[words.locale] ?? dataset.title.en,
      flows: dataset.flows.length,
      sources: dataset.sources.length,
    },
    trade,
    tradeNote: trade.length === 0 ? words.noFlows(whose) : null,
    ...growthOf(scoped, pair, whose, words, totals),
    ...commoditiesOf(scoped, words),
    targets: targetRows(scoped, whose, words, totals),
    reconciliation: reconciliationIn(withoutTurnoverBounds(dataset).statements, words),
    infrastructure: infrastructureSection(dataset),
  };
}
