/**
 * An index of a flows array, built once per array and kept while the array lives, so that each
 * series request (`buildSeries`, `datasetSeries`) and each commodity list
 * (`datasetCommodities`) touches only the flows of its group instead of every flow.
 *
 * Flows arrays are treated as immutable (a `Dataset`'s are `readonly`): an array is indexed on
 * first use and the index is reused for as long as the array is reachable. An array whose length
 * changed since (flows appended) is indexed again; one whose items were replaced in place is not
 * noticed — do not change a flows array after handing it to these functions.
 *
 * Private to the library; no schema is imported here.
 */
import { getOrCreate } from '../_internal/get-or-create.js';
import type { PeriodKind } from '../period/index.js';
import { checkTradeFlows } from './series-issues.js';
import type { TradeFlow } from './trade-flow.js';

/** Flows by reporter, partner, commodity (`undefined` = totals) and period kind, in list order. */
type FlowGroups = Map<string, Map<string, Map<string | undefined, Map<PeriodKind, TradeFlow[]>>>>;

/** Flows with a commodity, counted by reporter, partner and HS code (first appearance order). */
type CommodityCounts = Map<string, Map<string, Map<string, number>>>;

interface FlowIndex {
  /** The array's length when indexed: a different length means it was changed, and is re-read. */
  readonly length: number;
  groups?: FlowGroups;
  commodities?: CommodityCounts;
}

const indexes = new WeakMap<readonly TradeFlow[], FlowIndex>();

/** The entry of an array, new when the array was never indexed or its length changed. */
function entryOf(flows: readonly TradeFlow[]): FlowIndex {
  const known = indexes.get(flows);
  if (known !== undefined && known.length === flows.length) return known;
  const entry: FlowIndex = { length: flows.length };
  indexes.set(flows, entry);
  return entry;
}

const EMPTY: readonly TradeFlow[] = Object.freeze([]);

/**
 * The flows of one series: one reporter, partner, commodity (`undefined` = totals) and period
 * kind, and one source when given, in the order they are listed — what `selectFlows` keeps with
 * the same filter. The first call for an array checks its flows (`checkTradeFlows`) and groups
 * them; later calls look their group up.
 *
 * @throws BilateralError `INVALID_INPUT` naming the first flow in its JSON form (as
 *   `checkTradeFlows`, path `['flows', index]`)
 */
export function seriesFlows(
  flows: readonly TradeFlow[],
  key: {
    readonly reporter: string;
    readonly partner: string;
    readonly commodity?: string | undefined;
    readonly periodKind: PeriodKind;
    readonly source?: string | undefined;
  },
): readonly TradeFlow[] {
  const checked = checkTradeFlowsOnce(flows);
  const entry = entryOf(checked);
  if (entry.groups === undefined) {
    const groups: FlowGroups = new Map();
    for (const flow of checked) {
      const byPartner = getOrCreate(groups, flow.reporter, () => new Map());
      const byCommodity = getOrCreate(byPartner, flow.partner, () => new Map());
      const byKind = getOrCreate(byCommodity, flow.commodity, () => new Map());
      getOrCreate(byKind, flow.period.kind, () => []).push(flow);
    }
    entry.groups = groups;
  }
  const group =
    entry.groups.get(key.reporter)?.get(key.partner)?.get(key.commodity)?.get(key.periodKind) ??
    EMPTY;
  const { source } = key;
  return source === undefined ? group : group.filter((flow) => flow.source === source);
}

/** Runs `checkTradeFlows` on an array once: an indexed array was checked when indexed. */
function checkTradeFlowsOnce(flows: readonly TradeFlow[]): readonly TradeFlow[] {
  const known = Array.isArray(flows) ? indexes.get(flows) : undefined;
  if (known?.groups !== undefined && known.length === flows.length) return flows;
  return checkTradeFlows(flows, ['flows']);
}

/**
 * How many flows of a reporter–partner pair each HS code has, codes in order of first appearance;
 * flows without a commodity are not counted. Counted once per array.
 */
export function pairCommodityCounts(
  flows: readonly TradeFlow[],
  reporter: string,
  partner: string,
): ReadonlyMap<string, number> {
  const entry = entryOf(flows);
  if (entry.commodities === undefined) {
    const counts: CommodityCounts = new Map();
    for (const flow of flows) {
      if (flow.commodity === undefined) continue;
      const byPartner = getOrCreate(counts, flow.reporter, () => new Map());
      const byCode = getOrCreate(byPartner, flow.partner, () => new Map());
      byCode.set(flow.commodity, (byCode.get(flow.commodity) ?? 0) + 1);
    }
    entry.commodities = counts;
  }
  return entry.commodities.get(reporter)?.get(partner) ?? new Map();
}
