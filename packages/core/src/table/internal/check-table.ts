import { describeInput } from '../../_internal/quote-input.js';
import { BilateralError } from '../../errors/index.js';
import type { FlowTable } from '../flow-table.js';

/** What a value given as a table is instead, in words, with what to do. */
function notATable(value: unknown): string {
  if (Array.isArray((value as { flows?: unknown } | null | undefined)?.flows)) {
    return 'a dataset, not a flow table: make its table with flowTableFromDataset(dataset)';
  }
  if (Array.isArray(value)) {
    return 'an array, not a flow table: make one with flowTableFromRecords(records)';
  }
  return `expected a flow table (from flowTableFromDataset or flowTableFromRecords), got ${describeInput(value)}`;
}

/**
 * Refuses what is not a {@link FlowTable} where a verb takes one (a dataset, its flows, nothing),
 * so the mistake is named instead of surfacing as a `TypeError` deep in the verb.
 *
 * @throws BilateralError `INVALID_INPUT` at path `table`
 */
export function checkFlowTable(table: unknown): FlowTable {
  const fields = table as Partial<Record<keyof FlowTable, unknown>> | null | undefined;
  if (
    typeof fields?.length !== 'number' ||
    typeof fields.codes !== 'object' ||
    fields.codes === null ||
    typeof fields.dictionaries !== 'object' ||
    fields.dictionaries === null
  ) {
    throw new BilateralError('INVALID_INPUT', [{ path: ['table'], message: notATable(table) }]);
  }
  return table as FlowTable;
}
