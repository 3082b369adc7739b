import type { IssuePath } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';

/**
 * What an importer writes: the `sources` and `flows` sections of a dataset document. Add an `id`
 * and a `title` and it is a document that {@link parseDataset} accepts.
 *
 * @example
 * ```ts
 * const response = 'period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n' + '2023,BRA,CHN,X,1201,38917721136';
 * const { document } = importComtrade(response, { date: '2024-06-01' });
 * parseDataset({ id: 'bra-chn-soy', title: { en: 'Brazil–China soya beans' }, ...document }).flows.length;
 * //=> 1
 * ```
 *
 * @category Importers
 */
export interface ImportedDocument {
  readonly sources: Source[];
  readonly flows: TradeFlowJson[];
}

/**
 * Why rows of the input were left out of the flows. Every row read is either imported or listed
 * under exactly one reason.
 *
 * - `flow-part`: re-exports (`RX`), re-imports (`RM`), domestic exports (`DX`), foreign imports
 *   (`FM`) and the processing flows (`XIP`, `XOP`, `MIP`, `MOP`) are parts of the exports (`X`) or
 *   imports (`M`) of the same reporter, partner and period;
 * - `mode-of-transport`, `customs-procedure`, `second-partner`: breakdowns of a totals row
 *   (`motCode` ≠ 0, `customsCode` ≠ `C00`, `partner2Code` ≠ 0);
 * - `totals`: the totals rows, when the breakdowns were imported instead;
 * - `services`: trade in services (`typeCode` `S`), which the flows of a dataset do not hold;
 * - `self-trade`: the partner is the reporter (a reporter's re-imports of its own goods);
 * - `group-or-area`: the reporter or partner is a group or an area of UN Comtrade that the economy
 *   table does not have (838 "Free Zones", 568 "Other Europe, nes" …; the EU, "Areas, nes" and
 *   bunkers are in the table and imported as `EUN`, `XNS`, `XBK`), listed by name;
 * - `duplicate`: the same record again, with the same value.
 *
 * @example
 * ```ts
 * const reason: ExclusionReason = 'mode-of-transport';
 * ```
 *
 * @category Importers
 */
export type ExclusionReason =
  | 'flow-part'
  | 'mode-of-transport'
  | 'customs-procedure'
  | 'second-partner'
  | 'totals'
  | 'services'
  | 'self-trade'
  | 'group-or-area'
  | 'duplicate';

/**
 * Rows left out for one reason, with their indices (0-based positions in the input's records:
 * the `data` array of a Comtrade response, the array itself, or the data lines of a CSV file after
 * its header).
 *
 * @example
 * ```ts
 * const excluded: ExcludedRows = {
 *   reason: 'mode-of-transport', count: 2, rows: [1, 2],
 *   message: 'breakdowns by mode of transport (motCode ≠ 0) of a totals row …',
 * };
 * ```
 *
 * @category Importers
 */
export interface ExcludedRows {
  readonly reason: ExclusionReason;
  readonly count: number;
  readonly rows: readonly number[];
  /**
   * For CSV input, the line of the file each row starts on (1-based, the header being line 1),
   * in the order of `rows`.
   */
  readonly lines?: readonly number[];
  /**
   * How many of the group's rows `rows` does not list, when some are left out: a streamed import
   * lists the first rows of each group (100 by default, its `examples` option) and counts the
   * others (`count` = `rows.length` + `omitted`). Absent when every row is listed.
   */
  readonly omitted?: number;
  readonly message: string;
}

/**
 * What a note is about. Notes never stop an import: they say what was read in a way a person
 * should know about.
 *
 * @example
 * ```ts
 * const code: ImportNoteCode = 'missing-quantity';
 * ```
 *
 * @category Importers
 */
export type ImportNoteCode =
  | 'empty'
  | 'count-mismatch'
  | 'possibly-truncated'
  | 'missing-quantity'
  | 'estimated-quantity'
  | 'estimate'
  | 'leading-zero-restored'
  | 'iso-fallback'
  | 'valuation'
  | 'value-fallback'
  | 'exponent-value'
  | 'imprecise-number'
  | 'mixed-classifications'
  | 'nested-commodities'
  | 'no-totals-row'
  | 'default-status'
  | 'default-source'
  | 'placeholder-source'
  | 'ignored-columns';

