/**
 * The rules of a UN Comtrade import that do not depend on how the records arrive: which rows
 * become flows and which are left out (and why), the keys that find duplicates and totals rows,
 * the notes, the source entry and the flow of a row. Shared by `importComtrade` (whole text) and
 * `importComtradeStream` (record by record). Private to the `io` module.
 *
 * @internal
 */

import { countOf, grouped } from '../_internal/count-of.js';
import { checkCount } from '../_internal/wrong-argument.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { type ComtradeRow, FLOW_CODES } from './_comtrade-row.js';
import type { ImportLog } from './_report.js';
import { RowSet } from './_row-set.js';
import type { ExclusionReason, ImportNote } from './import-result.js';

/** `'totals'` imports the totals rows, `'breakdowns'` the breakdowns. */
export type ComtradeRowsMode = 'totals' | 'breakdowns';

/**
 * The limits of the UN Comtrade API: a response holding exactly this many records may have been
 * cut. For `@bilateral/duckdb` too (from `@bilateral/core/node`), which notes a bulk file of as
 * many.
 *
 * @example
 * ```ts
 * import { COMTRADE_RESPONSE_LIMITS } from '@bilateral/core/node';
 * COMTRADE_RESPONSE_LIMITS.includes(500);
 * //=> true
 * ```
 * @category Node
 */
export const COMTRADE_RESPONSE_LIMITS: readonly number[] = [500, 100_000, 250_000];

/**
 * The `possibly-truncated` note of an input of `records` records, exactly one of
 * {@link COMTRADE_RESPONSE_LIMITS}; its count (grouped in thousands) and the words after it,
 * which name the limits, for a note that names files (`@bilateral/duckdb`, from
 * `@bilateral/core/node`).
 *
 * @example
 * ```ts
 * import { possiblyTruncatedWords } from '@bilateral/core/node';
 * possiblyTruncatedWords(100_000).count;
 * //=> '100,000 records'
 * possiblyTruncatedWords(500).limit;
 * //=> 'a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key)'
 * possiblyTruncatedWords(500).message.startsWith('the input holds exactly 500 records, a UN');
 * //=> true
 * ```
 * @category Node
 */
export function possiblyTruncatedWords(records: number): {
  message: string;
  count: string;
  limit: string;
} {
  checkCount('records', records);
  const count = countOf(records, 'record');
  const limit = 'a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key)';
  return {
    message: `the input holds exactly ${count}, ${limit}: the query may have been cut; split it and import the parts`,
    count,
    limit,
  };
}

const EXCLUSION_MESSAGES: Readonly<Record<'mot' | 'customs' | 'partner2', string>> = {
  mot: 'breakdowns by mode of transport (motCode ≠ 0) of a totals row: adding them to it would double-count',
  customs:
    'breakdowns by customs procedure (customsCode ≠ C00) of a totals row: adding them to it would double-count',
  partner2:
    'breakdowns by second partner (partner2Code ≠ 0) of a totals row: adding them to it would double-count',
};

/** The kinds of breakdown a row is, each with its exclusion reason and why (none for a totals row). */
function breakdownOf(row: ComtradeRow): { reason: ExclusionReason; message: string }[] {
  const kinds: { reason: ExclusionReason; message: string }[] = [];
  const part = FLOW_CODES.get(row.flowCode)?.part;
  if (part !== undefined) {
    const whole = row.direction === 'export' ? 'exports (X)' : 'imports (M)';
    kinds.push({
      reason: 'flow-part',
      message: `${part} (flowCode ${row.flowCode}) are part of the ${whole} of the same reporter, partner and period: importing both would double-count`,
    });
  }
  if (row.motCode !== 0)
    kinds.push({ reason: 'mode-of-transport', message: EXCLUSION_MESSAGES.mot });
  if (row.customsCode !== 'C00') {
    kinds.push({ reason: 'customs-procedure', message: EXCLUSION_MESSAGES.customs });
  }
  if (row.partner2Code !== 0) {
    kinds.push({ reason: 'second-partner', message: EXCLUSION_MESSAGES.partner2 });
  }
  return kinds;
}

/** The breakdown a row belongs to: a slug for the source id and words for titles and notes. */
export interface Breakdown {
  readonly slug: string;
  readonly words: string;
}

