/**
 * The reporter's position in a trade row of `bilateral report` (`TradeRow.position`): what the
 * interval the row's balance is known to supports.
 *
 * @packageDocumentation
 */

import { boundJson, type SideBounds } from '../dataset/turnover-bounds-interval.js';
import type { LevelStatement } from '../figures/_reconcile-index.js';
import {
  addIntervals,
  type Interval,
  interval,
  publishedAmount,
  subtractIntervals,
} from '../figures/index.js';
import { combinedStatements, flowInterval } from '../figures/published-trade.js';
import type { TradeFlow } from '../flow/index.js';
import { uncertaintyUnit } from '../growth/index.js';
import type { TradeRow } from './report.js';
import type { ReportWords } from './report-words/index.js';

/**
 * The position a balance interval supports: surplus where the whole interval is above 0, deficit
 * where it is below, balanced for the single point 0, else none (null: the row is marked
 * `ReportWords.unknownPosition`). Its ends count as reachable, open or not, as `tradeIntervals`
 * takes them (the publisher's tie rule is unknown).
 *
 * @example
 * ```ts
 * positionWithin(interval('50000', '350000')); //=> 'surplus'
 * positionWithin(interval('-75000000', '35000000')); //=> null
 * positionWithin(interval('0', '0')); //=> 'balanced'
 * ```
 */
export function positionWithin(balance: Interval): TradeRow['position'] {
  const { lo, hi } = balance;
  if (lo.gt(0)) return 'surplus';
  if (hi.lt(0)) return 'deficit';
  return lo.isZero() && hi.isZero() ? 'balanced' : null;
}

/**
 * A row's position from the interval its balance is known to ({@link positionWithin}), that
 * interval as `balanceRange` where it gives none (null elsewhere: the text report writes it in
 * place of an amount that would read as balanced or as a surplus, "about US$0"), and the row's
 * `marks` with `words.unknownPosition` added there, before `after` (the marks that close the
 * row: whose published figures were used). The one place a row's position is taken.
 *
 * @example
 * ```ts
 * positionedRow(interval('-75000000', '35000000'), ['imports derived'], REPORT_WORDS.en);
 * //=> { position: null, balanceRange: { lo: '-75000000', hi: '35000000' },
 * //     marks: ['imports derived', 'surplus or deficit unknown within rounding'] }
 * positionedRow(interval('50000', '350000'), [], REPORT_WORDS.en);
 * //=> { position: 'surplus', balanceRange: null, marks: [] }
 * ```
 */
export function positionedRow(
  balance: Interval,
  marks: readonly string[],
  words: ReportWords,
  after: readonly string[] = [],
): Pick<TradeRow, 'position' | 'balanceRange' | 'marks'> {
  const position = positionWithin(balance);
  return position === null
    ? {
        position,
        balanceRange: { lo: balance.lo.toFixed(), hi: balance.hi.toFixed() },
        marks: [...marks, words.unknownPosition, ...after],
      }
    : { position, balanceRange: null, marks: [...marks, ...after] };
}

/**
 * The interval a flow's value stands for: its value ± half the unit it is known to
 * ({@link uncertaintyUnit}: its precision, three significant digits of an approximate or derived
 * one, as `rateDigits` takes it); without one, that of a statement of its value (`flowInterval`),
 * else the single point of its value (exact).
 */
function knownInterval(flow: TradeFlow, statements: readonly LevelStatement[]): Interval {
  const { amount, currency } = flow.value;
  const unit = uncertaintyUnit(flow);
  if (unit !== undefined)
    return publishedAmount({ value: amount, currency, precision: unit }).interval;
  return flowInterval(flow, statements) ?? interval(amount, amount);
}

/**
 * The balance two flows' own figures allow, exports − imports of every pair of values their
 * rounding leaves ({@link uncertaintyUnit}; a flow without precision read by the statement of its value
 * among `levels`, as `publishedTrade` reads it): what a row's position comes from where the
 * published statements are not combined with it (an uncertain or derived side, or one that may
 * be exact or rounded) or do not meet.
 *
 * @param levels - the certain level statements of the pair, period and currency
 *
 * @example
 * ```ts
 * // Exports "US$1.0 billion" (to the 0.1 billion) and imports "US$1.02 billion" (0.01 billion).
 * const flow = { reporter: 'VNM', partner: 'LAO', period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const exported = { ...flow, flow: 'export', value: money('1000000000', 'USD'), precision: new Decimal('100000000') } as const;
 * const imported = { ...flow, flow: 'import', value: money('1020000000', 'USD'), precision: new Decimal('10000000') } as const;
 * const balance = flowsBalance(exported, imported);
 * [balance.lo.toFixed(), balance.hi.toFixed()]; //=> ['-75000000', '35000000']
 * positionWithin(balance); //=> null
 * ```
 */
