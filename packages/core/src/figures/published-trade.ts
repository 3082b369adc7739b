import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import type { TradeFlow } from '../flow/index.js';
import { formatPeriod, type Period } from '../period/index.js';
import { amountFromJson } from './_from-json.js';
import { canonicalPeriod, type LevelStatement } from './_reconcile-index.js';
import type { Interval } from './interval.js';
import { publishedAmount } from './published-amount.js';
import type { Statement } from './statement.js';
import type { TradeFigures } from './trade-intervals.js';

/** The key of a pair's figures of one period (canonical text) in one currency. */
const levelKey = (reporter: string, partner: string, period: string, currency: string) =>
  `${reporter}|${partner}|${period}|${currency}`;

/**
 * The certain level statements (turnover, exports, imports) of a pair's period in one currency,
 * looked up from an index made once: what {@link publishedTrade} combines a pair's flows with.
 * Uncertain statements (estimates, approximate figures) are left out.
 *
 * @param statements - a dataset's statements
 * @returns a lookup of the certain level statements by reporter, partner, period and currency
 *
 * @example
 * ```ts
 * const levels = publishedLevels(vietnamLaos.statements);
 * levels('VNM', 'LAO', parsePeriod('2017'), 'USD').map((statement) => statement.id);
 * //=> ['vn-la-2017-turnover', 'vn-la-2017-exports', 'vn-la-2017-imports']
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `statements` for what is no array
 *
 * @category Figures
 */
export function publishedLevels(
  statements: readonly Statement[],
): (reporter: string, partner: string, period: Period, currency: string) => LevelStatement[] {
  if (!Array.isArray(statements)) {
    throw wrongArgument(['statements'], "an array of statements (a dataset's)", statements);
  }
  const index = new Map<string, LevelStatement[]>();
  for (const statement of statements) {
    if (statement.kind !== 'level' || statement.uncertain === true) continue;
    const { reporter, partner, amount } = statement;
    const key = levelKey(reporter, partner, canonicalPeriod(statement.period), amount.currency);
    index.set(key, [...(index.get(key) ?? []), statement]);
  }
  return (reporter, partner, period, currency) =>
    index.get(levelKey(reporter, partner, formatPeriod(period), currency)) ?? [];
}

/**
 * A pair's exports and imports of one period with the level statements published about it, as
 * intervals ({@link publishedTrade}): what `tradeIntervals` narrows.
 *
 * @example
 * ```ts
 * // January–September 2024 (seed 004): US$491.9 million, "US$1 billion", US$1.5 billion.
 * const period = parsePeriod('2024-01/2024-09');
 * const flowOf = (flow: 'export' | 'import') =>
 *   vietnamLaos.flows.find((f) => f.flow === flow && formatPeriod(f.period) === '2024-01/2024-09')!;
 * const levels = publishedLevels(vietnamLaos.statements)('VNM', 'LAO', period, 'USD');
 * const trade: PublishedTrade | undefined = publishedTrade(flowOf('export'), flowOf('import'), levels);
 * trade?.figures.turnover?.length; //=> 1
 * ```
 *
 * @category Figures
 */
export interface PublishedTrade {
  /** The statements combined: the flows' own sources' where they have some, else every source's. */
  readonly statements: readonly LevelStatement[];
  /** Whether {@link PublishedTrade.statements} are the flows' own sources'. */
  readonly ownSources: boolean;
  /** The intervals the two flows stand for. */
  readonly flows: { readonly exports: Interval; readonly imports: Interval };
  /** Every figure by side: the flow's interval first, then the statements'. */
  readonly figures: Required<TradeFigures>;
}

/**
 * The statements a pair's two flows are read and combined with: the level statements of their
 * own sources where there are some, else every source's (`levels`, from {@link publishedLevels}).
 *
 * @example
 * ```ts
 * // Flows from "customs"; customs published the exports, a newspaper the turnover.
 * const flow = { reporter: 'VNM', partner: 'LAO', period: parsePeriod('2024'), status: 'official', source: 'customs' } as const;
 * const exported = { ...flow, flow: 'export', value: money('500000000', 'USD') } as const;
 * const imported = { ...flow, flow: 'import', value: money('1000000000', 'USD') } as const;
 * const level = { kind: 'level', reporter: 'VNM', partner: 'LAO', period: '2024' } as const;
 * const levels = [
 *   { ...level, id: 'x', source: 'customs', subject: 'exports', amount: { text: 'US$500 million', value: '500000000', currency: 'USD' } },
 *   { ...level, id: 't', source: 'newspaper', subject: 'turnover', amount: { text: 'US$1.5 billion', value: '1500000000', currency: 'USD' } },
 * ] as const;
 * combinedStatements(exported, imported, levels).map((level) => level.source); //=> ['customs']
 * ```
 */
