import type { FlowTable } from './flow-table.js';
import { createFlowTableBuilder, type FlowRecord } from './flow-table-builder.js';

/**
 * Builds a {@link FlowTable} from records (an array, or any iterable such as a generator over a
 * file). Each value is read from its text into integer units at the table's scale — `"1491.9"` is
 * 14919 units at scale 1 — without going through a float or a Decimal.
 *
 * @param records - the flows, each with reporter, partner, flow, period, value and currency, and
 *   optionally commodity, source and status
 * @returns the table, one row per record in order
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad record's index and field
 * (`records[3].value`), e.g. a negative value, a value with more than 36 decimal places, a flow
 * other than export/import; `INVALID_PERIOD` when only periods are bad
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords([
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-Q1', value: '1491.9',
 *     currency: 'USD', commodity: '0901' },
 * ]);
 * [table.units[0], table.scale, table.keyAt(0, 'commodity'), table.keyAt(0, 'source')];
 * //=> [14919, 1, '0901', '']
 * flowTableFromRecords([{ ...vietnamLaosDocument.flows[0], flow: 'exports' }]);
 * // throws BilateralError [INVALID_INPUT]: records[0].flow: "exports" must be "export" or "import"
 * ```
 *
 * @category Tables
 */
export function flowTableFromRecords(records: Iterable<FlowRecord>): FlowTable {
  const builder = createFlowTableBuilder();
  builder.append(records);
  return builder.finish();
}
