import type { DuckDBInstance } from '@duckdb/node-api';

/**
 * Options of {@link readComtradeBulk}, {@link writeComtradeBulkParquet} and
 * {@link readComtradeBulk}.
 *
 * @example
 * ```ts
 * const options: ComtradeBulkOptions = { commodities: 'totals', scale: 2, memoryLimit: '1GB' };
 * (await readComtradeBulk('bulk/', options)).table.scale;
 * //=> 2
 * ```
 *
 * @category DuckDB
 */
export interface ComtradeBulkOptions {
  /**
   * Decimal places of the values (0–36): each `primaryValue` is read as text and cast to
   * `DECIMAL(38, scale)`. Default: the most decimal places any value has (at most 36). A value
   * with more decimal places than the scale given (zeros at its end not counted: `1.500` is read
   * at scale 2), or too large for `DECIMAL(38, scale)`, is refused.
   */
  readonly scale?: number;
  /**
   * `'all'` (default) keeps every commodity code, as the core's importer does (TOTAL becomes no
   * commodity); `'totals'` keeps the TOTAL rows only and lists the others as `commodity-detail`.
   */
  readonly commodities?: 'all' | 'totals';
  /** The source id of the flows (default `un-comtrade`). */
  readonly sourceId?: string;
  /** DuckDB's `memory_limit` (e.g. `'1GB'`); past it DuckDB spills to `tempDirectory`. */
  readonly memoryLimit?: string;
  /** DuckDB's `temp_directory` (default: DuckDB's, a `.tmp` folder beside the process). */
  readonly tempDirectory?: string;
  /** DuckDB's `threads` (default: one per core). */
  readonly threads?: number;
  /**
   * A DuckDB instance to run in (each call opens a connection of its own on it and closes it);
   * default: a new in-memory instance, closed at the end.
   */
  readonly instance?: DuckDBInstance;
}

/**
 * Why records of the bulk files were left out: the core importer's reasons (`flow-part`,
 * `mode-of-transport`, `customs-procedure`, `second-partner`, `services`, `self-trade`,
 * `group-or-area`, `duplicate`) and `commodity-detail` (a code other than TOTAL, with
 * `commodities: 'totals'`).
 *
 * @example
 * ```ts
 * const reason: BulkExclusionReason = 'flow-part';
 * ```
 *
 * @category DuckDB
 */
export type BulkExclusionReason =
  | 'flow-part'
  | 'mode-of-transport'
  | 'customs-procedure'
  | 'second-partner'
  | 'services'
  | 'self-trade'
  | 'group-or-area'
  | 'duplicate'
  | 'commodity-detail';

/**
 * What a bulk read did: records read, imported and left out (per reason), notes, per file.
 * `records === imported + Σ excluded[i].count` always holds. Records are counted, not listed: a
 * bulk file has millions.
 *
 * @example
 * ```ts
 * const { report } = await readComtradeBulk('/data/comtrade/2023/');
 * [report.engine, report.records === report.imported + report.excluded.reduce((n, e) => n + e.count, 0)];
 * //=> ['duckdb', true]
 * ```
 *
 * @category DuckDB
 */
