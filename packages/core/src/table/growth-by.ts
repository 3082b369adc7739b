import { Decimal } from '../_internal/decimal.js';
import { FirstIndexTable } from '../dataset/first-index-table.js';
import type { NoRateReason } from '../growth/growth-point.js';
import type { Period } from '../period/period.js';
import { previousPeriodInRange } from '../period/previous-period-in-range.js';
import { yearEarlierInRange } from '../period/year-earlier-in-range.js';
import type { FlowGroups } from './flow-groups.js';
import { type GroupKeys, TableGroups } from './flow-groups.js';
import type { FlowKey, FlowTable } from './flow-table.js';
import { checkIndex } from './internal/check-index.js';
import { checkFlowTable } from './internal/check-table.js';
import { type ExactColumn, exactAt, exactSums } from './internal/exact-column.js';
import { groupAndSum, groupingKeys, keyCodes, type SummedGroups } from './internal/group-rows.js';
import { shiftedPeriodCodes } from './internal/period-codes.js';
import {
  divideRounded,
  MAX_EXACT,
  subtractUnits,
  toBig,
  unitsToDecimal,
  unitsToText,
} from './internal/scaled-units.js';

/**
 * Growth per group and period, from {@link yearOnYearBy} or {@link periodOnPeriodBy}: each
 * group's level, its base's, and the rate with the same `null` + reason rules as
 * {@link yearOnYear}. **Precision:** `rates[i]` (and {@link GroupedGrowth.rateAt}) is the exact
 * rate `(current − base) ÷ base` rounded once to the nearest float64 (about 16 significant
 * digits): both levels are exact integers, so within 2^53 units one float64 division is already
 * correctly rounded, and past it the quotient is taken in BigInt and rounded once.
 * {@link GroupedGrowth.rateDecimal} gives the rate to 64 significant digits (half to even),
 * equal to `growthRate` of the two levels.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['2023-Q3', '2024-Q3'].map((period, i) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: ['200', '251'][i],
 *   currency: 'USD',
 * })));
 * const growth = yearOnYearBy(table, ['reporter', 'partner', 'flow']);
 * [growth.rateAt(0), growth.reasonAt(0), growth.rateAt(1), growth.rateDecimal(1)?.toString()];
 * //=> [null, 'missing-base', 0.255, '0.255']
 * ```
 *
 * @category Tables
 */
export interface GroupedGrowth extends FlowGroups {
  /** Each group's level in integer units of `10^−scale`; exact for every group not in `big`. */
  readonly units: Float64Array;
  /** The exact levels of the groups past 2^53 − 1 units. */
  readonly big: ReadonlyMap<number, bigint>;
  /** Each group's base group (the same keys, the base period), or −1 when there is none. */
  readonly base: Int32Array;
  /** Each group's rate as float64; `NaN` where there is no rate (read `reasons` or {@link GroupedGrowth.rateAt}). */
  readonly rates: Float64Array;
  /** 0 where there is a rate; otherwise 1 `missing-base`, 2 `non-positive-base`, 3 `partial-period`. */
  readonly reasons: Uint8Array;
  /**
   * One group's level as a Decimal.
   *
   * @param index - the group index
   * @returns the level, in currency units
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).valueAt(4).toString(); // imports, 2022
   * //=> '1040000000'
   * ```
   */
  valueAt(index: number): Decimal;
  /**
   * The level of one group's base, as a Decimal.
   *
   * @param index - the group index
   * @returns the base level, or `null` when the base period has no rows
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).baseValueAt(4)?.toString(); // imports, 2021
   * //=> '780000000'
   * ```
   */
  baseValueAt(index: number): Decimal | null;
  /**
   * One group's rate, correctly rounded to float64.
   *
   * @param index - the group index
   * @returns the rate (a decimal fraction: 0.255 = +25.5 %), or `null` with a reason
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).rateAt(4);
   * //=> 0.3333333333333333
   * ```
   */
  rateAt(index: number): number | null;
  /**
   * One group's rate to 64 significant digits (half to even), computed on demand.
   *
   * @param index - the group index
   * @returns the rate as a Decimal, or `null` with a reason
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).rateDecimal(4)?.toFixed(6);
   * //=> '0.333333'
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
   * yearOnYearBy(years, ['flow']).reasonAt(0); // exports, 2017
   * //=> 'missing-base'
   * ```
   */
  reasonAt(index: number): NoRateReason | null;
  /**
   * The reason in words, naming the periods, as {@link yearOnYear} words it.
   *
   * @param index - the group index
   * @returns the message, or `null` when the group has a rate
   * @throws {@link BilateralError} `INVALID_INPUT` for an index out of range
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).messageAt(0);
   * //=> '2017 has no base: 2016 is not in the series'
   * ```
   */
  messageAt(index: number): string | null;
  /**
   * Every group as a plain object.
   *
   * @returns one object per group: its keys (with `period`), `value`, `baseValue`, `rate` (float64)
   *   and `reason`
   *
   * @example
   * ```ts
   * const years = filterFlowTable(flowTableFromDataset(vietnamLaos), { periodKind: 'year' });
   * yearOnYearBy(years, ['flow']).toRows().map((row) => [row.flow, row.period, row.rate ?? row.reason]);
   * //=> [['export', '2017', 'missing-base'], ['import', '2017', 'missing-base'],
   * //    ['import', '2021', 'missing-base'], ['export', '2022', 'missing-base'],
   * //    ['import', '2022', 0.3333333333333333]]
   * ```
   */
  toRows(): (GroupKeys & {
    readonly value: Decimal;
    readonly baseValue: Decimal | null;
    readonly rate: number | null;
    readonly reason: NoRateReason | null;
  })[];
}

