import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { safeParseDataset } from '../dataset/index.js';
import { BilateralError } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { SourceSchema } from '../flow/schemas.js';
import { isComtradeKey, missingColumns } from './_comtrade-fields.js';
import { type ComtradeRow, FLOW_CODES, readComtradeRow } from './_comtrade-row.js';
import { describeRows } from './_comtrade-title.js';
import { comtradeRecords } from './_records.js';
import { ImportLog, isoDate } from './_report.js';
import type { ExclusionReason, ImportNote, ImportResult } from './import-result.js';

/**
 * Options of {@link importComtrade}.
 *
 * @example
 * ```ts
 * const options: ComtradeImportOptions = { rows: 'totals', date: '2024-06-01' };
 * importComtrade(response, options).document.sources[0]?.date;
 * //=> '2024-06-01'
 * ```
 *
 * @category Importers
 */
export interface ComtradeImportOptions {
  /**
   * `'totals'` (default): import the totals rows (flow X or M, `motCode` 0, `customsCode` `C00`,
   * `partner2Code` 0) and list every breakdown row in the report. `'breakdowns'`: import the
   * breakdowns instead (each kind of breakdown cites its own source) and list the totals rows.
   */
  readonly rows?: 'totals' | 'breakdowns';
  /** Id of the source entry the flows cite (default `'un-comtrade'`). */
  readonly sourceId?: string;
  /** Title of the source entry (default: a description of the query, from the records). */
  readonly title?: string;
  /** Date of the source entry, when the data was retrieved: `YYYY-MM-DD` (default: today, UTC). */
  readonly date?: string;
  /** Address of the query or of the file, for the source entry. */
  readonly url?: string;
  /**
   * The field separator of CSV text: `','`, `'\t'` or `';'`. Default: a comma, or a tab when the
   * header has tabs and no comma (UN Comtrade's bulk files are tab-separated).
   */
  readonly delimiter?: ',' | '\t' | ';';
  /** The clock `date` defaults to (for tests). */
  readonly now?: () => Date;
}

const OptionsSchema = z.object({
  rows: z.optional(z.enum(['totals', 'breakdowns'])),
  delimiter: z.optional(z.enum([',', '\t', ';'])),
  sourceId: z.optional(SourceSchema.shape.id),
  title: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(SourceSchema.shape.date),
  url: z.optional(z.url()),
});

/** The limits of the API: a response holding exactly this many records may have been cut. */
const RESPONSE_LIMITS = [500, 100_000, 250_000];

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
function breakdownKey(row: ComtradeRow): { slug: string; words: string } {
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

/** The observation a row is: what makes two rows the same record. */
function observationKey(row: ComtradeRow): string {
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
  ].join('|');
}

/** The totals row a row is part of. */
function totalsKey(row: ComtradeRow): string {
  return [
    row.reporter,
    row.partner,
    row.direction,
    row.period,
    row.commodity ?? 'TOTAL',
    row.services ? 'S' : 'C',
  ].join('|');
}

/** Rows whose commodities nest (TOTAL, a chapter, a heading of it) for the same flow and period. */
function nestedRows(rows: readonly ComtradeRow[]): number[] {
  const groups = new Map<string, Map<string, number[]>>();
  for (const row of rows) {
    const key = [row.reporter, row.partner, row.direction, row.period].join('|');
    const codes = groups.get(key) ?? new Map<string, number[]>();
    groups.set(key, codes);
    const code = row.commodity ?? '';
    codes.set(code, [...(codes.get(code) ?? []), row.index]);
  }
  const nested = new Set<number>();
  for (const codes of groups.values()) {
    for (const [code, indices] of codes) {
      for (let length = 0; length < code.length; length += 2) {
        const parent = codes.get(code.slice(0, length));
        if (parent !== undefined) {
          for (const index of [...parent, ...indices]) nested.add(index);
        }
      }
    }
  }
  return [...nested].sort((a, b) => a - b);
}

/**
 * The notes that matter: about the input as a whole, about rows that became flows, and about the
 * breakdowns left out without a totals row. A note on a row that was left out (its quantity, say)
 * would describe a flow that is not there.
 */
function notesOnFlows(log: ImportLog, imported: ReadonlySet<number>): ImportNote[] {
  return log.notes().flatMap((note) => {
    if (note.rows.length === 0 || note.code === 'no-totals-row') return [note];
    const rows = note.rows.filter((row) => imported.has(row));
    return rows.length === 0 ? [] : [{ ...note, rows }];
  });
}

