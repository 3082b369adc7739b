import type { FlowKey, FlowTable } from '../flow-table.js';
import { keyCodes, type SummedGroups } from './group-rows.js';
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
 * The exact sums of grouped rows. The float64 sums of {@link groupAndSum} are exact while at most
 * 2^53 − 1: values are non-negative, so a group's float64 sum passes 2^53 − 1 exactly when its
 * exact sum does (float64 rounding is monotonic, and every partial sum below 2^53 is exact). Only
 * such groups are summed again, in BigInt, over their rows (with the exact units of rows past
 * 2^53); their float64 entry becomes the nearest float to the exact sum.
 */
export function exactSums(
  table: FlowTable,
  keys: readonly FlowKey[],
  groups: SummedGroups,
): ExactColumn {
  const sums = groups.sums;
  const big = new Map<number, bigint>();
  // Local copies: an imported binding read per group is a property read under some loaders.
  const limit = MAX_EXACT;
  const count = groups.count;
  // The largest sum first: a loop whose variables never change type stays optimised.
  let largest = 0;
  for (let group = 0; group < count; group++) {
    const sum = sums[group] as number;
    if (sum > largest) largest = sum;
  }
  if (largest <= limit) return { units: sums, big };
  const past = new Uint8Array(count);
  for (let group = 0; group < count; group++) {
    if ((sums[group] as number) > limit) past[group] = 1;
  }
  const { codes } = keyCodes(table, keys);
  const { lookup } = groups;
  const units = table.units;
  for (let row = 0; row < table.length; row++) {
    const group = lookup[codes[row] as number] as number;
    if (past[group] === 0) continue;
    const value = table.big.get(row) ?? BigInt(units[row] as number);
    big.set(group, (big.get(group) ?? 0n) + value);
  }
  for (const [group, total] of big) sums[group] = Number(total);
  return { units: sums, big };
}
