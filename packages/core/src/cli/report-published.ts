/**
 * The trade table's rows combined with the published level statements of their period
 * (`bilateral report`, `TradeRow.published`): what the flows and the statements allow together.
 *
 * @packageDocumentation
 */
import { boundTurnover, type SideBounds } from '../dataset/turnover-bounds-interval.js';
import type { LevelStatement } from '../figures/_reconcile-index.js';
import { type Interval, intervalWidth } from '../figures/interval.js';
import { narrowedCoverage } from '../figures/narrowed-coverage.js';
import { publishedTrade } from '../figures/published-trade.js';
import { subtractIntervals } from '../figures/subtract-intervals.js';
import { tradeConflict, tradeIntervals } from '../figures/trade-intervals.js';
import type { TradeFlow } from '../flow/index.js';
import { intervalAmount } from '../growth/amount-digits.js';
import { computedJson } from './json-numbers.js';
import type { IntervalJson, TradeRow } from './report.js';
import { boundBalanceRow, positionedRow } from './report-position.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';

const closed = (range: Interval): IntervalJson => ({
  lo: range.lo.toFixed(),
  hi: range.hi.toFixed(),
});

/**
 * A row combined with the certain level statements of its period (`levels`: its pair's, in its
 * currency; the row's own flows certain, published and not derived). The statements of the row's
 * own sources are used when there are some, else every source's, and a mark then names those
 * sources. Where the figures meet and narrow the flows' sum or difference, the row's turnover
 * and balance are the narrowed intervals' midpoints written with the digits they support
 * (`intervalAmount`), marked. A narrowed balance also gives the cover: the flows' ratio where
 * both flows lie in the kept sides, else the kept exports' midpoint over the kept imports',
 * written to the digits the kept sides are known to. The position comes from the balance every
 * figure allows ({@link positionWithin}: the flows' own where the statements do not narrow it,
 * a flow without precision read by the statement of its value), or where the figures do not
 * meet, from the flows' intervals; none is marked "surplus or deficit unknown within rounding".
 * Where the figures do not meet, the row is otherwise as it was, marked with what conflicts.
 * A balance they do not narrow that rests on a side of `bounds` keeps the interval it lies in,
 * its ends and the position it gives ({@link boundBalanceRow}: `balanceBound`); so does such a
 * turnover ({@link boundTurnover}: `turnoverBound`).
 * Undefined when nothing is combined: no statement, an uncertain or derived side, or a side whose
 * flow has no precision and no statement of the same value (it may be exact or rounded).
 *
 * @param bounds - the sides the row's source published as lower bounds, and how
 *
 * @example
 * ```ts
 * // January–September 2024 (seed 004): US$491.9 million, "US$1 billion", US$1.5 billion.
 * const period = parsePeriod('2024-01/2024-09');
 * const flowOf = (flow: 'export' | 'import') =>
 *   vietnamLaos.flows.find((f) => f.flow === flow && formatPeriod(f.period) === '2024-01/2024-09')!;
 * const levels = publishedLevels(vietnamLaos.statements)('VNM', 'LAO', period, 'USD');
 * // The row of the flows alone: exports − imports, each to its precision.
 * const plainRow = {
 *   period: '2024-01/2024-09', currency: 'USD', exports: '491900000', imports: '1000000000',
 *   turnover: '1491900000', balance: '-508100000', coverageRatio: '0.4919', coverageDigits: 1,
 *   units: { exports: '100000', imports: '1000000000', turnover: '1000100000', balance: '1000100000' },
 *   published: null, sources: ['seed-004-moit-2024-10-24'], marks: [],
 * };
 * const row = withPublished(plainRow, flowOf('export'), flowOf('import'), levels);
 * [row?.turnover, row?.balance, row?.position]; //=> ['1500000000', '-516200000', 'deficit']
 * row?.marks; //=> ['turnover as published', 'balance derived from it']
 * ```
 */