function breakdownKey(row: ComtradeRow): Breakdown {
  const slugs: string[] = [];
  const words: string[] = [];
  const part = FLOW_CODES.get(row.flowCode)?.part;
  if (part !== undefined) {
    slugs.push(row.flowCode.toLowerCase());
    words.push(`${part} (${row.flowCode})`);
  }
  if (row.motCode !== 0) {
    slugs.push(`mot-${row.motCode}`);
    words.push(`mode of transport ${row.motCode}${row.motDesc ? ` (${row.motDesc})` : ''}`);
  }
  if (row.customsCode !== 'C00') {
    slugs.push(`customs-${row.customsCode.toLowerCase().replace(/[^a-z0-9]/g, '')}`);
    words.push(
      `customs procedure ${row.customsCode}${row.customsDesc ? ` (${row.customsDesc})` : ''}`,
    );
  }
  if (row.partner2Code !== 0) {
    slugs.push(`partner2-${row.partner2Code}`);
    words.push(
      `second partner ${row.partner2Code}${row.partner2Desc ? ` (${row.partner2Desc})` : ''}`,
    );
  }
  return { slug: slugs.join('-'), words: words.join(', ') };
}

/**
 * The observation a row is, in parts: what makes two rows the same record. Its first five parts
 * are the reporter, partner, flow code, period and commodity (`TOTAL` for none).
 */
function observationParts(row: ComtradeRow): (string | number)[] {
  return [
    row.reporter,
    row.partner,
    row.flowCode,
    row.period,
    row.commodity ?? 'TOTAL',
    row.motCode,
    row.customsCode,
    row.partner2Code,
    row.services ? 'S' : 'C',
  ];
}

/** The observation a row is, as one text. */
export function observationKey(row: ComtradeRow): string {
  return observationParts(row).join('|');
}

/** The observation parts of the totals row a row is part of (flow X or M, no breakdown). */
function totalsParts(row: ComtradeRow): (string | number)[] {
  return [
    row.reporter,
    row.partner,
    row.direction === 'export' ? 'X' : 'M',
    row.period,
    row.commodity ?? 'TOTAL',
    0,
    'C00',
    0,
    row.services ? 'S' : 'C',
  ];
}

/** The observation key of the totals row a row is part of. */
export function totalsKey(row: ComtradeRow): string {
  return totalsParts(row).join('|');
}

/** The message of a row that repeats an earlier one with another value. */
export function repeatMessage(first: number, value: string, firstValue: string): string {
  return `repeats row ${first} (same reporter, partner, flow, period, commodity and breakdown) with another value: ${value} against ${firstValue}`;
}

/** Why a repeat of an earlier row with the same value is left out. */
export const DUPLICATE_MESSAGE =
  'the same record as an earlier row, with the same value: imported once';

/** What becomes of a valid row: a flow (of a breakdown, or not), or left out. */
export type Placement =
  | { readonly flow: true; readonly breakdown?: Breakdown }
  | {
      readonly flow: false;
      /** Left out as a breakdown of a totals row: the import needs that totals row. */
      readonly needsTotals: boolean;
    };

/** Places a valid row, logging why it is left out when it is. */
export function placeRow(
  row: ComtradeRow,
  mode: ComtradeRowsMode,
  duplicate: boolean,
  log: ImportLog,
): Placement {
  const out = (reason: ExclusionReason, message: string): Placement => {
    log.exclude(reason, message, row.index);
    return { flow: false, needsTotals: false };
  };
  if (row.services) {
    return out(
      'services',
      'trade in services (typeCode S): the flows of a dataset are trade in goods',
    );
  }
  if (row.group !== undefined) {
    // One group per area, named, so the report says which areas the file had and how much.
    return out(
      'group-or-area',
      `${row.group}: a group or an area of UN Comtrade that Bilateral's economy table does not have (like free zones or special categories; the EU, "Areas, nes" and bunkers are imported as EUN, XNS and XBK): its trade is the trade of its members or of no country, so it is no bilateral flow here; the World's totals include it`,
    );
  }
  if (duplicate) return out('duplicate', DUPLICATE_MESSAGE);
  if (row.reporter === row.partner) {
    return out(
      'self-trade',
      "the partner is the reporter (a reporter's re-imports of its own goods): a flow is between two economies",
    );
  }
  const kinds = breakdownOf(row);
  if (mode === 'totals') {
    const [kind] = kinds;
    if (kind === undefined) return { flow: true };
    log.exclude(kind.reason, kind.message, row.index);
    return { flow: false, needsTotals: true };
  }
  if (kinds.length === 0) {
    return out(
      'totals',
      'totals rows (flow X or M, motCode 0, customsCode C00, partner2Code 0), left out because the breakdowns were imported instead',
    );
  }
  return { flow: true, breakdown: breakdownKey(row) };
}

/**
 * Notes what the number of records says: nothing at all, exactly an API limit, or not the
 * `count` the response gives (`declared`, when it gives one).
 */
export function noteRecordCount(log: ImportLog, records: number, declared?: number): void {
  if (records === 0) log.note('empty', 'the input holds no records');
  if (COMTRADE_RESPONSE_LIMITS.includes(records)) {
    log.note('possibly-truncated', possiblyTruncatedWords(records).message);
  }
  if (declared !== undefined && declared !== records) {
    log.note(
      'count-mismatch',
      `the response says count ${grouped(declared)} but holds ${countOf(records, 'record')}`,
    );
  }
}

