import { checkDatasetInput } from '../dataset/check-dataset-input.js';
import type { Dataset } from '../dataset/dataset.js';
import { checkTradeFlows } from '../flow/series-issues.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import type { FlowTable } from './flow-table.js';
import { createFlowTableBuilder, type FlowRecord } from './flow-table-builder.js';

function* records(flows: readonly TradeFlow[]): Generator<FlowRecord> {
  for (const flow of flows) {
    yield {
      reporter: flow.reporter,
      partner: flow.partner,
      flow: flow.flow,
      period: flow.period,
      value: flow.value.amount,
      currency: flow.value.currency,
      commodity: flow.commodity,
      source: flow.source,
      status: flow.status,
    };
  }
}

/**
 * Builds a {@link FlowTable} from a validated dataset's flows, one row per flow in order, with
 * its reporter, partner, flow, period, commodity (`''` for totals), source, status and currency.
 *
 * @param dataset - a dataset from {@link parseDataset} (or an embedded one)
 * @returns the table of its flows
 * @throws {@link BilateralError} `INVALID_INPUT`: a `dataset` that is not one (path `dataset`), a
 * dataset document not read with `parseDataset` (path `flows[index]`, its first flow), or a flow a
 * dataset could not hold (a negative value, more than 36 decimal places), naming `records[index]`
 * and the field
 *
 * @example
 * ```ts
 * const table = flowTableFromDataset(vietnamLaos);
 * table.length === vietnamLaos.flows.length;
 * //=> true
 * [table.keyAt(0, 'period'), table.valueAt(0).toString()];
 * //=> ['2017', '524500000']
 * ```
 *
 * @category Tables
 */
export function flowTableFromDataset(dataset: Dataset): FlowTable {
  const { flows } = checkDatasetInput(dataset);
  // A document not read with parseDataset has every flow in its JSON form: its first names it,
  // with no pass of its own over a million flows.
  checkTradeFlows(flows.slice(0, 1), ['flows']);
  const builder = createFlowTableBuilder();
  builder.append(records(flows));
  return builder.finish();
}
