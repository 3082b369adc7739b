import { BilateralError } from '../../errors/index.js';
import { FLOW_KEYS, type FlowKey, type FlowTable } from '../flow-table.js';
import { MAX_EXACT } from './scaled-units.js';

/** Largest lookup table (in slots) kept as a typed array; past it a Map is used. */
const DENSE_LIMIT = 1 << 22;

/** Rows grouped by some keys: each row's group (−1 for a row left out) and each group's parent. */
export interface RowGroups {
  /** Per row, its group (0 … count − 1, in order of first appearance), or −1. */
  readonly ids: Int32Array;
  readonly count: number;
  /** Per group, the first row in it. */
  readonly firstRow: Int32Array;
}

/**
 * Splits each group of `ids` by a code column (in place): rows of one group and one code stay
 * together. Returns the new count and, per new group, the group it came from.
 */
export function refineGroups(
  ids: Int32Array,
  count: number,
  codes: Int32Array,
  size: number,
): { readonly count: number; readonly parent: Int32Array } {
  const rows = ids.length;
  const parents: number[] = [];
  let next = 0;
  const span = count * size;
  if (span <= DENSE_LIMIT) {
    const lookup = new Int32Array(span).fill(-1);
    for (let row = 0; row < rows; row++) {
      const id = ids[row] as number;
      if (id < 0) continue;
      const slot = id * size + (codes[row] as number);
      let group = lookup[slot] as number;
      if (group < 0) {
        group = next++;
        lookup[slot] = group;
        parents.push(id);
      }
      ids[row] = group;
    }
  } else {
    const lookup = new Map<number | string, number>();
    const numeric = span <= MAX_EXACT;
    for (let row = 0; row < rows; row++) {
      const id = ids[row] as number;
      if (id < 0) continue;
      const code = codes[row] as number;
      const slot = numeric ? id * size + code : `${id}:${code}`;
      let group = lookup.get(slot);
      if (group === undefined) {
        group = next++;
        lookup.set(slot, group);
        parents.push(id);
      }
      ids[row] = group;
    }
  }
  return { count: next, parent: Int32Array.from(parents) };
}

/** The first row of each group. */
export function firstRows(ids: Int32Array, count: number): Int32Array {
  const first = new Int32Array(count).fill(-1);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row] as number;
    if (id >= 0 && (first[id] as number) < 0) first[id] = row;
  }
  return first;
}

/**
 * Checks grouping keys given by a caller and adds `currency` (sums never mix currencies).
 *
 * @throws BilateralError `INVALID_INPUT` for an unknown or repeated key, or a key in `excluded`
 */
export function groupingKeys(
  keys: readonly FlowKey[],
  excluded: readonly FlowKey[] = [],
): FlowKey[] {
  if (!Array.isArray(keys)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['keys'],
        message: `expected a list of keys such as ['reporter', 'partner'], got ${typeof keys}`,
      },
    ]);
  }
  const seen = new Set<FlowKey>();
  keys.forEach((key, index) => {
    const problem = !FLOW_KEYS.includes(key)
      ? `${JSON.stringify(key)} is not a key: use ${FLOW_KEYS.join(', ')}`
      : seen.has(key)
        ? `${key} is given twice`
        : excluded.includes(key)
          ? `${key} cannot be a grouping key here`
          : null;
    if (problem !== null) {
      throw new BilateralError('INVALID_INPUT', [{ path: ['keys', index], message: problem }]);
    }
    seen.add(key);
  });
  return seen.has('currency') ? [...keys] : [...keys, 'currency'];
}

/**
 * Groups the rows of a table by keys (in the order given), optionally starting from a selection
 * (`start`: −1 leaves a row out, 0 keeps it).
 */
export function groupRows(
  table: FlowTable,
  keys: readonly FlowKey[],
  start?: Int32Array,
): RowGroups {
  const ids = start ?? new Int32Array(table.length);
  let count = table.length === 0 ? 0 : 1;
  for (const key of keys) {
    const size = table.dictionaries[key].length;
    if (size > 1) count = refineGroups(ids, count, table.codes[key], size).count;
  }
  return { ids, count, firstRow: firstRows(ids, count) };
}
