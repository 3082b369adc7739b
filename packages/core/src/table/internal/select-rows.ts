import { FLOW_KEYS, type FlowKey, type FlowTable, makeFlowTable } from '../flow-table.js';

/** The given rows of a table, in the order given, as a new table sharing its dictionaries. */
export function selectRows(table: FlowTable, rows: Int32Array): FlowTable {
  const codes = Object.fromEntries(
    FLOW_KEYS.map((key) => {
      const column = table.codes[key];
      return [key, rows.map((row) => column[row] as number)];
    }),
  ) as Record<FlowKey, Int32Array>;
  const big = new Map<number, bigint>();
  if (table.big.size > 0) {
    rows.forEach((row, index) => {
      const exact = table.big.get(row);
      if (exact !== undefined) big.set(index, exact);
    });
  }
  const units = table.units;
  const partial = table.partial;
  return makeFlowTable({
    length: rows.length,
    scale: table.scale,
    codes,
    dictionaries: table.dictionaries,
    units: Float64Array.from(rows, (row) => units[row] as number),
    big,
    partial: partial === null ? null : Uint8Array.from(rows, (row) => partial[row] as number),
  });
}