const REASONS: readonly (NoRateReason | null)[] = [
  null,
  'missing-base',
  'non-positive-base',
  'partial-period',
];

/** A column a result computes when it is first read: the column, or how to compute it. */
type Lazy<T> = T | (() => T);

class Growth extends TableGroups implements GroupedGrowth {
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint>;
  private bases: Lazy<Int32Array>;

  constructor(
    table: FlowTable,
    keys: readonly FlowKey[],
    firstRow: Int32Array | { readonly count: number; readonly find: () => Int32Array },
    sums: ExactColumn,
    base: Lazy<Int32Array>,
    readonly rates: Float64Array,
    readonly reasons: Uint8Array,
    private readonly partial: Uint8Array | null,
    private readonly baseTexts: readonly (string | null)[],
  ) {
    super(table, keys, firstRow);
    this.units = sums.units;
    this.big = sums.big;
    this.bases = base;
  }

  get base(): Int32Array {
    if (typeof this.bases === 'function') this.bases = this.bases();
    return this.bases;
  }

  valueAt(index: number): Decimal {
    checkIndex(index, this.length, 'group');
    return unitsToDecimal(exactAt(this, index), this.scale);
  }

  baseValueAt(index: number): Decimal | null {
    checkIndex(index, this.length, 'group');
    const base = this.base[index] as number;
    return base < 0 ? null : unitsToDecimal(exactAt(this, base), this.scale);
  }

  rateAt(index: number): number | null {
    checkIndex(index, this.length, 'group');
    return this.reasons[index] === 0 ? (this.rates[index] as number) : null;
  }

  rateDecimal(index: number): Decimal | null {
    if (this.rateAt(index) === null) return null;
    const current = exactAt(this, index);
    const base = exactAt(this, this.base[index] as number);
    return new Decimal(toBig(subtractUnits(current, base)).toString()).div(toBig(base).toString());
  }

  reasonAt(index: number): NoRateReason | null {
    checkIndex(index, this.length, 'group');
    return REASONS[this.reasons[index] as number] ?? null;
  }

  messageAt(index: number): string | null {
    const reason = this.reasonAt(index);
    if (reason === null) return null;
    const label = this.keyAt(index, 'period');
    const periodCode = this.table.codes.period[this.firstRow[index] as number] as number;
    const baseLabel = this.baseTexts[periodCode] as string | null;
    if (baseLabel === null) {
      return `${label} has no base: it would be before the year 1 (periods are in the years 1–9999)`;
    }
    const base = this.base[index] as number;
    if (reason === 'missing-base') return `${label} has no base: ${baseLabel} is not in the series`;
    if (reason === 'partial-period') {
      const which = this.partial?.[index] === 1 ? label : baseLabel;
      return `${which} is a partial aggregate, so ${label} and ${baseLabel} cover different months`;
    }
    return `${label} has no rate: its base ${baseLabel} is ${unitsToText(exactAt(this, base), this.scale)}`;
  }

