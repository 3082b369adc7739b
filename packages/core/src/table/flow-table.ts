import type { Decimal } from '../_internal/decimal.js';
import { checkIndex } from './internal/check-index.js';
import { type ExactUnits, unitsToDecimal } from './internal/scaled-units.js';

/**
 * The keys of a {@link FlowTable}, each a dictionary-encoded column.
 *
 * @example
 * ```ts
 * FLOW_KEYS;
 * //=> ['reporter', 'partner', 'flow', 'period', 'commodity', 'source', 'status', 'currency']
 * ```
 *
 * @category Tables
 */
export const FLOW_KEYS = [
  'reporter',
  'partner',
  'flow',
  'period',
  'commodity',
  'source',
  'status',
  'currency',
] as const;

/**
 * One key column of a {@link FlowTable}: `'reporter'`, `'partner'`, `'flow'`, `'period'`,
 * `'commodity'`, `'source'`, `'status'` or `'currency'`.
 *
 * @example
 * ```ts
 * const keys: FlowKey[] = ['reporter', 'partner', 'flow'];
 * ```
 *
 * @category Tables
 */
export type FlowKey = (typeof FLOW_KEYS)[number];

/**
 * A columnar, exact table of trade flows for bulk work. Each key is a column of integer codes
 * (`codes[key][row]`) into a dictionary of texts (`dictionaries[key]`); an absent commodity,
 * source or status is the text `''`, and periods are in their text form (`'2024-Q3'`). Values are
 * integers of units of `10^−scale` (the table's scale is the most decimal places any value has,
 * at most 36): `units[row]` holds them as float64 — exact while at most 2^53 − 1 — and `big`
 * holds, exactly as bigint, the few rows past that. Decimal appears only at the boundary
 * ({@link FlowTable.valueAt}). Build one with {@link flowTableFromRecords},
 * {@link flowTableFromDataset} or {@link createFlowTableBuilder}.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords([
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-01/2024-09',
 *     value: '491900000', currency: 'USD' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'import', period: '2024-01/2024-09',
 *     value: '1000000000.5', currency: 'USD' },
 * ]);
 * [table.length, table.scale, table.units[1], table.valueAt(1).toString()];
 * //=> [2, 1, 10000000005, '1000000000.5']
 * table.keyAt(1, 'flow');
 * //=> 'import'
 * ```
 *
 * @category Tables
 */
export interface FlowTable {
  /** Number of rows. */
  readonly length: number;
  /** Decimal places of the integer units (0–36), common to every row. */
  readonly scale: number;
  /** Per key, the dictionary code of each row. */
  readonly codes: Readonly<Record<FlowKey, Int32Array>>;
  /** Per key, the text of each code (`''` for an absent commodity, source or status). */
  readonly dictionaries: Readonly<Record<FlowKey, readonly string[]>>;
  /** Each row's value in integer units; exact for every row not in `big`. */
  readonly units: Float64Array;
  /** The exact units of the rows whose value passes 2^53 − 1 units (their `units` entry is approximate). */
  readonly big: ReadonlyMap<number, bigint>;
  /** 1 for a row that is a partial aggregate (from {@link rollUp} with `allowIncomplete`); `null` when none is. */
  readonly partial: Uint8Array | null;
  /**
   * The text of one key of one row.
   *
   * @param row - the row index
   * @param key - the key
   * @returns the text (`''` for an absent commodity, source or status)
   * @throws {@link BilateralError} `INVALID_INPUT` for a row index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * [years.keyAt(0, 'period'), years.keyAt(0, 'flow'), years.keyAt(0, 'commodity')];
   * //=> ['2017', 'export', '']
   * ```
   */
  keyAt(row: number, key: FlowKey): string;
  /**
   * The exact value of one row in integer units of `10^−scale`.
   *
   * @param row - the row index
   * @returns a number within ±(2^53 − 1), or a bigint past it
   * @throws {@link BilateralError} `INVALID_INPUT` for a row index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * [years.scale, years.unitsAt(0)];
   * //=> [0, 524500000]
   * ```
   */
  unitsAt(row: number): number | bigint;
  /**
   * The exact value of one row as a Decimal.
   *
   * @param row - the row index
   * @returns the value, in currency units
   * @throws {@link BilateralError} `INVALID_INPUT` for a row index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * years.valueAt(0).toString();
   * //=> '524500000'
   * ```
   */
  valueAt(row: number): Decimal;
}

/** The columns a {@link FlowTable} is made of. */
export interface FlowTableColumns {
  readonly length: number;
  readonly scale: number;
  readonly codes: Readonly<Record<FlowKey, Int32Array>>;
  readonly dictionaries: Readonly<Record<FlowKey, readonly string[]>>;
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint>;
  readonly partial: Uint8Array | null;
}

class ColumnarFlowTable implements FlowTable {
  readonly length: number;
  readonly scale: number;
  readonly codes: Readonly<Record<FlowKey, Int32Array>>;
  readonly dictionaries: Readonly<Record<FlowKey, readonly string[]>>;
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint>;
  readonly partial: Uint8Array | null;

  constructor(columns: FlowTableColumns) {
    this.length = columns.length;
    this.scale = columns.scale;
    this.codes = Object.freeze({ ...columns.codes });
    this.dictionaries = Object.freeze({ ...columns.dictionaries });
    this.units = columns.units;
    this.big = columns.big;
    this.partial = columns.partial;
  }

  keyAt(row: number, key: FlowKey): string {
    checkIndex(row, this.length, 'row');
    return this.dictionaries[key][this.codes[key][row] as number] as string;
  }

  unitsAt(row: number): ExactUnits {
    checkIndex(row, this.length, 'row');
    return this.big.get(row) ?? (this.units[row] as number);
  }

  valueAt(row: number): Decimal {
    return unitsToDecimal(this.unitsAt(row), this.scale);
  }
}

/** Wraps finished columns as a {@link FlowTable} (the columns are not copied). */
export function makeFlowTable(columns: FlowTableColumns): FlowTable {
  return new ColumnarFlowTable(columns);
}
