import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { BilateralError } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { SourceSchema } from '../flow/schemas.js';
import { checkImportedDataset } from './_check-imported-dataset.js';
import { isComtradeKey, missingColumns } from './_comtrade-fields.js';
import { type ComtradeRow, readComtradeRow } from './_comtrade-row.js';
import {
  type Breakdown,
  comtradeSource,
  flowOfRow,
  nestingGroup,
  noteEditions,
  noteNestedRows,
  noteNoTotalsRow,
  noteRecordCount,
  notesOnFlows,
  observationKey,
  placeRow,
  repeatMessage,
  totalsKey,
} from './_comtrade-rules.js';
import { describeRows } from './_comtrade-title.js';
import { comtradeRecords } from './_records.js';
import { ImportLog, isoDate } from './_report.js';
import type { ImportResult } from './import-result.js';

/**
 * Options of {@link importComtrade}.
 *
 * @example
 * ```ts
 * const response = 'period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n' + '2023,BRA,CHN,X,1201,38917721136';
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
   * header has more tabs than commas (UN Comtrade's bulk files are tab-separated), or the one Excel's
   * first line `sep=;` names.
   */
  readonly delimiter?: ',' | '\t' | ';';
  /** The clock `date` defaults to (for tests). */
  readonly now?: () => Date;
}

/** The options' schema, shared with {@link importComtradeStream}. @internal */
export const OptionsSchema = z.object({
  rows: z.optional(z.enum(['totals', 'breakdowns'])),
  delimiter: z.optional(z.enum([',', '\t', ';'])),
  sourceId: z.optional(SourceSchema.shape.id),
  title: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(SourceSchema.shape.date),
  url: z.optional(z.url()),
});

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
  for (const issue of source.issues) log.addIssue(issue);
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
  noteRecordCount(log, records.length, source.declaredCount);

  const semicolons = source.separator === ';';
  const rows = records.map((record, index) =>
    source.badRows?.has(index) ? undefined : readComtradeRow(record, index, log, semicolons),
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
        repeatMessage(first.index, row.value.toFixed(), first.value.toFixed()),
      );
    }
  }
  if (log.issues.length > 0) throw log.error();
  const valid = rows as ComtradeRow[];

  // Decide, for every row, whether it becomes a flow or why not.
  const imported: { row: ComtradeRow; breakdown?: Breakdown | undefined }[] = [];
  const orphans: number[] = [];
  for (const row of valid) {
    const placed = placeRow(row, mode, duplicates.has(row.index), log);
    if (placed.flow) imported.push({ row, breakdown: placed.breakdown });
    else if (placed.needsTotals && !firstOf.has(totalsKey(row))) orphans.push(row.index);
  }
  for (const index of orphans) noteNoTotalsRow(log, index);

  const importedRows = imported.map((entry) => entry.row);
  noteEditions(
    log,
    importedRows.flatMap((row) =>
      row.commodity !== undefined && row.classification !== undefined ? [row.classification] : [],
    ),
  );
  const groups = new Map<string, Map<string, number[]>>();
  for (const row of importedRows) {
    const key = nestingGroup(row.reporter, row.partner, row.direction, row.period);
    const codes = groups.get(key) ?? new Map<string, number[]>();
    groups.set(key, codes);
    const code = row.commodity ?? '';
    codes.set(code, [...(codes.get(code) ?? []), row.index]);
  }
  noteNestedRows(log, groups.values());

  // The source entries: one for the import, or one per kind of breakdown.
  const title = settings.title ?? describeRows(importedRows.length > 0 ? importedRows : valid);
  const date = settings.date ?? isoDate(options.now ?? (() => new Date()));
  const container =
    source.container === 'csv'
      ? 'CSV'
      : source.container === 'json-array'
        ? 'a JSON array'
        : 'a JSON response';
  const makeSource = (id: string, sourceTitle: string): Source =>
    comtradeSource(id, sourceTitle, { date, url: settings.url }, records.length, container);
  const sources = new Map<string, Source>();
  const flows: TradeFlowJson[] = imported.map(({ row, breakdown }) => {
    const sourceId = breakdown === undefined ? baseId : `${baseId}-${breakdown.slug}`;
    if (!sources.has(sourceId)) {
      sources.set(
        sourceId,
        makeSource(sourceId, breakdown === undefined ? title : `${title} — ${breakdown.words}`),
      );
    }
    return flowOfRow(row, breakdown, sourceId);
  });
  if (sources.size === 0) sources.set(baseId, makeSource(baseId, title));

  const document = { sources: [...sources.values()], flows };
  const flowRows = imported.map((entry) => entry.row.index);
  // What parseDataset checks across flows must hold; a failure here is a bug, reported as such.
  checkImportedDataset(document, title, flowRows, log, ' (in the imported flow)');
  const importedSet = new Set(flowRows);
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
      notes: notesOnFlows(log, (row) => importedSet.has(row)),
    },
  };
}
