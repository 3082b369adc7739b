import { BilateralError, type BilateralIssue } from '../errors/index.js';
import {
  type FixedKind,
  isFixedKind,
  MONTHS_IN,
  periodOfKind,
  periodsWithin,
} from '../growth/internal/calendar.js';
import { formatPeriod } from '../period/format-period.js';
import { monthSpan } from '../period/month-index.js';
import type { Period, PeriodKind } from '../period/period.js';
import { type FlowKey, type FlowTable, makeFlowTable } from './flow-table.js';
import { checkFlowTable } from './internal/check-table.js';
import { exactSums } from './internal/exact-column.js';
import { groupAndSum, keyCodes } from './internal/group-rows.js';
import { periodsOf } from './internal/period-codes.js';
import { selectRows } from './internal/select-rows.js';

/**
 * Options of {@link rollUp} and {@link yearToDateBy}.
 *
 * @example
 * ```ts
 * const options: RollUpOptions = { allowIncomplete: true };
 * ```
 *
 * @category Tables
 */
export interface RollUpOptions {
  /**
   * Keep a coarser period that lacks some of its finer periods, marked partial (`table.partial`),
   * instead of refusing it. Default `false`.
   */
  readonly allowIncomplete?: boolean;
}

/** The keys a roll-up keeps apart; `source` and `status` are kept where the members agree. */
const SERIES_KEYS: readonly FlowKey[] = ['reporter', 'partner', 'flow', 'commodity', 'currency'];
const GROUP_KEYS: readonly FlowKey[] = [...SERIES_KEYS, 'period'];
const MAX_ISSUES = 100;

function checkOptions(options: unknown): RollUpOptions {
  if (options === undefined) return {};
  const allow = (options as RollUpOptions | null)?.allowIncomplete;
  if (
    typeof options !== 'object' ||
    options === null ||
    (allow !== undefined && typeof allow !== 'boolean')
  ) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['options'],
        message: 'expected options such as { allowIncomplete: true } (true or false)',
      },
    ]);
  }
  return options as RollUpOptions;
}

/** The one period kind of the rows (the dictionary may hold periods no row has), or null. */
function rowKind(table: FlowTable): { kind: PeriodKind; text: string } | null {
  const periods = periodsOf(table);
  const used = new Uint8Array(periods.length);
  const column = table.codes.period;
  for (let row = 0; row < table.length; row++) used[column[row] as number] = 1;
  let found: { kind: PeriodKind; text: string } | null = null;
  periods.forEach((period, code) => {
    if (used[code] === 0) return;
    const text = table.dictionaries.period[code] as string;
    if (found === null) found = { kind: period.kind, text };
    else if (found.kind !== period.kind) {
      throw new BilateralError('PERIOD_MISMATCH', [
        {
          path: ['table', 'period'],
          message: `the table holds ${found.kind} (${found.text}) and ${period.kind} (${text}) periods: filter it to one kind first (filterFlowTable(table, { periodKind }))`,
        },
      ]);
    }
  });
  return found;
}

/** A group's keys in words, for a message: `VNM → LAO export, HS 0901 (USD)`. */
function describeGroup(table: FlowTable, row: number): string {
  const commodity = table.keyAt(row, 'commodity');
  return `${table.keyAt(row, 'reporter')} → ${table.keyAt(row, 'partner')} ${table.keyAt(row, 'flow')}${commodity === '' ? '' : `, HS ${commodity}`} (${table.keyAt(row, 'currency')})`;
}

/** Per group, the code its rows agree on in a column, or −1 where they differ. */
function commonCodes(column: Int32Array, groupOfRow: (row: number) => number, count: number) {
  const common = new Int32Array(count).fill(-2);
  for (let row = 0; row < column.length; row++) {
    const group = groupOfRow(row);
    const code = column[row] as number;
    const seen = common[group] as number;
    if (seen === -2) common[group] = code;
    else if (seen !== code) common[group] = -1;
  }
  return common;
}

/**
 * Sums the rows of each series into the coarser period `targetOf` gives for their period (rows
 * whose period has none are not part of any sum), checking that each coarser period holds every
 * finer period of kind `from` it is made of.
 */
