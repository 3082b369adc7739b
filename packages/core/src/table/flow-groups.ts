import { BilateralError } from '../errors/index.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';

/**
 * The groups of a grouped verb's result: how many, by which keys, and each group's key texts.
 * Results are columnar (typed arrays indexed by group, in order of first appearance in the
 * table); `toRows()` gives plain objects for convenience.
 *
 * @example
 * ```ts
 * const totals = sumBy(flowTableFromDataset(vietnamLaos), ['reporter', 'flow']);
 * [totals.keys, totals.keyAt(0, 'flow')];
 * //=> [['reporter', 'flow', 'currency'], 'export']
 * ```
 *
 * @category Tables
 */
export interface FlowGroups {
  /** Number of groups. */
  readonly length: number;
  /** The keys the groups are formed by; `currency` is always one. */
  readonly keys: readonly FlowKey[];
  /** Decimal places of the integer units of the result's levels. */
  readonly scale: number;
  /**
   * The text of one key of one group.
   *
   * @param index - the group index
   * @param key - one of `keys`
   * @returns the key's text
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range or a key not grouped by
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * sumBy(years, ['period', 'flow']).keyAt(0, 'period');
   * //=> '2017'
   * ```
   */
  keyAt(index: number, key: FlowKey): string;
}

/**
 * The key texts of one group, as `toRows()` gives them: one property per grouping key.
 *
 * @example
 * ```ts
 * const keys: GroupKeys = { reporter: 'VNM', partner: 'LAO', currency: 'USD' };
 * ```
 *
 * @category Tables
 */
export type GroupKeys = Partial<Record<FlowKey, string>>;

/**
 * Groups described by the first row of each in a table: the rows themselves, or how many groups
 * there are and how to find their first rows when a key is first read (a verb whose own work
 * never needs them).
 */
export class TableGroups implements FlowGroups {
  readonly length: number;
  readonly scale: number;
  private rows: Int32Array | null;
  private readonly findRows: (() => Int32Array) | null;

  constructor(
    protected readonly table: FlowTable,
    readonly keys: readonly FlowKey[],
    firstRow: Int32Array | { readonly count: number; readonly find: () => Int32Array },
  ) {
    const given = firstRow instanceof Int32Array;
    this.rows = given ? firstRow : null;
    this.findRows = given ? null : firstRow.find;
    this.length = given ? firstRow.length : firstRow.count;
    this.scale = table.scale;
  }

  /** Per group, its first row in the table. */
  protected get firstRow(): Int32Array {
    this.rows ??= (this.findRows as () => Int32Array)();
    return this.rows;
  }

  keyAt(index: number, key: FlowKey): string {
    checkIndex(index, this.length, 'group');
    if (!this.keys.includes(key)) {
      throw new BilateralError('INVALID_INPUT', [
        { path: [], message: `the groups are by ${this.keys.join(', ')}, not ${key}` },
      ]);
    }
    return this.table.keyAt(this.firstRow[index] as number, key);
  }

  /** The key texts of one group. */
  protected keysOf(index: number): GroupKeys {
    const row = this.firstRow[index] as number;
    const keys: GroupKeys = {};
    for (const key of this.keys) keys[key] = this.table.keyAt(row, key);
    return keys;
  }
}
