import type { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import type { GroupKeys } from './flow-groups.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys, parentGroups } from './internal/group-rows.js';
import { divideRounded, unitsToDecimal } from './internal/scaled-units.js';
import { type GroupedSums, Sums } from './sum-by.js';

/**
 * Each group's share of a total, from {@link sharesBy}: the group's exact sum, its total's, and
 * the share `part ÷ total` rounded once to float64 (`shares[i]`, {@link GroupedShares.shareAt});
 * {@link GroupedShares.shareDecimal} gives it to 64 significant digits, equal to {@link shareOf}.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['LAO', 'THA', 'KHM'].map((partner, i) => ({
 *   reporter: 'VNM', partner, flow: 'export', period: '2024', value: ['1', '1', '2'][i],
 *   currency: 'USD',
 * })));
 * const shares = sharesBy(table, ['partner'], []);
 * [shares.shareAt(0), shares.shareAt(2), shares.totalAt(0).toString()];
 * //=> [0.25, 0.5, '4']
 * ```
 *
 * @category Tables
 */
export interface GroupedShares extends GroupedSums {
  /** Per group, its total's index among the totals. */
  readonly total: Int32Array;
  /** Each group's share as float64; `NaN` where its total is 0. */
  readonly shares: Float64Array;
  /**
   * The total one group's share is of.
   *
   * @param index - the group index
   * @returns the exact total
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sharesBy(years, ['period', 'flow'], ['period']).totalAt(0).toString();
   * //=> '892900000'
   * ```
   */
  totalAt(index: number): Decimal;
  /**
   * One group's share, correctly rounded to float64.
   *
   * @param index - the group index
   * @returns the share (0.25 = 25 %), or `null` when the total is 0
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sharesBy(years, ['period', 'flow'], ['period']).shareAt(0);
   * //=> 0.5874118042333968
   * ```
   */
  shareAt(index: number): number | null;
  /**
   * One group's share to 64 significant digits, computed on demand.
   *
   * @param index - the group index
   * @returns the share as a Decimal, or `null` when the total is 0
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sharesBy(years, ['period', 'flow'], ['period']).shareDecimal(0)?.toFixed(6);
   * //=> '0.587412'
   * ```
   */
  shareDecimal(index: number): Decimal | null;
  /**
   * Every group as a plain object.
   *
   * @returns one object per group: its keys, `value` and `share` (float64, `null` for a total of 0)
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sharesBy(years, ['period', 'flow'], ['period']).toRows()[0];
   * //=> { period: '2017', flow: 'export', currency: 'USD', value: '524500000', share: 0.5874118042333968 }
   * ```
   */
  toRows(): (GroupKeys & { readonly value: Decimal; readonly share: number | null })[];
}

class Shares extends Sums implements GroupedShares {
  constructor(
    table: FlowTable,
    keys: readonly FlowKey[],
    firstRow: Int32Array,
    sums: ExactColumn,
    private readonly totals: ExactColumn,
    readonly total: Int32Array,
    readonly shares: Float64Array,
  ) {
    super(table, keys, firstRow, sums);
  }

  totalAt(index: number): Decimal {
    checkIndex(index, this.length, 'group');
    return unitsToDecimal(exactAt(this.totals, this.total[index] as number), this.scale);
  }

  shareAt(index: number): number | null {
    checkIndex(index, this.length, 'group');
    const share = this.shares[index] as number;
    return Number.isNaN(share) ? null : share;
  }

  shareDecimal(index: number): Decimal | null {
    if (this.shareAt(index) === null) return null;
    return this.valueAt(index).div(this.totalAt(index));
  }

  override toRows() {
    return super.toRows().map((row, index) => ({ ...row, share: this.shareAt(index) }));
  }
}

/**
 * Each group's share of a total: the table summed exactly per group of `keys` (and currency),
 * each sum divided by the sum of its group of `of` (a subset of `keys`) — for example each
 * partner's share of a reporter's exports per year: `sharesBy(table, ['reporter', 'flow',
 * 'period', 'partner'], ['reporter', 'flow', 'period'])`. A share is the exact quotient rounded
 * once to float64; a total of 0 gives no share (`null`; {@link shareOf} refuses it).
 *
 * @param table - the flow table (filter it first to one source per period and to totals or one
 *   commodity, see {@link filterFlowTable})
 * @param keys - the keys of a part, e.g. `['reporter', 'period', 'partner']`
 * @param of - the keys of its total, each one of `keys` (`[]`: the whole table, per currency)
 * @returns one group per part, in order of first appearance, with its share
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key, or a key of `of`
 * not in `keys`
 *
 * @example
 * ```ts
 * const totals = filterFlowTable(flowTableFromDataset(vietnamLaos), { commodity: null, periodKind: 'year' });
 * const shares = sharesBy(totals, ['period', 'flow'], ['period']);
 * const i = shares.toRows().findIndex((row) => row.period === '2017' && row.flow === 'export');
 * shares.shareDecimal(i)?.toFixed(4);
 * //=> '0.5874'
 * ```
 *
 * @category Tables
 */
export function sharesBy(
  table: FlowTable,
  keys: readonly FlowKey[],
  of: readonly FlowKey[],
): GroupedShares {
  checkFlowTable(table);
  const by = groupingKeys(keys);
  const totalKeys = groupingKeys(of, [], 'of');
  totalKeys.forEach((key, index) => {
    if (!by.includes(key)) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['of', index],
          message: `${key} is not one of the part's keys (${by.join(', ')}): a total groups by some of them`,
        },
      ]);
    }
  });
  const parts = groupAndSum(table, by);
  const partSums = exactSums(table, by, parts);
  const totalGroups = groupAndSum(table, totalKeys);
  const totalSums = exactSums(table, totalKeys, totalGroups);
  // Both number the totals by first row (a total's first row is its first part's), so the
  // parent of a part is its total's index in totalGroups.
  const total = parentGroups(table, totalKeys, parts.firstRow).parent;
  const shares = new Float64Array(parts.count);
  for (let part = 0; part < parts.count; part++) {
    const whole = exactAt(totalSums, total[part] as number);
    shares[part] = whole === 0 ? Number.NaN : divideRounded(exactAt(partSums, part), whole);
  }
  return new Shares(table, by, parts.firstRow, partSums, totalSums, total, shares);
}
