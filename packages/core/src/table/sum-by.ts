import type { Decimal } from '../_internal/decimal.js';
import { type FlowGroups, type GroupKeys, TableGroups } from './flow-groups.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys } from './internal/group-rows.js';
import { unitsToDecimal } from './internal/scaled-units.js';

/**
 * Exact sums per group, from {@link sumBy}.
 *
 * @example
 * ```ts
 * const totals = sumBy(flowTableFromDataset(vietnamLaos), ['flow']);
 * totals.toRows().map((row) => [row.flow, row.value.toString()]).slice(0, 1);
 * //=> [['export', '3152600000']]
 * ```
 *
 * @category Tables
 */
export interface GroupedSums extends FlowGroups {
  /** Each group's sum in integer units of `10^−scale`; exact for every group not in `big`. */
  readonly units: Float64Array;
  /** The exact sums of the groups past 2^53 − 1 units. */
  readonly big: ReadonlyMap<number, bigint>;
  /**
   * One group's exact sum in integer units.
   *
   * @param index - the group index
   * @returns a number within 2^53 − 1, or a bigint past it
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sumBy(years, ['period']).unitsAt(0);
   * //=> 892900000
   * ```
   */
  unitsAt(index: number): number | bigint;
  /**
   * One group's exact sum as a Decimal.
   *
   * @param index - the group index
   * @returns the sum, in currency units
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sumBy(years, ['period']).valueAt(0).toString();
   * //=> '892900000'
   * ```
   */
  valueAt(index: number): Decimal;
  /**
   * Every group as a plain object: its keys and its sum.
   *
   * @returns one object per group, in group order
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sumBy(years, ['period']).toRows().map((row) => `${row.period} ${row.value}`);
   * //=> ['2017 892900000', '2021 780000000', '2022 1696400000']
   * ```
   */
  toRows(): (GroupKeys & { readonly value: Decimal })[];
}

/** The result of {@link sumBy} (extended by the verbs built on sums). */
export class Sums extends TableGroups implements GroupedSums {
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint>;

  constructor(table: FlowTable, keys: readonly FlowKey[], firstRow: Int32Array, sums: ExactColumn) {
    super(table, keys, firstRow);
    this.units = sums.units;
    this.big = sums.big;
  }

  unitsAt(index: number): number | bigint {
    checkIndex(index, this.length, 'group');
    return exactAt(this, index);
  }

  valueAt(index: number): Decimal {
    return unitsToDecimal(this.unitsAt(index), this.scale);
  }

  toRows(): (GroupKeys & { readonly value: Decimal })[] {
    return Array.from({ length: this.length }, (_, index) => ({
      ...this.keysOf(index),
      value: this.valueAt(index),
    }));
  }
}

/**
 * Sums the values of a flow table per group of keys, exactly: one pass over the rows combines
 * each row's key codes into one code, finds its group in a dense lookup and adds its value in
 * float64 — exact while sums stay within 2^53 − 1 units — and BigInt sums the groups past it. `currency`
 * is always a grouping key, so currencies are never added together. Rows are summed as they are:
 * keep one source per period and leave commodity rows out of totals (see {@link filterFlowTable})
 * where the table holds both.
 *
 * @param table - the flow table
 * @param keys - the grouping keys, e.g. `['reporter', 'partner', 'flow', 'period']`
 * @returns the groups (in order of first appearance) and their exact sums
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords([
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-01', value: '0.1', currency: 'USD' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-02', value: '0.2', currency: 'USD' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'import', period: '2024-01', value: '5', currency: 'USD' },
 * ]);
 * const sums = sumBy(table, ['flow']);
 * [sums.length, sums.keyAt(0, 'flow'), sums.valueAt(0).toString(), sums.valueAt(1).toString()];
 * //=> [2, 'export', '0.3', '5']
 * ```
 *
 * @category Tables
 */
export function sumBy(table: FlowTable, keys: readonly FlowKey[]): GroupedSums {
  checkFlowTable(table);
  const by = groupingKeys(keys);
  const groups = groupAndSum(table, by);
  return new Sums(table, by, groups.firstRow, exactSums(table, by, groups));
}