export interface ComtradeBulkReport {
  /** The engine that ran: always `'duckdb'`. */
  readonly engine: 'duckdb';
  /** The files read, with their format and the records each holds. */
  readonly files: readonly {
    readonly path: string;
    readonly format: 'csv' | 'tsv' | 'parquet';
    readonly gzip: boolean;
    readonly records: number;
  }[];
  /** Records read, over every file. */
  readonly records: number;
  /** Rows of the result: one per reporter, partner, flow, period and commodity. */
  readonly imported: number;
  /** The scale of the values: `DECIMAL(38, scale)`. */
  readonly scale: number;
  /** Records left out, per reason. */
  readonly excluded: readonly {
    readonly reason: BulkExclusionReason;
    readonly count: number;
    readonly message: string;
  }[];
  /**
   * What a person should know: `empty` (no file holds a record: `count` 0),
   * `possibly-truncated` (a file of exactly 500, 100,000 or 250,000 records, a limit of the UN
   * Comtrade API: its download may have been cut; `count` 0),
   * `iso-fallback` (an unknown code read from its ISO text),
   * `value-fallback` (an empty `primaryValue` read from `fobvalue`/`cifvalue`),
   * `leading-zero-restored` (a commodity code of odd length), `missing-quantity` (flows whose
   * quantity is written as missing: `qty` 0 or empty with `qtyUnitCode` -1 or `qtyUnitAbbr` N/A),
   * `exponent-value` (a value in exponent form such as `5.12345E+10`, read as written),
   * `estimate` (`isOriginalClassification` false on a commodity code, or `isReported` and
   * `isAggregate` false), `estimated-quantity` (a `legacyEstimationFlag` other than 0),
   * `valuation` (an import whose `primaryValue` is its `fobvalue` and not its `cifvalue`, or an
   * export the other way), `no-totals-row` (breakdowns left out whose totals row is not in the
   * input: `count` is of those records, duplicates aside), `mixed-classifications` (commodity codes
   * of more than one HS edition among the flows; `count` 0),
   * `nested-commodities` (flows whose commodity codes nest: TOTAL, a chapter, a heading of it, of
   * the same reporter, partner, flow and period), as the core's importer notes them, one note per
   * message in the core's words (`reporterCode 999 is not in …`). Each other `count` is of
   * imported flows, as the core's notes are of the rows that became flows: a duplicate or a record
   * left out is not counted, and a flow is noted as its first record is (in file order, then line
   * or row order). What `estimate` and `valuation` say is on each flow as the core writes it (of
   * its first record): the table's status and the `valuations` beside it, and the dataset
   * `bilateral import comtrade --engine duckdb` writes, and the `status` and `valuation` columns of
   * the Parquet file `writeComtradeBulkParquet` writes; each flow's own note (`quantity not
   * reported`, `estimated by UNSD`, the commodity's description, quantity and net weight) is the
   * core's too: `flowNotes` of `readComtradeBulk`, the `note` of a flow in the dataset and of a
   * row in the Parquet file.
   */
  readonly notes: readonly {
    readonly code:
      | 'empty'
      | 'possibly-truncated'
      | 'iso-fallback'
      | 'value-fallback'
      | 'leading-zero-restored'
      | 'missing-quantity'
      | 'exponent-value'
      | 'estimate'
      | 'estimated-quantity'
      | 'valuation'
      | 'no-totals-row'
      | 'mixed-classifications'
      | 'nested-commodities';
    readonly count: number;
    readonly message: string;
  }[];
}

/**
 * What the records of a bulk read that imported no flow cover (`leftOut` of
 * {@link readComtradeBulk}): what a title says of a file of which nothing was imported (re-exports
 * alone, breakdowns without their totals row, services, groups), as the core's importer titles
 * such a dataset by the records it left out. Records that cannot be read are not in it (they are
 * refused). Each list in no particular order, without repeats; all empty when no file holds a
 * record.
 *
 * @example
 * ```ts
 * import { readComtradeBulk } from '@bilateral/duckdb';
 *
 * const { table, leftOut } = await readComtradeBulk('re-exports.csv'); // Viet Nam's RX to Laos, 2023
 * [table.length, leftOut?.reporters, leftOut?.partners, leftOut?.flows, leftOut?.periods];
 * //=> [0, ['Vietnam'], ['Laos'], ['export'], ['2023']]
 * ```
 *
 * @category DuckDB
 */
export interface ComtradeBulkLeftOut {
  /**
   * The reporters by their English names: an economy as `economyLabel` of `@bilateral/core` names
   * it, a group or area of UN Comtrade the economy table does not have by its description in the
   * file (`reporterDesc`), else its ISO text.
   */
  readonly reporters: readonly string[];
  /** The partners, named as the reporters are (`partnerDesc` for a group or area). */
  readonly partners: readonly string[];
  /** The directions: a flow code's (`RX` is a part of the exports, `MIP` of the imports). */
  readonly flows: readonly ('export' | 'import')[];
  /** The HS codes of the goods as the table writes them (`'0901'`), `''` for all goods. */
  readonly commodities: readonly string[];
  /** The periods as the table writes them (`'2023'`, `'2023-01'`). */
  readonly periods: readonly string[];
  /** Whether records of services (`typeCode` S, which have no HS code) are among them. */
  readonly services: boolean;
}
