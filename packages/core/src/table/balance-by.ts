import { Decimal } from '../_internal/decimal.js';
import { type FlowGroups, type GroupKeys, TableGroups } from './flow-groups.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys, parentGroups } from './internal/group-rows.js';
import {
  addUnits,
  divideRounded,
  type ExactUnits,
  subtractUnits,
  unitsToDecimal,
} from './internal/scaled-units.js';

/**
 * Why a group of {@link balanceBy} lacks a figure: `'missing-exports'` or `'missing-imports'`
 * (no rows of that flow: turnover, balance and coverage are `null`), `'zero-imports'` (imports
 * are 0: the coverage ratio is `null`, as {@link coverageRatio} gives).
 *
 * @example
 * ```ts
 * const reason: BalanceReason = 'zero-imports';
 * ```
 *
 * @category Tables
 */
export type BalanceReason = 'missing-exports' | 'missing-imports' | 'zero-imports';

/**
 * Turnover, balance and coverage per group, from {@link balanceBy}: the figures of
 * {@link tradeBalance} for each group's exports and imports. Levels are exact; the coverage ratio
 * `exports ÷ imports` is the exact quotient rounded once to float64 (`coverage[i]`,
 * {@link GroupedBalance.coverageAt}), and to 64 significant digits on demand
 * ({@link GroupedBalance.coverageDecimal}, equal to {@link coverageRatio}).
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords([
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', value: '159.6', currency: 'USD' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'import', period: '2024', value: '179', currency: 'USD' },
 * ]);
 * const pairs = balanceBy(table);
 * [pairs.turnoverAt(0)?.toString(), pairs.balanceAt(0)?.toString(), pairs.coverageAt(0)];
 * //=> ['338.6', '-19.4', 0.8916201117318435]
 * ```
 *
 * @category Tables
 */
export interface GroupedBalance extends FlowGroups {
  /** Per group, its exports' group in the flow sums, or −1 when it has no export rows. */
  readonly exportsGroup: Int32Array;
  /** Per group, its imports' group in the flow sums, or −1 when it has no import rows. */
  readonly importsGroup: Int32Array;
  /** Each group's coverage ratio as float64; `NaN` where there is none (see `reasons`). */
  readonly coverage: Float64Array;
  /** 0 where every figure is known; otherwise 1 `missing-exports`, 2 `missing-imports`, 3 `zero-imports`. */
  readonly reasons: Uint8Array;
  /**
   * One group's exports.
   *
   * @param index - the group index
   * @returns the exact sum, or `null` when the group has no export rows
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).exportsAt(0)?.toString();
   * //=> '524500000'
   * ```
   */
  exportsAt(index: number): Decimal | null;
  /**
   * One group's imports.
   *
   * @param index - the group index
   * @returns the exact sum, or `null` when the group has no import rows
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).importsAt(0)?.toString();
   * //=> '368400000'
   * ```
   */
  importsAt(index: number): Decimal | null;
  /**
   * One group's turnover, exports + imports, exactly.
   *
   * @param index - the group index
   * @returns the turnover, or `null` when a flow has no rows
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).turnoverAt(0)?.toString();
   * //=> '892900000'
   * ```
   */
  turnoverAt(index: number): Decimal | null;
  /**
   * One group's balance, exports − imports, exactly (negative for a deficit).
   *
   * @param index - the group index
   * @returns the balance, or `null` when a flow has no rows
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).balanceAt(0)?.toString();
   * //=> '156100000'
   * ```
   */
  balanceAt(index: number): Decimal | null;
  /**
   * One group's coverage ratio, exports ÷ imports, correctly rounded to float64.
   *
   * @param index - the group index
   * @returns the ratio, or `null` (see {@link GroupedBalance.reasonAt})
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).coverageAt(0);
   * //=> 1.4237242128121608
   * ```
   */
  coverageAt(index: number): number | null;
  /**
   * One group's coverage ratio to 64 significant digits, computed on demand.
   *
   * @param index - the group index
   * @returns the ratio as a Decimal, or `null`
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).coverageDecimal(0)?.toFixed(6);
   * //=> '1.423724'
   * ```
   */
  coverageDecimal(index: number): Decimal | null;
  /**
   * Why one group lacks a figure.
   *
   * @param index - the group index
   * @returns the reason, or `null` when every figure is known
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * const balance = balanceBy(years); // 2017, 2021 (imports only), 2022
   * [balance.reasonAt(0), balance.reasonAt(1)];
   * //=> [null, 'missing-exports']
   * ```
   */
  reasonAt(index: number): BalanceReason | null;
  /**
   * Every group as a plain object.
   *
   * @returns one object per group: its keys, `exports`, `imports`, `turnover`, `balance`,
   *   `coverage` (float64) and `reason`
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * balanceBy(years).toRows()[1];
   * //=> { reporter: 'VNM', partner: 'LAO', period: '2021', currency: 'USD', exports: null, imports: '780000000',
   * //    turnover: null, balance: null, coverage: null, reason: 'missing-exports' }
   * ```
   */
  toRows(): (GroupKeys & {
    readonly exports: Decimal | null;
    readonly imports: Decimal | null;
    readonly turnover: Decimal | null;
    readonly balance: Decimal | null;
    readonly coverage: number | null;
    readonly reason: BalanceReason | null;
  })[];
}

const REASONS: readonly (BalanceReason | null)[] = [
  null,
  'missing-exports',
  'missing-imports',
  'zero-imports',
];