/**
 * Imports UN Comtrade API v1 records as dataset flows, with a report of what was left out and
 * why. Reads the JSON envelope (`{ elapsedTime, count, data, error }`), a bare array of records,
 * JSON, CSV or tab-separated text (a bulk file) with the same columns, legacy v0 records
 * (`rtCode`, `ptCode`, `rgCode`, `yr`, `TradeValue`, or v0's CSV headers) and snake_case or
 * PascalCase copies of the v1 keys.
 *
 * Traps it handles: `refMonth` 52 marks an annual record (period `2023`), monthly `period`
 * 202309 is `2023-09`, and `period`, `refYear`, `refMonth` and `refPeriodId` (YYYYMMDD) must agree;
 * reporter and partner codes are Comtrade's (India 699, USA 842), with `reporterISO` /
 * `partnerISO` used when a code is not in Bilateral's table; partner 0 / `W00` is the World
 * (`WLD`); rows with `motCode` ≠ 0, `customsCode` ≠ `C00` or `partner2Code` ≠ 0, and the parts
 * of X and M (RX, RM, DX, FM, XIP, XOP, MIP, MOP) are left out by default and listed; `cmdCode`
 * keeps its leading zeros (`TOTAL` means no commodity); `qty` 0 with unit −1 is a missing
 * quantity; `primaryValue` is FOB for exports and CIF for imports; values are exact decimals.
 * Status is `official` unless `isOriginalClassification` is false (converted by UNSD) or both
 * `isReported` and `isAggregate` are false, which make it `estimate`.
 *
 * @param input - the parsed JSON response or array, or the text of a JSON or CSV file
 * @param options - which rows to import and the source entry's id, title, date and address
 * @returns the `sources` and `flows` of a dataset document, and the report
 * @throws {@link BilateralError} `INVALID_IMPORT` listing every problem with its row path
 *   (`data[3].primaryValue`); `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const { document, report } = importComtrade(
 *   { elapsedTime: '0.4 secs', count: 1, error: '', data: [{
 *     typeCode: 'C', freqCode: 'A', refPeriodId: 20230101, refYear: 2023, refMonth: 52,
 *     period: '2023', reporterCode: 76, reporterISO: 'BRA', flowCode: 'X', partnerCode: 156,
 *     partnerISO: 'CHN', partner2Code: 0, classificationCode: 'H6', cmdCode: '1201',
 *     customsCode: 'C00', motCode: 0, fobvalue: 38917721136.0, primaryValue: 38917721136.0,
 *     isReported: false, isAggregate: true,
 *   }] },
 *   { date: '2024-06-01' },
 * );
 * document.flows[0];
 * //=> { reporter: 'BRA', partner: 'CHN', flow: 'export', period: '2023', value: '38917721136',
 * //     currency: 'USD', valuation: 'FOB', commodity: '1201', status: 'official',
 * //     source: 'un-comtrade' }
 * report.excluded;
 * //=> []
 * ```
 *
 * @category Importers
 */