/**
 * A note about some rows (or the input as a whole, when `rows` is empty).
 *
 * @example
 * ```ts
 * const note: ImportNote = {
 *   code: 'missing-quantity', rows: [0],
 *   message: 'quantity not reported (qty 0 with qtyUnitCode -1) …',
 * };
 * ```
 *
 * @category Importers
 */
export interface ImportNote {
  readonly code: ImportNoteCode;
  readonly rows: readonly number[];
  /**
   * For CSV input, the line of the file each row starts on (1-based, the header being line 1),
   * in the order of `rows`.
   */
  readonly lines?: readonly number[];
  /**
   * How many rows with this note `rows` does not list, when some are left out: a streamed import
   * lists the first rows of each note (100 by default, its `examples` option) and counts the
   * others. Absent when every row is listed.
   */
  readonly omitted?: number;
  readonly message: string;
}

/**
 * One row of an exclusion or a note, as a streamed import hands out the full list when asked
 * (its `onReportRows` option): the report lists only the first rows of each.
 *
 * @example
 * ```ts
 * const row: ReportRow = {
 *   code: 'missing-quantity', row: 41, line: 43,
 *   message: 'quantity not reported (qty 0 with qtyUnitCode -1 …)',
 * };
 * ```
 *
 * @category Importers
 */
export interface ReportRow {
  /** For a row left out: why (the `reason` of its group in `excluded`). */
  readonly reason?: ExclusionReason;
  /** For a row noted: the note's `code`. */
  readonly code?: ImportNoteCode;
  /** The row (0-based, as in the report). */
  readonly row: number;
  /** For CSV input, the line of the file the row starts on. */
  readonly line?: number;
  /** The group's message. */
  readonly message: string;
}

/**
 * What an import read, wrote, left out and why.
 *
 * @example
 * ```ts
 * // An export and its re-exports (RX), a part of it: left out.
 * const response = 'period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n' + '2023,BRA,CHN,X,1201,38917721136\n2023,BRA,CHN,RX,1201,5';
 * const { report } = importComtrade(response, { date: '2024-06-01' });
 * report.excluded.map((group) => [group.reason, group.count]);
 * //=> [['flow-part', 1]]
 * report.records === report.imported + report.excluded.reduce((n, group) => n + group.count, 0);
 * //=> true
 * ```
 *
 * @category Importers
 */
export interface ImportReport {
  /** What was read: UN Comtrade API v1 or legacy (v0) records, or the simple flows CSV. */
  readonly format: 'comtrade-v1' | 'comtrade-v0' | 'flows-csv';
  /**
   * How the records came: a JSON envelope (`{ data }` or v0's `{ dataset }`), a bare array, CSV,
   * or JSON Lines (one record a line; streamed imports only).
   */
  readonly container: 'json-envelope' | 'json-array' | 'csv' | 'json-lines';
  /** Where the records sit in the input, for issue paths: `['data']`, `['dataset']`, `[]` or `['rows']`. */
  readonly rowPath: IssuePath;
  /** Records read. */
  readonly records: number;
  /** Flows written (`document.flows.length`). */
  readonly imported: number;
  /** The row each flow came from: `flowRows[i]` is the row of `document.flows[i]`. */
  readonly flowRows: readonly number[];
  /** Rows left out, grouped by reason. */
  readonly excluded: readonly ExcludedRows[];
  /** What a person should know about what was read. */
  readonly notes: readonly ImportNote[];
}

/**
 * The result of an importer: the dataset sections and the report.
 *
 * @example
 * ```ts fragment
 * const { document, report }: ImportResult = importFlowsCsv(text);
 * ```
 *
 * @category Importers
 */
export interface ImportResult {
  readonly document: ImportedDocument;
  readonly report: ImportReport;
}