export function combinedStatements(
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[],
): readonly LevelStatement[] {
  const own = levels.filter(
    (level) => level.source === exported.source || level.source === imported.source,
  );
  return own.length > 0 ? own : levels;
}

/**
 * The interval a flow's value stands for: its precision's; without one, that of a statement of
 * its side giving the same value (the text it was read from says how it was rounded); undefined
 * when neither says: it may be exact or rounded.
 *
 * @example
 * ```ts
 * // Imports of US$1 billion without precision, published as "US$1 billion".
 * const imported = {
 *   reporter: 'VNM', partner: 'LAO', flow: 'import', period: parsePeriod('2024'),
 *   value: money('1000000000', 'USD'), status: 'official', source: 'customs',
 * } as const;
 * const published = {
 *   id: 'm', source: 'customs', kind: 'level', reporter: 'VNM', partner: 'LAO', period: '2024',
 *   subject: 'imports', amount: { text: 'US$1 billion', value: '1000000000', currency: 'USD' },
 * } as const;
 * formatInterval(flowInterval(imported, [published])!);
 * //=> '[500000000, 1500000000)'
 * ```
 */
export function flowInterval(
  flow: TradeFlow,
  levels: readonly LevelStatement[],
): Interval | undefined {
  const { amount, currency } = flow.value;
  if (flow.precision !== undefined) {
    return publishedAmount({ value: amount, currency, precision: flow.precision }).interval;
  }
  const side = flow.flow === 'export' ? 'exports' : 'imports';
  for (const level of levels) {
    const figure = amountFromJson(level.amount);
    if (level.subject === side && figure.value.eq(amount)) return figure.interval;
  }
  return undefined;
}

/**
 * A pair's exports and imports of one period (totals, one currency) with the certain level
 * statements published for it (`levels`, from {@link publishedLevels}), each as the interval it
 * stands for: what `bilateral report` and `<bilateral-balance>` narrow the turnover and the
 * balance with (`tradeIntervals`). The statements of the flows' own sources are used when there
 * are some, else every source's. Undefined when nothing can be combined: no statement, a flow
 * that is uncertain or derived (it does not stand for a published rounding), or a flow without
 * a precision and no statement of its side with the same value (it may be exact or rounded).
 *
 * @param exported - the period's exports (a total, not a commodity's)
 * @param imported - the period's imports, in the same currency
 * @param levels - the certain level statements of the pair, period and currency
 * @returns the flows' and statements' intervals, or undefined
 *
 * @example
 * ```ts
 * const period = parsePeriod('2024-01/2024-09');
 * const flowOf = (flow: 'export' | 'import') =>
 *   vietnamLaos.flows.find((f) => f.flow === flow && formatPeriod(f.period) === '2024-01/2024-09')!;
 * const [exported, imported] = [flowOf('export'), flowOf('import')];
 * const levels = publishedLevels(vietnamLaos.statements);
 * const trade = publishedTrade(exported, imported, levels('VNM', 'LAO', period, 'USD'));
 * const known = trade && tradeIntervals(trade.figures);
 * known && intervalAmount(known.balance).amount.toFixed(); //=> '-516200000' (Jan–Sep 2024)
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `exported` or `imported` for what is no trade flow, at `levels`
 *   for what is no array
 *
 * @category Figures
 */
export function publishedTrade(
  exported: TradeFlow,
  imported: TradeFlow,
  levels: readonly LevelStatement[],
): PublishedTrade | undefined {
  for (const [name, flow] of [
    ['exported', exported],
    ['imported', imported],
  ] as const) {
    if (!isRecord(flow) || !isRecord(flow.value)) {
      throw wrongArgument([name], "a trade flow (a parsed dataset's)", flow);
    }
  }
  if (!Array.isArray(levels))
    throw wrongArgument(['levels'], 'an array of level statements', levels);
  const published = (flow: TradeFlow) => !flow.uncertain && flow.derivation === undefined;
  if (!published(exported) || !published(imported)) return undefined;
  const statements = combinedStatements(exported, imported, levels);
  const [exports, imports] = [
    flowInterval(exported, statements),
    flowInterval(imported, statements),
  ];
  if (statements.length === 0 || exports === undefined || imports === undefined) return undefined;
  const figures = { exports: [exports], imports: [imports], turnover: [] as Interval[] };
  for (const level of statements) {
    const range = amountFromJson(level.amount).interval;
    figures[level.subject].push(range);
  }
  const ownSources = statements.some(
    (level) => level.source === exported.source || level.source === imported.source,
  );
  return { statements, ownSources, flows: { exports, imports }, figures };
}
