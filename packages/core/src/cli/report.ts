import { tradeBalance } from '../balance/index.js';
import type { Dataset } from '../dataset/index.js';
import type { TradeFlow } from '../flow/index.js';
import { comparePeriods, formatPeriod, type Period } from '../period/index.js';

/** One period of trade between a reporter and a partner, as the report shows it. */
export interface TradeRow {
  readonly period: string;
  readonly currency: string;
  readonly exports: string | null;
  readonly imports: string | null;
  readonly turnover: string | null;
  readonly balance: string | null;
  /** Exports ÷ imports; null when a side is missing or imports are 0. */
  readonly coverageRatio: string | null;
  readonly position: 'surplus' | 'deficit' | 'balanced' | null;
  readonly sources: readonly string[];
  /** Why a value is marked: uncertain, estimate or derived. */
  readonly marks: readonly string[];
}

/** The trade of one reporter with one partner. */
export interface TradeSection {
  readonly reporter: string;
  readonly partner: string;
  readonly rows: readonly TradeRow[];
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
}

function marksOf(flow: TradeFlow | undefined): string[] {
  if (flow === undefined) return [];
  const marks: string[] = [];
  if (flow.uncertain) marks.push(`${flow.flow}s uncertain`);
  if (flow.status === 'estimate') marks.push(`${flow.flow}s estimated`);
  if (flow.derivation !== undefined) marks.push(`${flow.flow}s derived`);
  return marks;
}

function tradeRow(period: Period, exported?: TradeFlow, imported?: TradeFlow): TradeRow {
  const sources = [...new Set([exported?.source, imported?.source])].filter(
    (source): source is string => source !== undefined,
  );
  const currency = (exported ?? imported)?.value.currency ?? 'USD';
  const base = {
    period: formatPeriod(period),
    currency,
    exports: exported?.value.amount.toFixed() ?? null,
    imports: imported?.value.amount.toFixed() ?? null,
    sources,
    marks: [...marksOf(exported), ...marksOf(imported)],
  };
  if (exported === undefined || imported === undefined) {
    return { ...base, turnover: null, balance: null, coverageRatio: null, position: null };
  }
  const result = tradeBalance({ exports: exported.value, imports: imported.value });
  return {
    ...base,
    turnover: result.turnover.amount.toFixed(),
    balance: result.balance.amount.toFixed(),
    coverageRatio: result.coverageRatio?.toSignificantDigits(6).toFixed() ?? null,
    position: result.position.reporter,
  };
}

/** Groups totals flows (no commodity) by reporter–partner pair and period. */
function tradeSections(flows: readonly TradeFlow[]): TradeSection[] {
  const pairs = new Map<
    string,
    Map<string, { period: Period; exported?: TradeFlow; imported?: TradeFlow }>
  >();
  for (const flow of flows) {
    if (flow.commodity !== undefined) continue;
    const pairKey = `${flow.reporter}→${flow.partner}`;
    const periods = pairs.get(pairKey) ?? new Map();
    pairs.set(pairKey, periods);
    const periodKey = `${formatPeriod(flow.period)}|${flow.source}`;
    const entry = periods.get(periodKey) ?? { period: flow.period };
    if (flow.flow === 'export') entry.exported = flow;
    else entry.imported = flow;
    periods.set(periodKey, entry);
  }
  return [...pairs].map(([key, periods]) => {
    const [reporter = '', partner = ''] = key.split('→');
    const entries = [...periods.values()].sort((a, b) => comparePeriods(a.period, b.period));
    return {
      reporter,
      partner,
      rows: entries.map((entry) => tradeRow(entry.period, entry.exported, entry.imported)),
    };
  });
}

/** Builds the report of a dataset. */
export function buildReport(dataset: Dataset): Report {
  return {
    dataset: {
      id: dataset.id,
      title: dataset.title.en,
      flows: dataset.flows.length,
      sources: dataset.sources.length,
    },
    trade: tradeSections(dataset.flows),
  };
}