export function importComtrade(input: unknown, options: ComtradeImportOptions = {}): ImportResult {
  const settings = parseWithSchema(OptionsSchema, options, 'INVALID_INPUT');
  const mode = settings.rows ?? 'totals';
  const baseId = settings.sourceId ?? 'un-comtrade';
  const source = comtradeRecords(input, settings.delimiter);
  const log = new ImportLog(source.rowPath, source.lineOf);
  log.issues.push(...source.issues);
  if (source.header !== undefined && !source.header.some(isComtradeKey)) {
    throw new BilateralError('INVALID_IMPORT', [
      {
        path: ['header'],
        message:
          "the header has none of UN Comtrade's columns (reporterCode, flowCode, period, cmdCode, primaryValue …): is this a UN Comtrade file?",
      },
    ]);
  }
  const missing = source.header === undefined ? [] : missingColumns(source.header);
  if (missing.length > 0) {
    throw new BilateralError('INVALID_IMPORT', [
      {
        path: ['header'],
        message: `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}`,
      },
    ]);
  }
  const records = source.records;
  if (records.length === 0) log.note('empty', 'the input holds no records');
  if (source.declaredCount !== undefined && source.declaredCount !== records.length) {
    log.note(
      'count-mismatch',
      `the response says count ${source.declaredCount} but holds ${records.length} records`,
    );
  }
  if (RESPONSE_LIMITS.includes(records.length)) {
    log.note(
      'possibly-truncated',
      `the input holds exactly ${records.length} records, a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key): the query may have been cut; split it and import the parts`,
    );
  }

  const rows = records.map((record, index) =>
    source.badRows?.has(index) ? undefined : readComtradeRow(record, index, log),
  );

  // The same record twice: with the same value it is left out, with another it is an error.
  const firstOf = new Map<string, ComtradeRow>();
  const duplicates = new Set<number>();
  for (const row of rows) {
    if (row === undefined) continue;
    const key = observationKey(row);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, row);
    else if (first.value.eq(row.value)) duplicates.add(row.index);
    else {
      log.problem(
        row.index,
        undefined,
        `repeats row ${first.index} (same reporter, partner, flow, period, commodity and breakdown) with another value: ${row.value.toFixed()} against ${first.value.toFixed()}`,
      );
    }
  }
  if (log.issues.length > 0) throw new BilateralError('INVALID_IMPORT', log.issues);
  const valid = rows as ComtradeRow[];

  // Decide, for every row, whether it becomes a flow or why not.
  const totalsPresent = new Set(
    valid.filter((row) => breakdownOf(row).length === 0).map(totalsKey),
  );
  const imported: { row: ComtradeRow; breakdown?: { slug: string; words: string } }[] = [];
  const orphans: number[] = [];
  for (const row of valid) {
    if (row.services) {
      log.exclude(
        'services',
        'trade in services (typeCode S): the flows of a dataset are trade in goods',
        row.index,
      );
      continue;
    }
    if (row.group !== undefined) {
      // One group per area, named, so the report says which areas the file had and how much.
      log.exclude(
        'group-or-area',
        `${row.group}: a group or an area of UN Comtrade, not an economy (like the EU "EUR", "Areas, nes", bunkers, free zones): its trade is the trade of its members or of no country, so it is no bilateral flow; the World's totals include it`,
        row.index,
      );
      continue;
    }
    if (duplicates.has(row.index)) {
      log.exclude(
        'duplicate',
        'the same record as an earlier row, with the same value: imported once',
        row.index,
      );
      continue;
    }
    if (row.reporter === row.partner) {
      log.exclude(
        'self-trade',
        "the partner is the reporter (a reporter's re-imports of its own goods): a flow is between two economies",
        row.index,
      );
      continue;
    }
    const kinds = breakdownOf(row);
    if (mode === 'totals') {
      const [kind] = kinds;
      if (kind === undefined) imported.push({ row });
      else {
        log.exclude(kind.reason, kind.message, row.index);
        if (!totalsPresent.has(totalsKey(row))) orphans.push(row.index);
      }
    } else if (kinds.length === 0) {
      log.exclude(
        'totals',
        'totals rows (flow X or M, motCode 0, customsCode C00, partner2Code 0), left out because the breakdowns were imported instead',
        row.index,
      );
    } else {
      imported.push({ row, breakdown: breakdownKey(row) });
    }
  }
  for (const index of orphans) {
    log.note(
      'no-totals-row',
      'these breakdowns have no totals row in the input, so none of their trade was imported: query UN Comtrade with motCode 0, customsCode C00, partner2Code 0 and flowCode X or M for the totals, or import the breakdowns instead',
      index,
    );
  }

  const importedRows = imported.map((entry) => entry.row);
  const editions = [
    ...new Set(
      importedRows.flatMap((row) =>
        row.commodity !== undefined && row.classification !== undefined ? [row.classification] : [],
      ),
    ),
  ].sort();
  if (editions.length > 1) {
    log.note(
      'mixed-classifications',
      `the commodity codes come from ${editions.length} HS editions (${editions.join(', ')}): a code can change scope between editions, so compare periods with care`,
    );
  }
  for (const index of nestedRows(importedRows)) {
    log.note(
      'nested-commodities',
      'commodity codes that nest (TOTAL, a chapter, a heading in it) for the same flow and period: the smaller is part of the larger, so do not add them up',
      index,
    );
  }

  // The source entries: one for the import, or one per kind of breakdown.
  const title = settings.title ?? describeRows(importedRows.length > 0 ? importedRows : valid);
  const date = settings.date ?? isoDate(options.now ?? (() => new Date()));
  const container =
    source.container === 'csv'
      ? 'CSV'
      : source.container === 'json-array'
        ? 'a JSON array'
        : 'a JSON response';
  const makeSource = (id: string, sourceTitle: string): Source => ({
    id,
    publisher: 'UN Comtrade',
    title: sourceTitle,
    date,
    ...(settings.url === undefined ? {} : { url: settings.url }),
    language: 'en',
    note: `Imported by Bilateral from ${records.length} UN Comtrade ${records.length === 1 ? 'record' : 'records'} (${container}). Values are primaryValue in US dollars: FOB for exports, CIF for imports.`,
  });
  const sources = new Map<string, Source>();
  const flows: TradeFlowJson[] = imported.map(({ row, breakdown }) => {
    const sourceId = breakdown === undefined ? baseId : `${baseId}-${breakdown.slug}`;
    if (!sources.has(sourceId)) {
      sources.set(
        sourceId,
        makeSource(sourceId, breakdown === undefined ? title : `${title} — ${breakdown.words}`),
      );
    }
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
      source: sourceId,
      ...(noteParts.length === 0 ? {} : { note: noteParts.join('; ') }),
    };
  });
  if (sources.size === 0) sources.set(baseId, makeSource(baseId, title));

  const document = { sources: [...sources.values()], flows };
  const flowRows = imported.map((entry) => entry.row.index);
  // What parseDataset checks across flows must hold; a failure here is a bug, reported as such.
  const check = safeParseDataset({ id: 'import', title: { en: title }, ...document });
  if (!check.success) {
    throw new BilateralError(
      'INVALID_IMPORT',
      check.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path;
        const row = section === 'flows' && typeof index === 'number' ? flowRows[index] : undefined;
        return row === undefined
          ? issue
          : { path: log.path(row, ...rest), message: `${issue.message} (in the imported flow)` };
      }),
    );
  }
  const everyRowVersion = valid.length > 0 && valid.every((row) => row.version === 'v0');
  return {
    document,
    report: {
      format: everyRowVersion ? 'comtrade-v0' : 'comtrade-v1',
      container: source.container,
      rowPath: source.rowPath,
      records: records.length,
      imported: flows.length,
      flowRows,
      excluded: log.excluded(),
      notes: notesOnFlows(log, new Set(flowRows)),
    },
  };
}
