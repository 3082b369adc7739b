import { FirstIndexTable } from '../../dataset/first-index-table.js';
import { BilateralError } from '../../errors/index.js';
import { FLOW_KEYS, type FlowKey, type FlowTable } from '../flow-table.js';

/** Largest lookup table (in slots) kept as a typed array; past it a Map is used. */
const DENSE_LIMIT = 1 << 22;

/** The dense limit for a table of `rows` rows: at most 4 slots a row (and at least 2^16). */
function denseLimit(rows: number): number {
  return Math.min(DENSE_LIMIT, Math.max(1 << 16, 4 * rows));
}

/**
 * Per row, one code for the combination of its keys, in `[0, size)`, with `size` small enough
 * for a dense lookup table. While the product of the dictionary sizes stays small the code is
 * the mixed-radix number of the key codes (`((k₁ · n₂) + k₂) · n₃ + k₃ …`, so the last key's
 * code is `code % n_last`); past it the codes so far are renumbered to the combinations that
 * occur, and the next key is appended to them as a digit when that fits, or combined with them
 * through {@link refineGroups} when it does not.
 */
export interface KeyCodes {
  readonly codes: Int32Array;
  readonly size: number;
  /**
   * Whether the last key with more than one text is the codes' last digit (`code = prefix ×
   * n_last + its code`; also when no key has more than one text), as in a mixed-radix number.
   */
  readonly lastDigit: boolean;
}

/**
 * The combined code of each row's keys, one tight pass per key whose dictionary has more than
 * one text (a key with one text adds nothing).
 */
export function keyCodes(table: FlowTable, keys: readonly FlowKey[]): KeyCodes {
  const rows = table.length;
  const limit = denseLimit(rows);
  const codes = new Int32Array(rows);
  let size = 1;
  let lastDigit = true;
  // Whether the codes so far are the combinations that occur, numbered 0, 1, 2…
  let compact = false;
  for (const key of keys) {
    const radix = table.dictionaries[key].length;
    if (radix <= 1) continue;
    const column = table.codes[key];
    if (size * radix > limit && !compact) {
      // The product of the dictionaries is past the dense lookup, but the combinations that
      // occur are at most one a row: renumbered, they may still take the next key as a digit.
      size = compactCodes(codes, size);
      compact = true;
    }
    if (size * radix <= limit) {
      if (size === 1) codes.set(column);
      else appendDigit(codes, column, radix);
      size *= radix;
      lastDigit = true;
      compact = false;
    } else {
      size = refineGroups(codes, size, column, radix);
      lastDigit = false;
      compact = true;
    }
  }
  return { codes, size, lastDigit };
}

/**
 * Renumbers `codes` (in `[0, size)`) in place to 0, 1, 2… in order of first appearance; returns
 * how many distinct codes there are.
 */
function compactCodes(codes: Int32Array, size: number): number {
  const lookup = new Int32Array(size).fill(-1);
  let next = 0;
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] as number;
    let id = lookup[code] as number;
    if (id < 0) {
      id = next++;
      lookup[code] = id;
    }
    codes[row] = id;
  }
  return next;
}

/** `codes[row] = codes[row] × radix + column[row]` for every row: one tight loop. */
function appendDigit(codes: Int32Array, column: Int32Array, radix: number): void {
  const rows = codes.length;
  for (let row = 0; row < rows; row++) {
    codes[row] = (codes[row] as number) * radix + (column[row] as number);
  }
}

/**
 * Renumbers `ids` (codes in `[0, count)`) in place to the combinations of `ids` and `codes` that
 * occur, in order of first appearance; returns how many there are. A dense lookup while the
 * combinations fit {@link denseLimit} (a lookup of 4M slots for a table of a few rows cost more than
 * the grouping); past it a typed hash table of the pairs ({@link FirstIndexTable}: linear, where a
 * `Map` of a million number or text keys grew faster than the rows).
 */
function refineGroups(ids: Int32Array, count: number, codes: Int32Array, size: number): number {
  const rows = ids.length;
  let next = 0;
  const span = count * size;
  if (span <= denseLimit(rows)) {
    const lookup = new Int32Array(span).fill(-1);
    for (let row = 0; row < rows; row++) {
      const slot = (ids[row] as number) * size + (codes[row] as number);
      let group = lookup[slot] as number;
      if (group < 0) {
        group = next++;
        lookup[slot] = group;
      }
      ids[row] = group;
    }
  } else {
    const pairs = new FirstIndexTable(rows);
    for (let row = 0; row < rows; row++) {
      const group = pairs.first(ids[row] as number, codes[row] as number, next);
      if (group === next) next++;
      ids[row] = group;
    }
  }
  return next;
}

