import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { checkHsCode, type HsLevel, hsCodeAt, isHsLevel } from '../hs/hs-level.js';
import { FLOW_KEYS, type FlowTable, makeFlowTable } from './flow-table.js';
import { checkFlowTable } from './internal/check-table.js';
import { keyCodes } from './internal/group-rows.js';
import { selectRows } from './internal/select-rows.js';

/** The keys a row's series is made of: everything but the commodity (and its status). */
const SERIES_KEYS = FLOW_KEYS.filter((key) => key !== 'commodity' && key !== 'status');
const MAX_ISSUES = 100;

/**
 * A flow table's commodity rows with their HS code read at a coarser level — heading (HS4),
 * chapter (HS2) or section (`'II'`) — so any grouped verb sums them up the HS levels:
 * `sumBy(hsLevelTable(table, 'chapter'), ['reporter', 'flow', 'period', 'commodity'])`. Only the
 * commodity dictionary is rewritten (a few thousand texts at most), the rows are shared. Rows
 * without a commodity (totals) are left out; chapters in no section (77, 98, 99) read as `''` at
 * the section level. A code beside a code within it in the same series (HS 1201 and HS 120190,
 * same reporter, partner, flow, period, source and currency) would be counted twice, and a code
 * coarser than the level cannot be split: both are refused. The flow-list counterpart is
 * {@link rollUpCommodities}.
 *
 * @param table - a flow table
 * @param level - `subheading`, `heading`, `chapter` or `section`
 * @returns a table of the commodity rows, their commodity at that level
 * @throws {@link BilateralError} `INVALID_INPUT` for an unknown level, a commodity that is not an
 * HS code or is coarser than the level (at `['table', 'commodity', code]`), or overlapping codes
 * in one series (one issue per pair, up to 100)
 *
 * @example
 * ```ts
 * const flows = [
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', commodity: '120110', value: '0.1', currency: 'USD', source: 's' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', commodity: '120190', value: '0.2', currency: 'USD', source: 's' },
 *   { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', commodity: '0901', value: '7', currency: 'USD', source: 's' },
 * ];
 * sumBy(hsLevelTable(flowTableFromRecords(flows), 'section'), ['commodity'])
 *   .toRows()
 *   .map((row) => [row.commodity, row.value.toString()]);
 * //=> [['II', '7.3']]
 * ```
 *
 * @category Tables
 */
export function hsLevelTable(table: FlowTable, level: HsLevel): FlowTable {
  checkFlowTable(table);
  if (!isHsLevel(level)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['level'],
        message: `${describeInput(level)} is not an HS level: use "section", "chapter", "heading" or "subheading"`,
      },
    ]);
  }
  const dictionary = table.dictionaries.commodity;
  // Each commodity text at the level; −1 for totals ('').
  const levelTexts: string[] = [];
  const levelCode = new Map<string, number>();
  const recode = Int32Array.from(dictionary, (code) => {
    if (code === '') return -1;
    checkHsCode(code, level, ['table', 'commodity', code], ['level']);
    const text = hsCodeAt(code, level) ?? '';
    let at = levelCode.get(text);
    if (at === undefined) {
      at = levelTexts.length;
      levelCode.set(text, at);
      levelTexts.push(text);
    }
    return at;
  });
  refuseOverlaps(table);
  const column = table.codes.commodity;
  let rows = table;
  if (recode.includes(-1)) {
    const kept: number[] = [];
    for (let row = 0; row < table.length; row++) {
      if ((recode[column[row] as number] as number) >= 0) kept.push(row);
    }
    rows = selectRows(table, Int32Array.from(kept));
  }
  return makeFlowTable({
    ...rows,
    codes: { ...rows.codes, commodity: rows.codes.commodity.map((code) => recode[code] as number) },
    dictionaries: { ...rows.dictionaries, commodity: Object.freeze(levelTexts) },
  });
}

/** Refuses a code beside a code within it in one series (1201 and 120190). */
function refuseOverlaps(table: FlowTable): void {
  const dictionary = table.dictionaries.commodity;
  const byText = new Map(dictionary.map((text, code) => [text, code]));
  // The coarser codes in the dictionary each code lies within.
  const outers = dictionary.map((text) => {
    const found: number[] = [];
    for (let digits = 2; digits < text.length; digits += 2) {
      const outer = byText.get(text.slice(0, digits));
      if (outer !== undefined) found.push(outer);
    }
    return found;
  });
  if (outers.every((found) => found.length === 0)) return;
  const series = keyCodes(table, SERIES_KEYS).codes;
  const column = table.codes.commodity;
  const seen = new Set<string>();
  for (let row = 0; row < table.length; row++) {
    seen.add(`${series[row]}|${column[row]}`);
  }
  const issues: BilateralIssue[] = [];
  for (let row = 0; row < table.length && issues.length < MAX_ISSUES; row++) {
    const code = column[row] as number;
    for (const outer of outers[code] ?? []) {
      if (!seen.has(`${series[row]}|${outer}`)) continue;
      issues.push({
        path: ['table', 'commodity', dictionary[code] as string],
        message: `HS ${dictionary[code]} lies within HS ${dictionary[outer]} in the same series (${table.keyAt(row, 'reporter')} → ${table.keyAt(row, 'partner')} ${table.keyAt(row, 'flow')} ${table.keyAt(row, 'period')}): summing both would count it twice; keep one level of detail`,
      });
      seen.delete(`${series[row]}|${outer}`);
    }
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
}
