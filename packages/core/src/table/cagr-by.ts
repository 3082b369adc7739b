import { Decimal } from '../_internal/decimal.js';
import { compoundRate } from '../_internal/precise.js';
import { BilateralError } from '../errors/index.js';
import { formatPeriod } from '../period/format-period.js';
import { monthSpan } from '../period/month-index.js';
import { parsePeriod } from '../period/parse-period.js';
import { type FlowGroups, type GroupKeys, TableGroups } from './flow-groups.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { compoundRateRounded } from './internal/compound-rate.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys, keyCodes, parentGroups } from './internal/group-rows.js';
import { type ExactUnits, subtractUnits, toBig, unitsToDecimal } from './internal/scaled-units.js';
import { selectRows } from './internal/select-rows.js';

/**
 * Why a group of {@link cagrBy} has no rate: `'missing-base'` (no rows in the first period),
 * `'missing-last'` (none in the last), `'non-positive-base'` (the first level is 0) or
 * `'partial-period'` (an end is a partial aggregate from {@link rollUp}).
 *
 * @example
 * ```ts
 * const reason: CagrReason = 'missing-last';
 * ```
 *
 * @category Tables
 */
export type CagrReason = 'missing-base' | 'missing-last' | 'non-positive-base' | 'partial-period';

/**
 * Compound annual growth per group, from {@link cagrBy}: each group's first and last level and
 * the rate `(last ÷ first)^(1/intervals) − 1`. **Precision:** `rates[i]` (and
 * {@link GroupedCagr.rateAt}) is the exact rate rounded once to the nearest float64 (checked
 * exactly in BigInt, not a float `pow`); {@link GroupedCagr.rateDecimal} gives it to 64
 * significant digits, as {@link cagr} does.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['2017', '2024'].map((period, i) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: ['892900000', '2200000000'][i],
 *   currency: 'USD',
 * })));
 * const growth = cagrBy(table, ['reporter', 'partner'], '2017', '2024');
 * [growth.intervals, growth.rateDecimal(0)?.toFixed(4)];
 * //=> [7, '0.1375']
 * ```
 *
 * @category Tables
 */
export interface GroupedCagr extends FlowGroups {
  /** Whole years from the first period to the last: the exponent's denominator. */
  readonly intervals: number;
  /** Per group, its first period's group in the level sums, or −1. */
  readonly firstGroup: Int32Array;
  /** Per group, its last period's group in the level sums, or −1. */
  readonly lastGroup: Int32Array;
  /** Each group's rate as float64; `NaN` where there is none (see `reasons`). */
  readonly rates: Float64Array;
  /** 0 where there is a rate; otherwise 1 `missing-base`, 2 `missing-last`, 3 `non-positive-base`, 4 `partial-period`. */
  readonly reasons: Uint8Array;
  /**
   * One group's level in the first period.
   *
   * @param index - the group index
   * @returns the exact level, or `null` when it has no rows then
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2022').firstValueAt(0)?.toString(); // exports
   * //=> '524500000'
   * ```
   */
  firstValueAt(index: number): Decimal | null;
  /**
   * One group's level in the last period.
   *
   * @param index - the group index
   * @returns the exact level, or `null` when it has no rows then
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2022').lastValueAt(0)?.toString();
   * //=> '656400000'
   * ```
   */
  lastValueAt(index: number): Decimal | null;
  /**
   * One group's rate, correctly rounded to float64.
   *
   * @param index - the group index
   * @returns the rate (0.1375 = 13.75 % a year), or `null` with a reason
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2022').rateAt(0);
   * //=> 0.045886641325293825
   * ```
   */
  rateAt(index: number): number | null;
  /**
   * One group's rate to 64 significant digits, computed on demand.
   *
   * @param index - the group index
   * @returns the rate as a Decimal, or `null` with a reason
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range; `OUT_OF_RANGE` for
   * a rate of 10^36 or more
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2022').rateDecimal(0)?.toFixed(6);
   * //=> '0.045887'
   * ```
   */
  rateDecimal(index: number): Decimal | null;
  /**
   * Why one group has no rate.
   *
   * @param index - the group index
   * @returns the reason, or `null` when the group has a rate
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2021').reasonAt(0); // no exports in 2021
   * //=> 'missing-last'
   * ```
   */
  reasonAt(index: number): CagrReason | null;
  /**
   * Every group as a plain object.
   *
   * @returns one object per group: its keys, `firstValue`, `lastValue`, `rate` (float64) and `reason`
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * cagrBy(years, ['flow'], '2017', '2022').toRows()[0];
   * //=> { flow: 'export', currency: 'USD', firstValue: '524500000', lastValue: '656400000',
   * //    rate: 0.045886641325293825, reason: null }
   * ```
   */
  toRows(): (GroupKeys & {
    readonly firstValue: Decimal | null;
    readonly lastValue: Decimal | null;
    readonly rate: number | null;
    readonly reason: CagrReason | null;
  })[];
}