/** The lookup buffer of transient groupings, which the garbage collector may reclaim between calls. */
let scratch: WeakRef<Int32Array> | null = null;

/** A lookup of `size` slots on the scratch buffer (its contents are left as they were). */
function scratchLookup(size: number): Int32Array {
  let buffer = scratch?.deref();
  if (buffer === undefined || buffer.length < size) {
    buffer = new Int32Array(size);
    scratch = new WeakRef(buffer);
  }
  return buffer.length === size ? buffer : buffer.subarray(0, size);
}

/**
 * Rows grouped by keys, with each group's float64 sum of `units`, from one pass over the rows:
 * `lookup[code]` is the group of a key code (−1 for none), groups numbered in order of first
 * appearance. The codes are those of {@link keyCodes} for the same keys.
 */
export interface SummedGroups {
  readonly count: number;
  /** Per group, the first row in it (empty for a transient grouping; see {@link groupAndSum}). */
  readonly firstRow: Int32Array;
  /** Per code, its group or −1. */
  readonly lookup: Int32Array;
  /** Per group, the float64 sum of its rows' units (exact while at most 2^53 − 1). */
  readonly sums: Float64Array;
  /**
   * Whether the last varying key's code is the codes' last digit (`code = prefix × n_last + its
   * code`, see {@link KeyCodes}): the mixed-radix numbers of the key codes, or renumbered
   * combinations of the first keys with the last appended as a digit.
   */
  readonly mixedRadix: boolean;
}

// One grouping pass per number of key columns (0–4), the key code computed inline from the
// columns, as a hand-written float loop would: no per-row code array, no call per row. Each pass
// takes its arrays as parameters (`firstRow` null when first rows are not wanted), not in an
// object made per call: with such an object, V8 threw the optimised loop away after each full
// collection between two calls (`--trace-deopt`: "weak objects", then "insufficient type
// feedback" at the destructuring) and compiled it again, about 16 times before it settled on
// slower code; a call ran partly unoptimised meanwhile.

function pass0(
  rows: number,
  units: Float64Array,
  lookup: Int32Array,
  firstRow: Int32Array | null,
  sums: Float64Array,
): number {
  let total = 0;
  for (let row = 0; row < rows; row++) total += units[row] as number;
  if (rows === 0) return 0;
  lookup[0] = 0;
  if (firstRow !== null) firstRow[0] = 0;
  sums[0] = total;
  return 1;
}

function pass1(
  a: Int32Array,
  units: Float64Array,
  lookup: Int32Array,
  firstRow: Int32Array | null,
  sums: Float64Array,
): number {
  const rows = a.length;
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const code = a[row] as number;
    let group = lookup[code] as number;
    if (group < 0) {
      group = count++;
      lookup[code] = group;
      if (firstRow !== null) firstRow[group] = row;
    }
    sums[group] = (sums[group] as number) + (units[row] as number);
  }
  return count;
}

function pass2(
  a: Int32Array,
  b: Int32Array,
  rb: number,
  units: Float64Array,
  lookup: Int32Array,
  firstRow: Int32Array | null,
  sums: Float64Array,
): number {
  const rows = a.length;
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const code = (a[row] as number) * rb + (b[row] as number);
    let group = lookup[code] as number;
    if (group < 0) {
      group = count++;
      lookup[code] = group;
      if (firstRow !== null) firstRow[group] = row;
    }
    sums[group] = (sums[group] as number) + (units[row] as number);
  }
  return count;
}

function pass3(
  a: Int32Array,
  b: Int32Array,
  c: Int32Array,
  rb: number,
  rc: number,
  units: Float64Array,
  lookup: Int32Array,
  firstRow: Int32Array | null,
  sums: Float64Array,
): number {
  const rows = a.length;
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const code = ((a[row] as number) * rb + (b[row] as number)) * rc + (c[row] as number);
    let group = lookup[code] as number;
    if (group < 0) {
      group = count++;
      lookup[code] = group;
      if (firstRow !== null) firstRow[group] = row;
    }
    sums[group] = (sums[group] as number) + (units[row] as number);
  }
  return count;
}

function pass4(
  a: Int32Array,
  b: Int32Array,
  c: Int32Array,
  d: Int32Array,
  rb: number,
  rc: number,
  rd: number,
  units: Float64Array,
  lookup: Int32Array,
  firstRow: Int32Array | null,
  sums: Float64Array,
): number {
  const rows = a.length;
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const code =
      (((a[row] as number) * rb + (b[row] as number)) * rc + (c[row] as number)) * rd +
      (d[row] as number);
    let group = lookup[code] as number;
    if (group < 0) {
      group = count++;
      lookup[code] = group;
      if (firstRow !== null) firstRow[group] = row;
    }
    sums[group] = (sums[group] as number) + (units[row] as number);
  }
  return count;
}