export function withPublished(
  row: Omit<TradeRow, 'position' | 'balanceRange'>,
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[],
  words: ReportWords = REPORT_WORDS.en,
  bounds: SideBounds = {},
): TradeRow | undefined {
  const trade = publishedTrade(exported, imported, levels);
  if (trade === undefined) return undefined;
  const { figures } = trade;
  const [ownX, ownM] = [trade.flows.exports, trade.flows.imports];
  const sides = { exports: figures.exports, imports: figures.imports };
  const turnovers = figures.turnover;
  const statements = trade.statements.map((level) => level.id);
  // Statements of other sources only: say whose.
  const whose = trade.ownSources
    ? []
    : [words.publishedBy([...new Set(trade.statements.map((l) => l.source))].join(', '))];
  const known = tradeIntervals(figures);
  if (known === null) {
    const conflict = tradeConflict(figures) ?? 'turnover';
    return {
      ...row,
      published: {
        statements,
        consistent: false,
        exports: null,
        imports: null,
        turnover: null,
        balance: null,
      },
      ...positionedRow(
        subtractIntervals(ownX, ownM),
        [
          ...row.marks,
          words.conflict[conflict === 'turnover' && turnovers.length > 1 ? 'turnovers' : conflict],
        ],
        words,
        whose,
      ),
    };
  }
  // The flows' sum and difference are as wide as their two intervals together; the sides'
  // statements alone (without a turnover) may narrow them, and a published turnover further.
  const plainWidth = intervalWidth(ownX).plus(intervalWidth(ownM));
  const sidesOnly = tradeIntervals(sides);
  const marks = [...row.marks];
  let { turnover, balance, units, coverageRatio, coverageDigits } = row;
  const narrowed = intervalWidth(known.turnover).lt(plainWidth);
  const balanceNarrowed = narrowed && intervalWidth(known.balance).lt(plainWidth);
  if (narrowed) {
    const written = intervalAmount(known.turnover);
    turnover = written.amount.toFixed();
    units = { ...units, turnover: written.unit?.toFixed() ?? null };
    const byTurnover =
      sidesOnly === null || intervalWidth(known.turnover).lt(intervalWidth(sidesOnly.turnover));
    const asPublished = turnovers.some(
      (range) => range.lo.eq(known.turnover.lo) && range.hi.eq(known.turnover.hi),
    );
    marks.push(
      words.turnoverMark[!byTurnover ? 'fromSides' : asPublished ? 'asPublished' : 'within'],
    );
    // A narrower balance needs narrower sides, and so a narrower turnover: its mark follows the
    // turnover's, whose figures narrowed it ("it", the turnover; "them", the sides' statements).
    if (balanceNarrowed) {
      const written = intervalAmount(known.balance);
      balance = written.amount.toFixed();
      units = { ...units, balance: written.unit?.toFixed() ?? null };
      marks.push(words.balanceMark[byTurnover ? 'fromTurnover' : 'fromSides']);
      // The cover from what is kept: the flows' ratio where both flows lie in the kept sides,
      // else the kept sides' midpoints'; to the digits the kept sides are known to.
      const cover = narrowedCoverage(exported.value.amount, imported.value.amount, known);
      if (cover.ratio !== undefined) {
        coverageRatio = cover.ratio === null ? null : computedJson(cover.ratio);
      }
      coverageDigits = cover.digits ?? null;
    }
  }
  // Where the statements do not narrow it, the balance is the flows' own difference (a flow
  // without precision read by the statement of its value); where it rests on a side published
  // as a lower bound, the interval that allows gives the position, its ends kept (balanceBound).
  const after = narrowed ? whose : [];
  const anyBound = bounds.exports !== undefined || bounds.imports !== undefined;
  const bounded =
    !balanceNarrowed && anyBound
      ? boundBalanceRow(known.balance, bounds, marks, words, after)
      : undefined;
  return {
    ...row,
    turnover,
    balance,
    units,
    coverageRatio,
    coverageDigits,
    published: {
      statements,
      consistent: true,
      exports: closed(known.exports),
      imports: closed(known.imports),
      turnover: closed(known.turnover),
      balance: closed(known.balance),
    },
    ...(!narrowed && anyBound ? { turnoverBound: boundTurnover(known.turnover, bounds) } : {}),
    ...(bounded === undefined
      ? positionedRow(known.balance, marks, words, after)
      : {
          balanceBound: bounded.balanceBound,
          position: bounded.position,
          balanceRange: bounded.balanceRange,
          marks: bounded.marks,
        }),
  };
}