const REASONS: readonly (CagrReason | null)[] = [
  null,
  'missing-base',
  'missing-last',
  'non-positive-base',
  'partial-period',
];

class Cagr extends TableGroups implements GroupedCagr {
  constructor(
    table: FlowTable,
    keys: readonly FlowKey[],
    firstRow: Int32Array,
    private readonly levels: ExactColumn,
    readonly intervals: number,
    readonly firstGroup: Int32Array,
    readonly lastGroup: Int32Array,
    readonly rates: Float64Array,
    readonly reasons: Uint8Array,
  ) {
    super(table, keys, firstRow);
  }

  private end(index: number, groups: Int32Array): ExactUnits | null {
    checkIndex(index, this.length, 'group');
    const group = groups[index] as number;
    return group < 0 ? null : exactAt(this.levels, group);
  }

  firstValueAt(index: number): Decimal | null {
    const units = this.end(index, this.firstGroup);
    return units === null ? null : unitsToDecimal(units, this.scale);
  }

  lastValueAt(index: number): Decimal | null {
    const units = this.end(index, this.lastGroup);
    return units === null ? null : unitsToDecimal(units, this.scale);
  }

  rateAt(index: number): number | null {
    checkIndex(index, this.length, 'group');
    return this.reasons[index] === 0 ? (this.rates[index] as number) : null;
  }

  rateDecimal(index: number): Decimal | null {
    if (this.rateAt(index) === null) return null;
    const first = this.end(index, this.firstGroup) as ExactUnits;
    const last = this.end(index, this.lastGroup) as ExactUnits;
    if (this.intervals === 1) {
      // Over one interval the rate is growthRate's: the difference divided once.
      return new Decimal(toBig(subtractUnits(last, first)).toString()).div(first.toString());
    }
    return compoundRate(
      new Decimal(first.toString()),
      new Decimal(last.toString()),
      new Decimal(this.intervals),
    );
  }

  reasonAt(index: number): CagrReason | null {
    checkIndex(index, this.length, 'group');
    return REASONS[this.reasons[index] as number] ?? null;
  }

  toRows() {
    return Array.from({ length: this.length }, (_, index) => ({
      ...this.keysOf(index),
      firstValue: this.firstValueAt(index),
      lastValue: this.lastValueAt(index),
      rate: this.rateAt(index),
      reason: this.reasonAt(index),
    }));
  }
}

/** Whole years from `first` to `last`, or the error when `last` is not `first` moved by them. */
function wholeYears(first: string, last: string): number {
  const a = parsePeriod(first, ['first']);
  const b = parsePeriod(last, ['last']);
  const [startA, endA] = monthSpan(a);
  const [startB, endB] = monthSpan(b);
  const shift = startB - startA;
  if (a.kind !== b.kind || shift !== endB - endA || shift <= 0 || shift % 12 !== 0) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['last'],
        message: `${formatPeriod(b)} is not ${formatPeriod(a)} moved by whole years: a compound annual rate compares the same part of two years`,
      },
    ]);
  }
  return shift / 12;
}