/**
 * Groups the rows of a table by keys and sums their units, in one pass over the rows when the
 * product of the dictionary sizes is small (a dense lookup indexed by the mixed-radix key code;
 * past four varying keys the first ones are combined first, one pass each); otherwise the rows
 * are first given compact codes by {@link keyCodes}. A `transient` grouping allocates less, for
 * a verb that reads the groups' structure only while it computes: its `lookup` is a scratch
 * buffer shared by every transient grouping (valid until the next one), and mixed-radix groups
 * are formed without noting their first rows (`firstRow` is then empty: group again, not
 * transiently, to find them — the same rows give the same groups).
 */
export function groupAndSum(
  table: FlowTable,
  keys: readonly FlowKey[],
  transient = false,
): SummedGroups {
  const rows = table.length;
  const varying = keys.filter((key) => table.dictionaries[key].length > 1);
  const radices = varying.map((key) => table.dictionaries[key].length);
  const size = radices.reduce((product, radix) => product * radix, 1);
  const dense = size <= denseLimit(rows);
  let mixedRadix = dense;
  let columns: Int32Array[];
  let lookupSize = size;
  if (!dense) {
    const codes = keyCodes(table, keys);
    mixedRadix = codes.lastDigit;
    columns = [codes.codes];
    lookupSize = codes.size;
    radices.length = 0;
    radices.push(codes.size);
  } else if (varying.length > 4) {
    const prefix = keyCodes(table, varying.slice(0, -3)).codes;
    columns = [prefix, ...varying.slice(-3).map((key) => table.codes[key])];
    radices.splice(0, radices.length - 3, 0);
  } else {
    columns = varying.map((key) => table.codes[key]);
  }
  const capacity = Math.min(lookupSize, rows);
  const units = table.units;
  const lookup = (transient ? scratchLookup(lookupSize) : new Int32Array(lookupSize)).fill(-1);
  const firstRow = transient && mixedRadix ? null : new Int32Array(capacity);
  const sums = new Float64Array(capacity);
  const [a, b, c, d] = columns as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [, rb, rc, rd] = radices as [number, number, number, number];
  const count =
    columns.length === 0
      ? pass0(rows, units, lookup, firstRow, sums)
      : columns.length === 1
        ? pass1(a, units, lookup, firstRow, sums)
        : columns.length === 2
          ? pass2(a, b, rb, units, lookup, firstRow, sums)
          : columns.length === 3
            ? pass3(a, b, c, rb, rc, units, lookup, firstRow, sums)
            : pass4(a, b, c, d, rb, rc, rd, units, lookup, firstRow, sums);
  return {
    count,
    firstRow:
      firstRow === null
        ? new Int32Array(0)
        : count === capacity
          ? firstRow
          : firstRow.slice(0, count),
    lookup,
    sums: count === capacity ? sums : sums.slice(0, count),
    mixedRadix,
  };
}

/**
 * Checks grouping keys given by a caller and adds `currency` (sums never mix currencies).
 *
 * @throws BilateralError `INVALID_INPUT` for an unknown or repeated key, or a key in `excluded`
 */
export function groupingKeys(
  keys: readonly FlowKey[],
  excluded: readonly FlowKey[] = [],
  path: string = 'keys',
): FlowKey[] {
  if (!Array.isArray(keys)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [path],
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
      throw new BilateralError('INVALID_INPUT', [{ path: [path, index], message: problem }]);
    }
    seen.add(key);
  });
  return seen.has('currency') ? [...keys] : [...keys, 'currency'];
}

/** Groups of coarser keys over the groups of finer ones: each fine group's parent. */
export interface ParentGroups {
  readonly count: number;
  /** Per fine group, its parent group. */
  readonly parent: Int32Array;
  /** Per parent group, its first row. */
  readonly firstRow: Int32Array;
}

/**
 * The groups of `keys` (a subset of the keys the groups were formed by) over groups given by
 * their first rows, numbered in order of first appearance.
 */
export function parentGroups(
  table: FlowTable,
  keys: readonly FlowKey[],
  firstRow: Int32Array,
): ParentGroups {
  const { codes, size } = keyCodes(table, keys);
  const lookup = new Int32Array(size).fill(-1);
  const parent = new Int32Array(firstRow.length);
  const parentFirst: number[] = [];
  for (let group = 0; group < firstRow.length; group++) {
    const row = firstRow[group] as number;
    const code = codes[row] as number;
    let found = lookup[code] as number;
    if (found < 0) {
      found = parentFirst.length;
      lookup[code] = found;
      parentFirst.push(row);
    }
    parent[group] = found;
  }
  return { count: parentFirst.length, parent, firstRow: Int32Array.from(parentFirst) };
}