  toRows() {
    return Array.from({ length: this.length }, (_, index) => ({
      ...this.keysOf(index),
      value: this.valueAt(index),
      baseValue: this.baseValueAt(index),
      rate: this.rateAt(index),
      reason: this.reasonAt(index),
    }));
  }
}

/**
 * The period's radix in the groups' mixed-radix codes: the period is a digit of the code only
 * when it varies; a table of one period has radix 1 (and an empty table a lookup of one empty
 * slot): never a step of 0.
 */
const periodRadix = (table: FlowTable): number => Math.max(1, table.dictionaries.period.length);

/**
 * Reason and rate of every group while the groups' codes are mixed-radix numbers with the
 * period last: one sequential pass over the codes, series by series (a group's base is
 * `lookup[series start + base period]`, no division per code), filling each group's reason and
 * its rate: one float64 division, correctly rounded while both levels are within 2^53 − 1 units
 * (two exact integers). The bases are not kept ({@link basesByCode} finds them again when
 * read). Returns whether a level is past 2^53 − 1: there a float64 sum is not exact, and
 * {@link exactRates} redoes the rates that read one (the loop divides regardless: a test per group
 * for a case that is rare cost more than the division).
 *
 * No number is carried from one iteration to the next: this function runs once per call, so V8
 * compiles its loop only through on-stack replacement, where a variable carried round the loop
 * is a tagged value — a running maximum there boxed a new heap number per group (12 MB of heap a
 * call at 1M rows), which kept V8's young generation at its largest size and so brought a
 * full collection every few calls. A boolean set when a level passes the limit allocates nothing.
 * The arrays are parameters, not an object made per call (see the grouping passes in
 * `internal/group-rows.ts`: V8 threw away a loop compiled for such an object's map after each
 * full collection).
 */
function ratesByCode(
  lookup: Int32Array,
  levels: Float64Array,
  radix: number,
  basePeriod: Int32Array,
  partial: Uint8Array | null,
  rates: Float64Array,
  reasons: Uint8Array,
): boolean {
  const size = lookup.length;
  // A local, not the imported binding: under Vitest's module runner and tsx each read of an
  // imported binding is a property getter, once per group here.
  const limit = MAX_EXACT;
  let past = false;
  // One flat loop over the codes (`start`: the code of the series' first period). Not a loop over
  // the series around one over the periods: V8 entered that nested loop through on-stack
  // replacement on every call and boxed a number per group (16 MB of heap a call at 1M rows).
  for (let code = 0, start = 0, period = -1; code < size; code++) {
    if (++period === radix) {
      period = 0;
      start = code;
    }
    const group = lookup[code] as number;
    if (group < 0) continue;
    const current = levels[group] as number;
    if (current > limit) past = true;
    const shifted = basePeriod[period] as number;
    const found = shifted < 0 ? -1 : (lookup[start + shifted] as number);
    if (found < 0) {
      reasons[group] = 1;
      rates[group] = Number.NaN;
    } else if (partial !== null && (partial[group] === 1 || partial[found] === 1)) {
      reasons[group] = 3;
      rates[group] = Number.NaN;
    } else {
      const previous = levels[found] as number;
      if (previous > 0) {
        rates[group] = (current - previous) / previous;
      } else {
        reasons[group] = 2;
        rates[group] = Number.NaN;
      }
    }
  }
  return past;
}

/** Each group's base group (−1 for none) for the mixed-radix codes of {@link ratesByCode}. */
function basesByCode(
  lookup: Int32Array,
  count: number,
  radix: number,
  basePeriod: Int32Array,
): Int32Array {
  const base = new Int32Array(count);
  // One flat loop, as in ratesByCode (and for the same reason).
  for (let code = 0, start = 0, period = -1; code < lookup.length; code++) {
    if (++period === radix) {
      period = 0;
      start = code;
    }
    const group = lookup[code] as number;
    if (group < 0) continue;
    const shifted = basePeriod[period] as number;
    base[group] = shifted < 0 ? -1 : (lookup[start + shifted] as number);
  }
  return base;
}

