import { describeInput } from '../_internal/quote-input.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError } from '../errors/index.js';
import { parsePeriodKind } from '../period/parse-period-kind.js';
import type { PeriodKind } from '../period/period.js';
import { FLOW_KEYS, type FlowKey, type FlowTable } from './flow-table.js';
import { checkFlowTable } from './internal/check-table.js';
import { periodsOf } from './internal/period-codes.js';
import { selectRows } from './internal/select-rows.js';

/**
 * Which rows {@link filterFlowTable} keeps: for each key, one text or a list of texts; for
 * `commodity`, `null` keeps totals only (rows without a commodity); `periodKind` keeps periods of
 * one kind. Keys not given keep every row.
 *
 * @example
 * ```ts
 * const where: FlowTableFilter = { reporter: 'VNM', commodity: null, periodKind: 'year' };
 * ```
 *
 * @category Tables
 */
export type FlowTableFilter = {
  readonly [K in FlowKey]?: K extends 'commodity'
    ? string | null | readonly string[]
    : string | readonly string[];
} & { readonly periodKind?: PeriodKind };

/**
 * The rows of a flow table that match a filter, as a new table (the dictionaries are shared; the
 * columns are copied once).
 *
 * @param table - the flow table
 * @param where - the texts to keep per key, and optionally a period kind
 * @returns a table of the matching rows, in order
 * @throws {@link BilateralError} `INVALID_INPUT` for a `table` that is not one (a dataset: make
 *   its table with `flowTableFromDataset`), a `where` that is not an object, an unknown key or a
 *   value that is not a text or a list of them (path `where.<key>`, `where.<key>[index]` for an
 *   item of a list that is not a text, such as `2018`); `INVALID_PERIOD` for a
 *   `periodKind` that is not one (`'years'`: use `'year'`), which kept no row
 *
 * @example
 * ```ts
 * const table = flowTableFromDataset(vietnamLaos);
 * const yearlyTotals = filterFlowTable(table, { commodity: null, periodKind: 'year' });
 * yearlyTotals.length < table.length;
 * //=> true
 * ```
 *
 * @category Tables
 */
export function filterFlowTable(table: FlowTable, where: FlowTableFilter): FlowTable {
  checkFlowTable(table);
  if (!isRecord(where)) {
    throw wrongArgument(
      ['where'],
      "a filter such as { reporter: 'VNM', periodKind: 'year' }",
      where,
    );
  }
  const tests: { codes: Int32Array; keep: Uint8Array }[] = [];
  for (const name of Object.keys(where)) {
    if (name === 'periodKind') continue;
    if (!FLOW_KEYS.includes(name as FlowKey)) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['where', name],
          message: `${JSON.stringify(name)} is not a key: use ${FLOW_KEYS.join(', ')} or periodKind`,
        },
      ]);
    }
    const key = name as FlowKey;
    const wanted = where[key];
    if (wanted === undefined) continue;
    if (
      typeof wanted !== 'string' &&
      !Array.isArray(wanted) &&
      !(wanted === null && key === 'commodity')
    ) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['where', key],
          message: `expected a text or a list of texts${key === 'commodity' ? ' (null: totals only)' : ''}, got ${describeInput(wanted)}`,
        },
      ]);
    }
    const notText = Array.isArray(wanted)
      ? wanted.findIndex((text: unknown) => typeof text !== 'string')
      : -1;
    if (notText !== -1) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['where', key, notText],
          message: `expected a text, got ${describeInput((wanted as readonly unknown[])[notText])}`,
        },
      ]);
    }
    const texts = new Set<string>(
      wanted === null ? [''] : typeof wanted === 'string' ? [wanted] : wanted,
    );
    const dictionary = table.dictionaries[key];
    tests.push({
      codes: table.codes[key],
      keep: Uint8Array.from(dictionary, (text) => (texts.has(text) ? 1 : 0)),
    });
  }
  if (where.periodKind !== undefined) {
    const kind = parsePeriodKind(where.periodKind, ['where', 'periodKind']);
    tests.push({
      codes: table.codes.period,
      keep: Uint8Array.from(periodsOf(table), (period) => (period.kind === kind ? 1 : 0)),
    });
  }
  const rows: number[] = [];
  for (let row = 0; row < table.length; row++) {
    if (tests.every((test) => test.keep[test.codes[row] as number] === 1)) rows.push(row);
  }
  return selectRows(table, Int32Array.from(rows));
}