export function flowsBalance(
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[] = [],
): Interval {
  return subtractIntervals(...sideIntervals(exported, imported, levels));
}

/** Each flow's {@link knownInterval}, a flow without precision read by `levels` as combined. */
function sideIntervals(
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[],
): [Interval, Interval] {
  const statements = combinedStatements(exported, imported, levels);
  return [knownInterval(exported, statements), knownInterval(imported, statements)];
}

/**
 * The turnover two flows' own figures allow, exports + imports of every pair of values their
 * rounding leaves, read as {@link flowsBalance} reads them: what a row's `turnoverBound` comes
 * from where the published statements are not combined with it.
 *
 * @param levels - the certain level statements of the pair, period and currency
 *
 * @example
 * ```ts
 * // Exports "US$1.0 billion" (to the 0.1 billion) and imports "US$1.02 billion" (0.01 billion).
 * const flow = { reporter: 'VNM', partner: 'LAO', period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const exported = { ...flow, flow: 'export', value: money('1000000000', 'USD'), precision: new Decimal('100000000') } as const;
 * const imported = { ...flow, flow: 'import', value: money('1020000000', 'USD'), precision: new Decimal('10000000') } as const;
 * const turnover = flowsTurnover(exported, imported);
 * [turnover.lo.toFixed(), turnover.hi.toFixed()]; //=> ['1965000000', '2075000000']
 * ```
 */
export function flowsTurnover(
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[] = [],
): Interval {
  return addIntervals(...sideIntervals(exported, imported, levels));
}

/**
 * A row's balance where a side of it was published as a lower bound and no published figure
 * narrows it (`TradeRow.balanceBound`): `balance`, the interval {@link flowsBalance} gives, with
 * the ends it excludes open — a bound's top (its figure truncated: "more than US$565 million" is
 * below 566 million), and its bottom where it says "more than" (>), not "at least" (≥) —
 * its ends moved by the other side's (an exact side's a point; a rounded one's ends counted as
 * reachable, as everywhere in the report). The row's `balance` stays the flows' difference
 * (exports less imports, the bound's figure in it, as `exports` is the bound's figure) and
 * `units.balance` the width; the position comes from the interval, open ends counted out: "more than
 * US$565 million" on exactly US$565 million is a surplus, (0, 1) million; "at least" is not,
 * [0, 1) million may be 0 (`balanceRange` then, as {@link positionedRow} gives it).
 *
 * @param balance - the balance the flows' own figures allow ({@link flowsBalance})
 * @param bounds - the kind of each side's bound (`'at-least'` or `'more-than'`), absent on a side
 *   that is none
 * @param after - the marks that close the row, after the position's (as {@link positionedRow})
 *
 * @example
 * ```ts
 * // Exports "more than US$565 million" on exactly US$400 million of imports.
 * const row = boundBalanceRow(interval('165000000', '166000000'), { exports: 'more-than' }, [], REPORT_WORDS.en);
 * [row.balanceBound, row.position];
 * //=> [{ lo: '165000000', hi: '166000000', bounds: '()' }, 'surplus']
 * boundBalanceRow(interval('0', '1000000'), { exports: 'at-least' }, [], REPORT_WORDS.en).position;
 * //=> null
 * ```
 */
export function boundBalanceRow(
  balance: Interval,
  bounds: SideBounds,
  marks: readonly string[],
  words: ReportWords,
  after: readonly string[] = [],
): Pick<TradeRow, 'position' | 'balanceRange' | 'marks'> & {
  readonly balanceBound: NonNullable<TradeRow['balanceBound']>;
} {
  const { lo, hi } = balance;
  // exports − imports: the bottom is exports' bottom less imports' top, the top the reverse.
  const loOpen = bounds.exports === 'more-than' || bounds.imports !== undefined;
  const hiOpen = bounds.exports !== undefined || bounds.imports === 'more-than';
  const shared = { balanceBound: boundJson(balance, loOpen, hiOpen) };
  if (lo.gt(0) || (lo.isZero() && loOpen)) {
    return { ...shared, position: 'surplus', balanceRange: null, marks: [...marks, ...after] };
  }
  if (hi.lt(0) || (hi.isZero() && hiOpen)) {
    return { ...shared, position: 'deficit', balanceRange: null, marks: [...marks, ...after] };
  }
  return { ...shared, ...positionedRow(balance, marks, words, after) };
}