/** Notes a breakdown left out with no totals row in the input. */
export function noteNoTotalsRow(log: ImportLog, row: number): void {
  log.note(
    'no-totals-row',
    'these breakdowns have no totals row in the input, so none of their trade was imported: query UN Comtrade with motCode 0, customsCode C00, partner2Code 0 and flowCode X or M for the totals, or import the breakdowns instead',
    row,
  );
}

/** Notes commodity codes from more than one HS edition among the flows. */
export function noteEditions(log: ImportLog, classifications: Iterable<string>): void {
  const editions = [...new Set(classifications)].sort();
  if (editions.length > 1) {
    log.note(
      'mixed-classifications',
      `the commodity codes come from ${editions.length} HS editions (${editions.join(', ')}): a code can change scope between editions, so compare periods with care`,
    );
  }
}

/** What groups rows whose commodity codes may nest: reporter, partner, direction and period. */
export function nestingGroup(
  reporter: string,
  partner: string,
  direction: string,
  period: string,
): string {
  return [reporter, partner, direction, period].join('|');
}

/**
 * Notes the rows whose commodities nest (TOTAL, a chapter, a heading of it) for the same flow and
 * period, from the codes (`''` for TOTAL) and rows of each group.
 */
export function noteNestedRows(
  log: ImportLog,
  groups: Iterable<ReadonlyMap<string, readonly number[]>>,
): void {
  noteNested(log, nestedRows(groups));
}

/**
 * Adds to `nested` the rows whose commodities nest in each group of codes (`''` for TOTAL) and
 * rows, and returns it.
 */
export function nestedRows(
  groups: Iterable<ReadonlyMap<string, readonly number[]>>,
  nested = new RowSet(),
): RowSet {
  for (const codes of groups) {
    for (const [code, rows] of codes) {
      for (let length = 0; length < code.length; length += 2) {
        const parent = codes.get(code.slice(0, length));
        if (parent === undefined) continue;
        for (const row of parent) nested.add(row);
        for (const row of rows) nested.add(row);
      }
    }
  }
  return nested;
}

/**
 * The words of the note `nested-commodities`, on the flows whose commodity codes nest (for
 * `@bilateral/duckdb`, from `@bilateral/core/node`, so both engines say them alike).
 *
 * @example
 * ```ts
 * import { NESTED_COMMODITIES_WORDS } from '@bilateral/core/node';
 * NESTED_COMMODITIES_WORDS.startsWith('commodity codes that nest (TOTAL, a chapter, a heading');
 * //=> true
 * ```
 * @category Node
 */
export const NESTED_COMMODITIES_WORDS =
  'commodity codes that nest (TOTAL, a chapter, a heading in it) for the same flow and period: the smaller is part of the larger, so do not add them up';

/** Notes the rows whose commodity codes nest, in order (a {@link RowSet} hands them out rising). */
export function noteNested(log: ImportLog, nested: RowSet): void {
  for (const row of nested) log.note('nested-commodities', NESTED_COMMODITIES_WORDS, row);
}

/**
 * The notes that matter: about the input as a whole, about rows that became flows, and about the
 * breakdowns left out without a totals row. A note on a row that was left out (its quantity, say)
 * would describe a flow that is not there.
 */
export function notesOnFlows(log: ImportLog, imported: (row: number) => boolean): ImportNote[] {
  return log.notes((code) => (code === 'no-totals-row' ? undefined : imported));
}

/** The source entry of an import (or of one kind of breakdown in it). */
export function comtradeSource(
  id: string,
  title: string,
  settings: { readonly date: string; readonly url?: string | undefined },
  records: number,
  container: string,
): Source {
  return {
    id,
    publisher: 'UN Comtrade',
    title,
    date: settings.date,
    ...(settings.url === undefined ? {} : { url: settings.url }),
    language: 'en',
    note: `Imported by Bilateral from ${countOf(records, 'UN Comtrade record')} (${container}). Values are primaryValue in US dollars: FOB for exports, CIF for imports.`,
  };
}

/** The flow of an imported row, citing `source`. */
export function flowOfRow(
  row: ComtradeRow,
  breakdown: Breakdown | undefined,
  source: string,
): TradeFlowJson {
  const noteParts = breakdown === undefined ? row.noteParts : [breakdown.words, ...row.noteParts];
  return {
    reporter: row.reporter,
    partner: row.partner,
    flow: row.direction,
    period: row.period,
    value: row.value.toFixed(),
    currency: 'USD',
    valuation: row.valuation,
    ...(row.commodity === undefined ? {} : { commodity: row.commodity }),
    status: row.status,
    source,
    ...(noteParts.length === 0 ? {} : { note: noteParts.join('; ') }),
  };
}