function rollRows(
  table: FlowTable,
  from: FixedKind,
  targetOf: (period: Period) => Period | undefined,
  options: RollUpOptions,
): FlowTable {
  const targetTexts: string[] = [];
  const targets: Period[] = [];
  const textCode = new Map<string, number>();
  const targetCode = Int32Array.from(periodsOf(table), (period) => {
    const target = targetOf(period);
    if (target === undefined) return -1;
    const text = formatPeriod(target);
    let code = textCode.get(text);
    if (code === undefined) {
      code = targetTexts.length;
      textCode.set(text, code);
      targetTexts.push(text);
      targets.push(target);
    }
    return code;
  });
  const periodColumn = table.codes.period;
  let rows = table;
  if (targetCode.includes(-1)) {
    const kept: number[] = [];
    for (let row = 0; row < table.length; row++) {
      if ((targetCode[periodColumn[row] as number] as number) >= 0) kept.push(row);
    }
    rows = selectRows(table, Int32Array.from(kept));
  }
  // The same rows with their coarser period: grouped, they give the sums.
  const coarse = makeFlowTable({
    ...rows,
    codes: {
      ...rows.codes,
      period: rows.codes.period.map((code) => targetCode[code] as number),
    },
    dictionaries: { ...rows.dictionaries, period: targetTexts },
  });
  const groups = groupAndSum(coarse, GROUP_KEYS);
  const sums = exactSums(coarse, GROUP_KEYS, groups);
  const coarseCodes = keyCodes(coarse, GROUP_KEYS).codes;
  const groupOfRow = (row: number) => groups.lookup[coarseCodes[row] as number] as number;
  // The distinct finer periods of each coarser group.
  const fine = groupAndSum(rows, GROUP_KEYS);
  const members = new Int32Array(groups.count);
  for (let group = 0; group < fine.count; group++) {
    const owner = groupOfRow(fine.firstRow[group] as number);
    members[owner] = (members[owner] as number) + 1;
  }
  const within = targets.map((target) => periodsWithin(target, from));
  const partial = new Uint8Array(groups.count);
  let anyPartial = false;
  const incomplete: number[] = [];
  for (let group = 0; group < groups.count; group++) {
    const period = coarse.codes.period[groups.firstRow[group] as number] as number;
    if ((members[group] as number) < (within[period] as Period[]).length) {
      partial[group] = 1;
      anyPartial = true;
      if (incomplete.length < MAX_ISSUES) incomplete.push(group);
    }
  }
  if (rows.partial !== null) {
    for (let row = 0; row < rows.length; row++) {
      if (rows.partial[row] === 1) {
        partial[groupOfRow(row)] = 1;
        anyPartial = true;
      }
    }
  }
  if (incomplete.length > 0 && options.allowIncomplete !== true) {
    throw new BilateralError(
      'INCOMPLETE_PERIOD',
      lackIssues(rows, coarse, groups, fine, incomplete, within, groupOfRow),
    );
  }
  const firstRow = groups.firstRow;
  const codes = {} as Record<FlowKey, Int32Array>;
  for (const key of SERIES_KEYS) {
    const column = rows.codes[key];
    codes[key] = firstRow.map((row) => column[row] as number);
  }
  codes.period = firstRow.map((row) => coarse.codes.period[row] as number);
  const dictionaries = { ...rows.dictionaries, period: Object.freeze(targetTexts) };
  for (const key of ['source', 'status'] as const) {
    const common = commonCodes(rows.codes[key], groupOfRow, groups.count);
    let dictionary = rows.dictionaries[key];
    let empty = dictionary.indexOf('');
    if (common.includes(-1) && empty < 0) {
      empty = dictionary.length;
      dictionary = Object.freeze([...dictionary, '']);
    }
    codes[key] = common.map((code) => (code < 0 ? empty : code));
    dictionaries[key] = dictionary;
  }
  return makeFlowTable({
    length: groups.count,
    scale: rows.scale,
    codes,
    dictionaries,
    units: sums.units,
    big: sums.big,
    partial: anyPartial ? partial : null,
  });
}

/** One issue per incomplete group: `VNM → LAO export (USD): 2024-Q3 lacks 2024-08`. */
function lackIssues(
  rows: FlowTable,
  coarse: FlowTable,
  groups: { readonly firstRow: Int32Array },
  fine: { readonly count: number; readonly firstRow: Int32Array },
  incomplete: readonly number[],
  within: readonly Period[][],
  groupOfRow: (row: number) => number,
): BilateralIssue[] {
  const present = new Map<number, Set<string>>(incomplete.map((group) => [group, new Set()]));
  for (let group = 0; group < fine.count; group++) {
    const row = fine.firstRow[group] as number;
    present.get(groupOfRow(row))?.add(rows.keyAt(row, 'period'));
  }
  return incomplete.map((group) => {
    const row = groups.firstRow[group] as number;
    const period = coarse.codes.period[row] as number;
    const have = present.get(group) as Set<string>;
    const missing = (within[period] as Period[])
      .map(formatPeriod)
      .filter((text) => !have.has(text));
    return {
      path: ['table'],
      message: `${describeGroup(rows, row)}: ${coarse.dictionaries.period[period]} lacks ${missing.join(', ')}`,
    };
  });
}