/**
 * The compound annual growth rate per group between two periods: the table summed exactly per
 * group of `keys` (and currency) in `first` and in `last`, and `(last ÷ first)^(1/n) − 1` with
 * `n` the whole years between them (`2017` → `2024`: 7; `2023-01/2023-09` → `2024-01/2024-09`:
 * 1), as {@link seriesCagr} counts them. Every group with rows in either period is returned; one
 * without rows in `first` (`missing-base`) or `last` (`missing-last`), with a first level of 0
 * (`non-positive-base`) or with a partial end (`partial-period`) has no rate. A last level of 0
 * gives −1. See {@link GroupedCagr} for the precision.
 *
 * @param table - the flow table (filter it first to one source per period and to totals or one
 *   commodity, see {@link filterFlowTable})
 * @param keys - the keys of a series, e.g. `['reporter', 'partner', 'flow']` (not `period`)
 * @param first - the first period, as text (`'2017'`)
 * @param last - the last period: `first` moved by one or more whole years
 * @returns one group per series with rows in either period, in order of first appearance
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key, or `period`;
 * `INVALID_PERIOD` for a period that does not parse; `PERIOD_MISMATCH` when `last` is not `first`
 * moved by whole years
 *
 * @example
 * ```ts
 * const totals = filterFlowTable(flowTableFromDataset(vietnamLaos), { commodity: null });
 * const growth = cagrBy(totals, ['reporter', 'partner', 'flow'], '2017', '2022');
 * growth.toRows().map((row) => [row.flow, row.rate === null ? row.reason : row.rate.toFixed(4)]);
 * //=> [['export', '0.0459'], ['import', '0.2307']]
 * ```
 *
 * @category Tables
 */
export function cagrBy(
  table: FlowTable,
  keys: readonly FlowKey[],
  first: string,
  last: string,
): GroupedCagr {
  checkFlowTable(table);
  const seriesKeys = groupingKeys(keys, ['period']);
  const intervals = wholeYears(first, last);
  const firstText = formatPeriod(parsePeriod(first));
  const lastText = formatPeriod(parsePeriod(last));
  const ends = Int32Array.from(table.dictionaries.period, (text) =>
    text === firstText ? 1 : text === lastText ? 2 : 0,
  );
  const kept: number[] = [];
  const periods = table.codes.period;
  for (let row = 0; row < table.length; row++) {
    if (ends[periods[row] as number] !== 0) kept.push(row);
  }
  const rows = selectRows(table, Int32Array.from(kept));
  const levelKeys = [...seriesKeys, 'period'] as const;
  const levelGroups = groupAndSum(rows, levelKeys);
  const levels = exactSums(rows, levelKeys, levelGroups);
  const series = parentGroups(rows, seriesKeys, levelGroups.firstRow);
  const firstGroup = new Int32Array(series.count).fill(-1);
  const lastGroup = new Int32Array(series.count).fill(-1);
  const partial = new Uint8Array(levelGroups.count);
  if (rows.partial !== null) {
    const { codes } = keyCodes(rows, levelKeys);
    for (let row = 0; row < rows.length; row++) {
      if (rows.partial[row] === 1) partial[levelGroups.lookup[codes[row] as number] as number] = 1;
    }
  }
  for (let group = 0; group < levelGroups.count; group++) {
    const end = ends[rows.codes.period[levelGroups.firstRow[group] as number] as number];
    (end === 1 ? firstGroup : lastGroup)[series.parent[group] as number] = group;
  }
  const rates = new Float64Array(series.count).fill(Number.NaN);
  const reasons = new Uint8Array(series.count);
  for (let index = 0; index < series.count; index++) {
    const a = firstGroup[index] as number;
    const b = lastGroup[index] as number;
    if (a < 0) reasons[index] = 1;
    else if (b < 0) reasons[index] = 2;
    else if (partial[a] === 1 || partial[b] === 1) reasons[index] = 4;
    else if (exactAt(levels, a) === 0) reasons[index] = 3;
    else rates[index] = compoundRateRounded(exactAt(levels, a), exactAt(levels, b), intervals);
  }
  return new Cagr(
    rows,
    seriesKeys,
    series.firstRow,
    levels,
    intervals,
    firstGroup,
    lastGroup,
    rates,
    reasons,
  );
}
