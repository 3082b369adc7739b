import type { PeriodKind } from '../period/index.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * Which flows to keep. Every field is optional; a flow must match all given fields.
 *
 * @example
 * ```ts
 * const filter: FlowFilter = { reporter: 'VNM', partner: 'LAO', periodKind: 'year-to-date' };
 * selectFlows(vietnamLaos.flows, filter).map((f) => [f.flow, f.value.amount.toString()]);
 * //=> [['export', '491900000'], ['import', '1000000000']]
 * selectFlows(vietnamLaos.flows, { reporter: 'LAO', commodity: null }).length;
 * //=> 2
 * ```
 *
 * @category Flows
 */
export interface FlowFilter {
  readonly reporter?: string;
  readonly partner?: string;
  readonly flow?: 'export' | 'import';
  readonly periodKind?: PeriodKind;
  /**
   * HS code to keep; `null` keeps only totals (flows without a commodity); absent keeps all.
   */
  readonly commodity?: string | null;
  readonly source?: string;
}

/**
 * Keeps the flows that match a filter, in their original order.
 *
 * @param flows - the flows to search (e.g. `dataset.flows`)
 * @param filter - reporter, partner, direction, period kind, commodity, source
 * @returns the matching flows
 *
 * @example
 * ```ts
 * selectFlows(vietnamLaos.flows, { reporter: 'VNM', flow: 'export', periodKind: 'year' }).length;
 * //=> 2
 * ```
 *
 * @category Flows
 */
export function selectFlows(flows: readonly TradeFlow[], filter: FlowFilter): TradeFlow[] {
  return flows.filter(
    (flow) =>
      (filter.reporter === undefined || flow.reporter === filter.reporter) &&
      (filter.partner === undefined || flow.partner === filter.partner) &&
      (filter.flow === undefined || flow.flow === filter.flow) &&
      (filter.periodKind === undefined || flow.period.kind === filter.periodKind) &&
      (filter.commodity === undefined ||
        (filter.commodity === null
          ? flow.commodity === undefined
          : flow.commodity === filter.commodity)) &&
      (filter.source === undefined || flow.source === filter.source),
  );
}