/**
 * Rolls a table up into coarser periods — months into quarters, halves or years; quarters into
 * halves or years; halves into years — with the rules of {@link aggregateSeries}, per series of
 * reporter, partner, flow, commodity and currency: exact sums, and a coarser period that lacks
 * some of its finer periods is refused (`INCOMPLETE_PERIOD`, naming the series and what it
 * lacks) unless `allowIncomplete`, which keeps it marked in `table.partial` (growth against it is
 * then `partial-period`). A row's `source` and `status` are kept where all its members agree and
 * are `''` where they differ. Rows are summed as they are: filter to one source per period first
 * when the table holds several.
 *
 * @param table - a table whose rows are all months, all quarters or all halves
 * @param to - the coarser kind: `'quarter'`, `'half'` or `'year'`
 * @param options - `allowIncomplete` (default `false`)
 * @returns a new table, one row per series and coarser period (in order of first appearance)
 * @throws {@link BilateralError} `INVALID_PERIOD` for another `to`; `PERIOD_MISMATCH` when the
 * rows mix period kinds or are not finer than `to`; `INCOMPLETE_PERIOD` as above (up to 100
 * issues); `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const months = flowTableFromRecords(['2024-07', '2024-08', '2024-09'].map((period) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: '50.5', currency: 'USD',
 * })));
 * const quarters = rollUp(months, 'quarter');
 * [quarters.keyAt(0, 'period'), quarters.valueAt(0).toString()];
 * //=> ['2024-Q3', '151.5']
 * rollUp(filterFlowTable(months, { period: ['2024-07', '2024-09'] }), 'quarter');
 * // throws BilateralError [INCOMPLETE_PERIOD]: table: VNM → LAO export (USD): 2024-Q3 lacks 2024-08
 * ```
 *
 * @category Tables
 */
export function rollUp(
  table: FlowTable,
  to: 'quarter' | 'half' | 'year',
  options?: RollUpOptions,
): FlowTable {
  checkFlowTable(table);
  if (to !== 'quarter' && to !== 'half' && to !== 'year') {
    throw new BilateralError('INVALID_PERIOD', [
      {
        path: ['to'],
        message: `cannot roll up into ${JSON.stringify(to)}: use "quarter", "half" or "year"`,
      },
    ]);
  }
  const checked = checkOptions(options);
  const found = rowKind(table);
  if (found === null) return table;
  const from = found.kind;
  if (!isFixedKind(from) || MONTHS_IN[from] >= MONTHS_IN[to]) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['table', 'period'],
        message: `cannot roll ${from} periods (${found.text}) up into ${to}s: the rows must be months, quarters or halves finer than ${to}s`,
      },
    ]);
  }
  return rollRows(table, from, (period) => periodOfKind(to, monthSpan(period)[0]), checked);
}

/**
 * Year-to-date sums per series, with the rules of {@link yearToDate}: for every year, January
 * through `throughMonth` (`2024-01/2024-09` for 9), only when all of those months (or quarters,
 * halves) are present — otherwise `INCOMPLETE_PERIOD`, or a row marked partial with
 * `allowIncomplete`. Rows after `throughMonth` are not part of any year-to-date sum. Feed the
 * result to {@link yearOnYearBy} for year-to-date growth.
 *
 * @param table - a table whose rows are all months, all quarters or all halves
 * @param throughMonth - the last month included, 1–12; for quarters a multiple of 3, for halves 6 or 12
 * @param options - `allowIncomplete` (default `false`)
 * @returns a new table of `year-to-date` periods, one row per series and year
 * @throws {@link BilateralError} `INVALID_INPUT` when `throughMonth` is not an integer 1–12 or the
 * options are bad; `PERIOD_MISMATCH` when the rows mix kinds or cannot end at `throughMonth`;
 * `INCOMPLETE_PERIOD` naming what each series lacks
 *
 * @example
 * ```ts
 * const quarters = flowTableFromRecords(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map((period) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: '100', currency: 'USD',
 * })));
 * const ytd = yearToDateBy(quarters, 9);
 * [ytd.length, ytd.keyAt(0, 'period'), ytd.valueAt(0).toString()];
 * //=> [1, '2024-01/2024-09', '300']
 * ```
 *
 * @category Tables
 */
export function yearToDateBy(
  table: FlowTable,
  throughMonth: number,
  options?: RollUpOptions,
): FlowTable {
  checkFlowTable(table);
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['throughMonth'], message: `${String(throughMonth)} is not a month number 1–12` },
    ]);
  }
  const checked = checkOptions(options);
  const found = rowKind(table);
  if (found === null) return table;
  const from = found.kind;
  if (!isFixedKind(from) || from === 'year' || throughMonth % MONTHS_IN[from] !== 0) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['table', 'period'],
        message:
          isFixedKind(from) && from !== 'year'
            ? `a table of ${from}s has no year-to-date total through month ${throughMonth}; use a multiple of ${MONTHS_IN[from]}`
            : `year-to-date sums need rows of months, quarters or halves, not ${from} periods (${found.text})`,
      },
    ]);
  }
  return rollRows(
    table,
    from,
    (period) => {
      const last = monthSpan(period)[1];
      return last % 12 < throughMonth
        ? { kind: 'year-to-date', year: Math.floor(last / 12), throughMonth }
        : undefined;
    },
    checked,
  );
}