class Balance extends TableGroups implements GroupedBalance {
  constructor(
    table: FlowTable,
    keys: readonly FlowKey[],
    firstRow: Int32Array,
    private readonly flows: ExactColumn,
    readonly exportsGroup: Int32Array,
    readonly importsGroup: Int32Array,
    readonly coverage: Float64Array,
    readonly reasons: Uint8Array,
  ) {
    super(table, keys, firstRow);
  }

  private side(index: number, groups: Int32Array): ExactUnits | null {
    checkIndex(index, this.length, 'group');
    const group = groups[index] as number;
    return group < 0 ? null : exactAt(this.flows, group);
  }

  private level(units: ExactUnits | null): Decimal | null {
    return units === null ? null : unitsToDecimal(units, this.scale);
  }

  exportsAt(index: number): Decimal | null {
    return this.level(this.side(index, this.exportsGroup));
  }

  importsAt(index: number): Decimal | null {
    return this.level(this.side(index, this.importsGroup));
  }

  turnoverAt(index: number): Decimal | null {
    const exports = this.side(index, this.exportsGroup);
    const imports = this.side(index, this.importsGroup);
    return exports === null || imports === null ? null : this.level(addUnits(exports, imports));
  }

  balanceAt(index: number): Decimal | null {
    const exports = this.side(index, this.exportsGroup);
    const imports = this.side(index, this.importsGroup);
    return exports === null || imports === null
      ? null
      : this.level(subtractUnits(exports, imports));
  }

  coverageAt(index: number): number | null {
    checkIndex(index, this.length, 'group');
    return this.reasons[index] === 0 ? (this.coverage[index] as number) : null;
  }

  coverageDecimal(index: number): Decimal | null {
    if (this.coverageAt(index) === null) return null;
    const exports = this.side(index, this.exportsGroup) as ExactUnits;
    const imports = this.side(index, this.importsGroup) as ExactUnits;
    return new Decimal(exports.toString()).div(imports.toString());
  }

  reasonAt(index: number): BalanceReason | null {
    checkIndex(index, this.length, 'group');
    return REASONS[this.reasons[index] as number] ?? null;
  }

  toRows() {
    return Array.from({ length: this.length }, (_, index) => ({
      ...this.keysOf(index),
      exports: this.exportsAt(index),
      imports: this.importsAt(index),
      turnover: this.turnoverAt(index),
      balance: this.balanceAt(index),
      coverage: this.coverageAt(index),
      reason: this.reasonAt(index),
    }));
  }
}

/**
 * Turnover, balance and coverage per group — by default per reporter, partner and period: the
 * table's exports and imports summed exactly per group of `keys` (and currency), then the
 * figures of {@link tradeBalance} for each. A group with rows of only one flow has that flow's
 * level and no turnover, balance or coverage (`missing-imports` / `missing-exports`), as
 * `datasetSeries` gives turnover only for periods where both are known; a group whose imports
 * are 0 has no coverage ratio (`zero-imports`).
 *
 * @param table - the flow table (filter it first to one source per period and to totals or one
 *   commodity, see {@link filterFlowTable})
 * @param keys - the grouping keys (not `flow`); default `['reporter', 'partner', 'period']`
 * @returns one group per combination of the keys, in order of first appearance
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key, or `flow`
 *
 * @example
 * ```ts
 * const totals = filterFlowTable(flowTableFromDataset(vietnamLaos), { commodity: null, periodKind: 'year' });
 * const pairs = balanceBy(totals);
 * pairs.toRows().map((row) => [row.period, row.balance?.toString() ?? row.reason, row.coverage]);
 * //=> [['2017', '156100000', 1.4237242128121608], ['2021', 'missing-exports', null],
 * //    ['2022', '-383600000', 0.6311538461538462]]
 * ```
 *
 * @category Tables
 */
export function balanceBy(
  table: FlowTable,
  keys: readonly FlowKey[] = ['reporter', 'partner', 'period'],
): GroupedBalance {
  checkFlowTable(table);
  const by = groupingKeys(keys, ['flow']);
  const flowKeys = [...by, 'flow'] as const;
  const flowGroups = groupAndSum(table, flowKeys);
  const flows = exactSums(table, flowKeys, flowGroups);
  const pairs = parentGroups(table, by, flowGroups.firstRow);
  const exportsGroup = new Int32Array(pairs.count).fill(-1);
  const importsGroup = new Int32Array(pairs.count).fill(-1);
  const flowColumn = table.codes.flow;
  const isExport = Uint8Array.from(table.dictionaries.flow, (text) => (text === 'export' ? 1 : 0));
  for (let group = 0; group < flowGroups.count; group++) {
    const side =
      isExport[flowColumn[flowGroups.firstRow[group] as number] as number] === 1
        ? exportsGroup
        : importsGroup;
    side[pairs.parent[group] as number] = group;
  }
  const coverage = new Float64Array(pairs.count);
  const reasons = new Uint8Array(pairs.count);
  for (let pair = 0; pair < pairs.count; pair++) {
    const exports = exportsGroup[pair] as number;
    const imports = importsGroup[pair] as number;
    const importsUnits = imports < 0 ? 0 : exactAt(flows, imports);
    reasons[pair] = exports < 0 ? 1 : imports < 0 ? 2 : importsUnits === 0 ? 3 : 0;
    coverage[pair] =
      reasons[pair] === 0 ? divideRounded(exactAt(flows, exports), importsUnits) : Number.NaN;
  }
  return new Balance(
    table,
    by,
    pairs.firstRow,
    flows,
    exportsGroup,
    importsGroup,
    coverage,
    reasons,
  );
}