/**
 * The same as {@link ratesByCode} when the codes are not mixed-radix numbers (many keys, or
 * dictionaries too large for a dense lookup): each group's base is found through a typed hash
 * table of (series, period) pairs. The base, reason and rate block is written out in both loops on
 * purpose: one shared helper called per group measured 2–4 % slower at 1M rows (minimum of 21
 * runs, 17.6–17.9 against 16.7–17.4 ms), on a path whose target is 2× the float loop. Returns
 * whether a level is past 2^53 − 1 (a boolean, not a running maximum: see {@link ratesByCode});
 * the arrays are parameters for the same reason as there.
 */
function ratesBySlot(
  series: Int32Array,
  periods: Int32Array,
  firstRow: Int32Array,
  levels: Float64Array,
  basePeriod: Int32Array,
  partial: Uint8Array | null,
  base: Int32Array,
  rates: Float64Array,
  reasons: Uint8Array,
): boolean {
  const count = firstRow.length;
  // Each group under its (series, period) pair, in a typed hash table: linear in the groups
  // (a `Map` of a million number keys grew faster than the rows).
  const bySlot = new FirstIndexTable(count);
  for (let group = 0; group < count; group++) {
    const row = firstRow[group] as number;
    bySlot.first(series[row] as number, periods[row] as number, group);
  }
  const limit = MAX_EXACT; // a local, as in ratesByCode
  let past = false;
  for (let group = 0; group < count; group++) {
    const row = firstRow[group] as number;
    const current = levels[group] as number;
    if (current > limit) past = true;
    const shifted = basePeriod[periods[row] as number] as number;
    const found = shifted < 0 ? -1 : bySlot.indexOf(series[row] as number, shifted);
    base[group] = found;
    if (found < 0) {
      reasons[group] = 1;
      rates[group] = Number.NaN;
    } else if (partial !== null && (partial[group] === 1 || partial[found] === 1)) {
      reasons[group] = 3;
      rates[group] = Number.NaN;
    } else {
      const previous = levels[found] as number;
      if (previous > 0) {
        rates[group] = (current - previous) / previous;
      } else {
        reasons[group] = 2;
        rates[group] = Number.NaN;
      }
    }
  }
  return past;
}

/**
 * The rates that read a level past 2^53 − 1 (groups with a rate, reason 0), redone from the exact
 * levels (BigInt), each quotient rounded once: the float64 loops divided inexact sums there.
 */
function exactRates(
  sums: ExactColumn,
  base: Int32Array,
  rates: Float64Array,
  reasons: Uint8Array,
): void {
  const levels = sums.units;
  const limit = MAX_EXACT; // a local, as in ratesByCode
  for (let group = 0; group < base.length; group++) {
    const found = base[group] as number;
    if (reasons[group] !== 0 || found < 0) continue;
    if ((levels[group] as number) <= limit && (levels[found] as number) <= limit) continue;
    const previous = exactAt(sums, found);
    rates[group] = divideRounded(subtractUnits(exactAt(sums, group), previous), previous);
  }
}

/** Per group, 1 when one of its rows is a partial aggregate; `null` when the table has none. */
function partialGroups(
  table: FlowTable,
  keys: readonly FlowKey[],
  groups: SummedGroups,
): Uint8Array | null {
  if (table.partial === null) return null;
  const partial = new Uint8Array(groups.count);
  const { codes } = keyCodes(table, keys);
  for (let row = 0; row < table.length; row++) {
    if (table.partial[row] === 1) partial[groups.lookup[codes[row] as number] as number] = 1;
  }
  return partial;
}

