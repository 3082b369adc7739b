import type { FlowTable } from '../flow-table.js';
import { type ExactUnits, MAX_EXACT } from './scaled-units.js';

/** Exact integers in a column: float64 entries, exact except where `big` holds the bigint. */
export interface ExactColumn {
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint>;
}

/** One exact entry of a column. */
export function exactAt(column: ExactColumn, index: number): ExactUnits {
  return column.big.size === 0
    ? (column.units[index] as number)
    : (column.big.get(index) ?? (column.units[index] as number));
}

/**
 * Sums the table's values per group, exactly, reading the value column in one tight float64 loop.
 * Values are non-negative, so a group's float64 sum passes 2^53 − 1 exactly when its exact sum
 * does (float64 rounding is monotonic): only such groups are summed again, in BigInt, over their
 * rows (with the exact units of rows past 2^53).
 */
export function sumGroups(table: FlowTable, ids: Int32Array, count: number): ExactColumn {
  const sums = new Float64Array(count);
  const units = table.units;
  const rows = table.length;
  for (let row = 0; row < rows; row++) {
    const id = ids[row] as number;
    if (id >= 0) sums[id] = (sums[id] as number) + (units[row] as number);
  }
  let past: Uint8Array | null = null;
  for (let group = 0; group < count; group++) {
    if ((sums[group] as number) > MAX_EXACT) {
      past ??= new Uint8Array(count);
      past[group] = 1;
    }
  }
  const big = new Map<number, bigint>();
  if (past !== null) {
    for (let row = 0; row < rows; row++) {
      const id = ids[row] as number;
      if (id < 0 || past[id] === 0) continue;
      const value = table.big.get(row) ?? BigInt(units[row] as number);
      big.set(id, (big.get(id) ?? 0n) + value);
    }
    for (const [group, total] of big) sums[group] = Number(total);
  }
  return { units: sums, big };
}
