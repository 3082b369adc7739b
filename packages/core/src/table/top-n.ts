import type { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import type { GroupKeys } from './flow-groups.js';
import { FLOW_KEYS, type FlowKey, type FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys, parentGroups } from './internal/group-rows.js';
import { compareUnits } from './internal/scaled-units.js';
import { type GroupedSums, Sums } from './sum-by.js';

/**
 * The top items per group, from {@link topN}: exact sums, ordered by group (in order of first
 * appearance) and then by rank.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['LAO', 'THA', 'KHM'].map((partner, i) => ({
 *   reporter: 'VNM', partner, flow: 'export', period: '2024', value: ['5', '9', '5'][i],
 *   currency: 'USD',
 * })));
 * const top = topN(table, 'partner', 2);
 * top.toRows().map((row) => [row.partner, row.value.toString(), row.rank]);
 * //=> [['THA', '9', 1], ['KHM', '5', 2]]
 * ```
 *
 * @category Tables
 */
export interface GroupedTop extends GroupedSums {
  /** Each row's rank in its group, from 1. */
  readonly ranks: Int32Array;
  /**
   * One row's rank in its group.
   *
   * @param index - the row index
   * @returns the rank, from 1 (the largest)
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * topN(years, 'flow', 1, ['period']).rankAt(0);
   * //=> 1
   * ```
   */
  rankAt(index: number): number;
  /**
   * Every row as a plain object.
   *
   * @returns one object per row: its keys, `value` and `rank`
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * topN(years, 'flow', 1, ['period']).toRows().map((row) => `${row.period} ${row.flow} ${row.rank}`);
   * //=> ['2017 export 1', '2021 import 1', '2022 import 1']
   * ```
   */
  toRows(): (GroupKeys & { readonly value: Decimal; readonly rank: number })[];
}

class Top extends Sums implements GroupedTop {
  constructor(
    table: FlowTable,
    keys: readonly FlowKey[],
    firstRow: Int32Array,
    sums: ExactColumn,
    readonly ranks: Int32Array,
  ) {
    super(table, keys, firstRow, sums);
  }

  rankAt(index: number): number {
    checkIndex(index, this.length, 'row');
    return this.ranks[index] as number;
  }

  override toRows() {
    return super.toRows().map((row, index) => ({ ...row, rank: this.ranks[index] as number }));
  }
}

/**
 * The `n` largest items — partners, commodities, reporters… — per group of `within` (and
 * currency), by their exact sums: `topN(table, 'partner', 10, ['reporter', 'flow', 'period'])`
 * gives each reporter's ten largest partners per flow and period. **Ties** are broken by the
 * item's text in code-unit order (`'CHN'` before `'LAO'`), so the result never depends on the
 * order of the rows; a group with fewer than `n` items gives them all.
 *
 * @param table - the flow table (filter it first to one source per period and to totals or one
 *   commodity, see {@link filterFlowTable})
 * @param item - the key ranked, e.g. `'partner'` or `'commodity'` (not `currency`)
 * @param n - how many per group, a positive integer
 * @param within - the keys of a group (default `[]`: the whole table, per currency)
 * @returns the top items, by group then rank
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad `n`, an unknown or repeated key, or
 * `item` in `within`
 *
 * @example
 * ```ts
 * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
 * topN(years, 'flow', 1, ['period']).toRows().map((row) => [row.period, row.flow]);
 * //=> [['2017', 'export'], ['2021', 'import'], ['2022', 'import']]
 * ```
 *
 * @category Tables
 */
export function topN(
  table: FlowTable,
  item: FlowKey,
  n: number,
  within: readonly FlowKey[] = [],
): GroupedTop {
  checkFlowTable(table);
  if (!Number.isInteger(n) || n < 1) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['n'], message: `${String(n)} is not a positive whole number of items` },
    ]);
  }
  if (!FLOW_KEYS.includes(item) || item === 'currency') {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['item'],
        message: `${JSON.stringify(item)} cannot be ranked: use one of ${FLOW_KEYS.filter((key) => key !== 'currency').join(', ')}`,
      },
    ]);
  }
  const groupKeys = groupingKeys(within, [item], 'within');
  const by = [...groupKeys, item];
  const parts = groupAndSum(table, by);
  const sums = exactSums(table, by, parts);
  const groups = parentGroups(table, groupKeys, parts.firstRow);
  const members: number[][] = Array.from({ length: groups.count }, () => []);
  for (let part = 0; part < parts.count; part++) {
    (members[groups.parent[part] as number] as number[]).push(part);
  }
  const itemColumn = table.codes[item];
  const texts = table.dictionaries[item];
  const textOf = (part: number) =>
    texts[itemColumn[parts.firstRow[part] as number] as number] as string;
  const chosen: number[] = [];
  const ranks: number[] = [];
  for (const list of members) {
    list.sort((a, b) => {
      const byValue = compareUnits(exactAt(sums, b), exactAt(sums, a));
      if (byValue !== 0) return byValue;
      const x = textOf(a);
      const y = textOf(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    list.slice(0, n).forEach((part, rank) => {
      chosen.push(part);
      ranks.push(rank + 1);
    });
  }
  const big = new Map<number, bigint>();
  chosen.forEach((part, index) => {
    const exact = sums.big.get(part);
    if (exact !== undefined) big.set(index, exact);
  });
  return new Top(
    table,
    by,
    Int32Array.from(chosen, (part) => parts.firstRow[part] as number),
    { units: Float64Array.from(chosen, (part) => sums.units[part] as number), big },
    Int32Array.from(ranks),
  );
}