/** Growth of every group of `keys` + period against the period `shift` gives. */
function growthBy(
  table: FlowTable,
  keys: readonly FlowKey[],
  shift: (period: Period) => Period | undefined,
): GroupedGrowth {
  const seriesKeys = groupingKeys(keys, ['period']);
  const groupKeys = [...seriesKeys, 'period'] as const;
  // A transient grouping (a scratch lookup; mixed-radix groups without their first rows): the
  // rates read neither after this call. The keys and bases group again when first read.
  const groups = groupAndSum(table, groupKeys, true);
  const { count } = groups;
  const shifted = shiftedPeriodCodes(table, shift);
  const partial = partialGroups(table, groupKeys, groups);
  const rates = new Float64Array(count);
  const reasons = new Uint8Array(count);
  // Float64 rates first, in one pass; the exact levels (a BigInt pass over the rows of the
  // groups past 2^53 − 1) only when some group is past it.
  let base: Lazy<Int32Array>;
  let exact: boolean;
  let again: SummedGroups | undefined;
  const regrouped = () => {
    again ??= groupAndSum(table, groupKeys);
    return again;
  };
  const radix = periodRadix(table);
  if (groups.mixedRadix) {
    exact = !ratesByCode(groups.lookup, groups.sums, radix, shifted.codes, partial, rates, reasons);
    base = () => basesByCode(regrouped().lookup, count, radix, shifted.codes);
  } else {
    base = new Int32Array(count);
    const series = keyCodes(table, seriesKeys).codes;
    exact = !ratesBySlot(
      series,
      table.codes.period,
      groups.firstRow,
      groups.sums,
      shifted.codes,
      partial,
      base,
      rates,
      reasons,
    );
  }
  const sums: ExactColumn = exact
    ? { units: groups.sums, big: new Map() }
    : exactSums(table, groupKeys, groups);
  const firstRow = groups.mixedRadix
    ? { count, find: () => regrouped().firstRow }
    : groups.firstRow;
  const growth = new Growth(
    table,
    groupKeys,
    firstRow,
    sums,
    base,
    rates,
    reasons,
    partial,
    shifted.texts,
  );
  if (!exact) exactRates(sums, growth.base, rates, reasons);
  return growth;
}

/**
 * Year-on-year growth per group: the table's values summed per group of `keys` (and currency)
 * and period, each against the same period a year earlier in the same group (`2024-Q3` against
 * `2023-Q3`, `2024-01/2024-09` against `2023-01/2023-09`). Exact levels; each rate is the
 * quotient of two exact levels rounded once (see {@link GroupedGrowth} for the precision). The
 * rules of {@link yearOnYear}: every group is returned; one whose base has no rows
 * (`missing-base`), whose base is 0 (`non-positive-base`) or where either side is a partial
 * aggregate (`partial-period`) has no rate; a group in the year 1 has no year before it
 * (`missing-base`, no base group, the message "… it would be before the year 1"), as in
 * {@link yearOnYear}. Period arithmetic runs once per distinct period.
 *
 * @param table - the flow table (filter it first to one source per period and to totals or one
 *   commodity, see {@link filterFlowTable})
 * @param keys - the keys of a series, e.g. `['reporter', 'partner', 'flow']` (not `period`)
 * @returns one group per series and period, in order of first appearance
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key, or `period`
 *
 * @example
 * ```ts
 * const table = filterFlowTable(flowTableFromDataset(vietnamLaos), { commodity: null });
 * const growth = yearOnYearBy(table, ['reporter', 'partner', 'flow']);
 * const i = growth.toRows().findIndex((row) => row.period === '2024-01/2024-09' && row.flow === 'export');
 * [growth.rateAt(i), growth.reasonAt(i), growth.messageAt(i)];
 * //=> [null, 'missing-base', '2024-01/2024-09 has no base: 2023-01/2023-09 is not in the series']
 * ```
 *
 * @category Tables
 */
export function yearOnYearBy(table: FlowTable, keys: readonly FlowKey[]): GroupedGrowth {
  checkFlowTable(table);
  return growthBy(table, keys, yearEarlierInRange);
}

/**
 * Period-on-period growth per group: each period of a group against the one just before it of
 * the same kind (`2024-Q3` against `2024-Q2`, `2024-09` against `2024-08`), with the same rules
 * and precision as {@link yearOnYearBy}. The first period of the year 1 (`0001`, `0001-Q1`,
 * `0001-01` …) has none before it: `missing-base`, as in {@link periodOnPeriod}.
 *
 * @param table - the flow table
 * @param keys - the keys of a series, e.g. `['reporter', 'partner', 'flow']` (not `period`)
 * @returns one group per series and period, in order of first appearance
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown or repeated key, or `period`
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['2024-08', '2024-09'].map((period, i) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: ['80', '100'][i],
 *   currency: 'USD',
 * })));
 * periodOnPeriodBy(table, ['reporter', 'partner', 'flow']).rateAt(1);
 * //=> 0.25
 * ```
 *
 * @category Tables
 */
export function periodOnPeriodBy(table: FlowTable, keys: readonly FlowKey[]): GroupedGrowth {
  checkFlowTable(table);
  return growthBy(table, keys, previousPeriodInRange);
}
