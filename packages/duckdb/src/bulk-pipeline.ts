/**
 * The steps every bulk read shares: find the files, survey them (records, decimal places,
 * distinct codes), map the codes, check and group every record in DuckDB, refuse what cannot be
 * read (naming file, line and field), and count what was left out. The caller then reads the
 * imported groups from the temporary table `bulk_groups`. Private to the package.
 *
 * @internal
 */

import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createGunzip } from 'node:zlib';
import { BilateralError, type BilateralIssue, economyLabel, findEconomy } from '@bilateral/core';
import {
  COMTRADE_RESPONSE_LIMITS,
  calendarDateProblem,
  HEADER_AGAIN_WORDS,
  KEPT_PROBLEMS,
  keptIssuesError,
  possiblyTruncatedWords,
  quoteInput,
  readAmountText,
  removeOnStop,
  widthWords,
  writeReason,
} from '@bilateral/core/node';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { badCsvLines } from './bad-csv-line.js';
import { type BulkFile, namedColumns } from './bulk-files.js';
import { flowNotes, IMPORTED, noteFirstRecords } from './bulk-notes.js';
import {
  AMOUNTS,
  checkedSql,
  FLOW_NOTE,
  fileIndexSql,
  groupsSql,
  KEY_COLUMNS,
  leftOutSql,
  problemsSql,
  REFUSED_COLUMNS,
  rowsSql,
  SAME_KEY,
  STATUS,
  sourceSql,
  sqlText,
  surveySql,
  VALUATION,
} from './bulk-sql.js';
import type {
  BulkExclusionReason,
  ComtradeBulkLeftOut,
  ComtradeBulkOptions,
  ComtradeBulkReport,
} from './comtrade-bulk-report.js';
import { type MappedCode, mapComtradeCode } from './economy-codes.js';
import { gzipProblem } from './gzip-problem.js';
import { mixedLineEnds, placesInFile, toLineFeeds } from './physical-lines.js';

/** The most decimal places a flow table (and this reader) holds. */
const MAX_SCALE = 36;
/** Issues kept at most when records are refused, as the core keeps them; the others are counted. */
const MAX_ISSUES = KEPT_PROBLEMS;
/** Files the `possibly-truncated` note names at most. */
const MAX_FILES_NOTED = 10;

/**
 * Why records may be missing when a file holds exactly an API limit of them (each file a download
 * of its own), or `undefined`: for one file read, the core's words (`the input holds exactly 500
 * records, …`); else the files, by name.
 */
function possiblyTruncated(counts: readonly (readonly [string, number])[]): string | undefined {
  const cut = counts.filter(([, records]) => COMTRADE_RESPONSE_LIMITS.includes(records));
  const [first] = cut;
  if (first === undefined) return undefined;
  const { message, count, limit } = possiblyTruncatedWords(first[1]);
  if (counts.length === 1) return message;
  if (cut.length === 1) {
    return `${basename(first[0])} holds exactly ${count}, ${limit}: its query may have been cut; split it and import the parts`;
  }
  const more = cut.length - MAX_FILES_NOTED;
  const names = cut
    .slice(0, MAX_FILES_NOTED)
    .map(([path, records]) => `${basename(path)} (${possiblyTruncatedWords(records).count})`)
    .join(', ');
  return `${names}${more > 0 ? ` and ${more} more files` : ''} hold exactly as many records as ${limit}: their queries may have been cut; split them and import the parts`;
}

/**
 * The rows of `bulk_groups` that are the result, in a stable order, each with the status,
 * valuation and note the core writes on its flow (of its first record).
 */
export const IMPORTED_GROUPS = `SELECT reporter, partner, flow, period, commodity, low AS value,
  ${STATUS} AS status, ${VALUATION} AS valuation, ${FLOW_NOTE} AS note
FROM bulk_groups WHERE problem IS NULL AND reason IS NULL
ORDER BY reporter, partner, flow, period, commodity NULLS FIRST`;

const EXCLUSION_MESSAGES: Readonly<Record<BulkExclusionReason, string>> = {
  'flow-part':
    're-exports, re-imports, domestic exports, foreign imports and processing flows (RX, RM, DX, FM, XIP, XOP, MIP, MOP) are parts of the exports (X) or imports (M) of the same reporter, partner and period: importing both would double-count',
  'mode-of-transport':
    'breakdowns by mode of transport (motCode ≠ 0) of a totals row: adding them to it would double-count',
  'customs-procedure':
    'breakdowns by customs procedure (customsCode ≠ C00) of a totals row: adding them to it would double-count',
  'second-partner':
    'breakdowns by second partner (partner2Code ≠ 0) of a totals row: adding them to it would double-count',
  services: 'trade in services (typeCode S): the flows of a dataset are trade in goods',
  'self-trade':
    "the partner is the reporter (a reporter's re-imports of its own goods): a flow is between two economies",
  'group-or-area':
    'the reporter or partner is a group or an area of UN Comtrade that the economy table does not have (free zones, special categories …; the EU, "Areas, nes" and bunkers are imported as EUN, XNS and XBK): its trade is the trade of its members or of no country, so it is no bilateral flow',
  duplicate:
    'the same record (reporter, partner, flow code, period, commodity and breakdown) as another, with the same value: counted once',
  'commodity-detail':
    'commodity codes other than TOTAL, left out because only totals were asked for',
};

/** The note on files of no records, as the core says it. */
const EMPTY_NOTE = 'the input holds no records';

/**
 * How many imported flows (of `bulk_groups`) have a commodity code that nests with another's
 * (TOTAL, a chapter, a heading of it) of the same reporter, partner, flow and period, as the core
 * counts them (`nestedRows`): each code's shorter prefixes of even length are looked up.
 */
async function nestedFlows(connection: DuckDBConnection): Promise<number> {
  const [row] = (
    await connection.runAndReadAll(`WITH flows AS (
      SELECT reporter, partner, flow, period, coalesce(commodity, '') AS code FROM bulk_groups
      WHERE problem IS NULL AND reason IS NULL),
    prefixes AS (
      SELECT reporter, partner, flow, period, code, substr(code, 1, unnest(range(0, length(code), 2))) AS parent
      FROM flows),
    pairs AS (
      SELECT p.reporter, p.partner, p.flow, p.period, p.code, p.parent FROM prefixes AS p
      JOIN flows AS f ON f.reporter = p.reporter AND f.partner = p.partner AND f.flow = p.flow
        AND f.period = p.period AND f.code = p.parent)
    SELECT count(*) FROM (
      SELECT reporter, partner, flow, period, code FROM pairs
      UNION SELECT reporter, partner, flow, period, parent FROM pairs)`)
  ).getRowsJS();
  return Number(row?.[0] ?? 0);
}

/** An open bulk read: the connection holding `bulk_groups`, and what was read. */
export interface BulkRead {
  readonly connection: DuckDBConnection;
  readonly report: ComtradeBulkReport;
  readonly sourceId: string;
  /** What the records left out cover, when no flow is imported. */
  readonly leftOut: ComtradeBulkLeftOut | undefined;
}

/**
 * The records left out with their key (`bulk_groups`, all but services and groups and areas), as
 * {@link leftOutSql} reads checked records: every reporter and partner an economy.
 */
const KEYED_LEFT_OUT = `SELECT *, 'economy' AS reporter_status, 'economy' AS partner_status,
  NULL AS reporter_desc, NULL AS partner_desc FROM bulk_groups`;

/**
 * What the records of `checked` left out cover ({@link leftOutSql}), named as the core's title
 * names them: an economy as `economyLabel` names it in English, a group or area by its
 * description; in no order (the title sorts them).
 */
async function leftOutOf(
  connection: DuckDBConnection,
  checked: string,
): Promise<ComtradeBulkLeftOut> {
  const [row = {}] = (await connection.runAndReadAll(leftOutSql(checked))).getRowObjectsJS();
  const texts = (column: string) => (row[column] ?? []) as string[];
  const names = (role: 'reporter' | 'partner') => [
    ...texts(`${role}s`).map((code) => economyLabel(code, 'en')),
    ...texts(`${role}_groups`),
  ];
  return {
    reporters: names('reporter'),
    partners: names('partner'),
    flows: texts('flows') as ('export' | 'import')[],
    commodities: texts('commodities'),
    periods: texts('periods'),
    services: row.services === true,
  };
}

function checkOptions(options: ComtradeBulkOptions): void {
  const issues: BilateralIssue[] = [];
  const { scale, commodities, sourceId, threads } = options;
  if (scale !== undefined && !(Number.isInteger(scale) && scale >= 0 && scale <= MAX_SCALE)) {
    issues.push({
      path: ['options', 'scale'],
      message: `expected a whole number of decimal places from 0 to ${MAX_SCALE}`,
    });
  }
  if (commodities !== undefined && commodities !== 'all' && commodities !== 'totals') {
    issues.push({ path: ['options', 'commodities'], message: 'expected "all" or "totals"' });
  }
  if (sourceId !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId)) {
    issues.push({
      path: ['options', 'sourceId'],
      message: 'expected a slug such as "un-comtrade"',
    });
  }
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    issues.push({ path: ['options', 'threads'], message: 'expected a whole number from 1' });
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
}

/**
 * A DuckDB error (a CSV line with the wrong number of fields, a broken gzip or Parquet file …) as
 * ours, naming the files that fail when each is read on its own; `unpacked`: why each file does
 * not unpack to its end (`gzipProblem`), said before any line of it.
 */
async function fromDuckDB(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  unpacked: readonly (string | undefined)[],
  error: unknown,
): Promise<never> {
  if (error instanceof BilateralError) throw error;
  const short = (caught: unknown) =>
    (caught instanceof Error ? caught.message : String(caught)).split('\n')[0]?.slice(0, 500);
  const issues: BilateralIssue[] = [];
  let count = 0;
  // Every file, as the core keeps the first problems and counts the others, wherever they are.
  for (const [index, file] of files.entries()) {
    try {
      const { sql } = await sourceSql(connection, [file]);
      // Every field read (a count alone reads none of them, nor finds bytes that are not UTF-8).
      await connection.run(`SELECT count(*) FROM (${sql}) AS record WHERE record IS NOT NULL`);
    } catch (caught) {
      // DuckDB says why on a later line than the first: "Invalid unicode … not utf-8 encoded".
      const notUtf8 = /Invalid unicode \(byte sequence mismatch\)/.test(String(caught));
      const lines = notUtf8 ? undefined : await badLines(connection, file, index, unpacked, issues);
      if (lines !== undefined) {
        keep(issues, lines.issues);
        count += lines.count;
      } else {
        keep(issues, [
          {
            path: ['files', index],
            message: notUtf8
              ? `${basename(file.path)} is not UTF-8 text (another encoding such as Latin-1; DuckDB: ${short(caught)}): save it as UTF-8`
              : `${basename(file.path)}: DuckDB cannot read it: ${short(caught)}`,
          },
        ]);
        count += 1;
      }
    }
  }
  if (issues.length === 0) {
    issues.push({ path: ['files'], message: `DuckDB cannot read the files: ${short(error)}` });
    count = 1;
  }
  throw keptIssuesError('INVALID_IMPORT', issues, count);
}

/** Adds to `issues` as many of `more` as fit under {@link MAX_ISSUES}; the others are only counted. */
function keep(issues: BilateralIssue[], more: readonly BilateralIssue[]): void {
  issues.push(...more.slice(0, Math.max(0, MAX_ISSUES - issues.length)));
}

/**
 * The lines of the bulk file at `index` that DuckDB cannot read (`badCsvLines`, as many as fit
 * beside the `issues` so far, at most {@link MAX_ISSUES}), as issues of the read, and how many
 * there are in all; or why the file does not unpack (`unpacked`, as {@link fromDuckDB} takes
 * it); undefined when it names none.
 */
async function badLines(
  connection: DuckDBConnection,
  file: BulkFile,
  index: number,
  unpacked: readonly (string | undefined)[],
  issues: readonly BilateralIssue[],
): Promise<{ issues: BilateralIssue[]; count: number } | undefined> {
  const cut = unpacked[index];
  if (cut !== undefined)
    return {
      issues: [{ path: ['files', index], message: `${basename(file.path)}: ${cut}` }],
      count: 1,
    };
  const lines = await badCsvLines(connection, file, Math.max(1, MAX_ISSUES - issues.length));
  if (lines === undefined) return undefined;
  const within = lines.issues.map((issue) => ({ ...issue, path: ['files', index, ...issue.path] }));
  return { issues: within, count: lines.count };
}

/**
 * Throws the lines DuckDB cannot read of the files that have one, or why the file does not
 * unpack (`unpacked`, as {@link fromDuckDB} takes it): the first {@link MAX_ISSUES}, the others
 * counted (`keptIssuesError`, as the core engine keeps them).
 */
async function refuseBadLines(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  unpacked: readonly (string | undefined)[],
): Promise<void> {
  const issues: BilateralIssue[] = [];
  let count = 0;
  for (const [index, file] of files.entries()) {
    const lines = await badLines(connection, file, index, unpacked, issues);
    keep(issues, lines?.issues ?? []);
    count += lines?.count ?? 0;
  }
  if (issues.length > 0) throw keptIssuesError('INVALID_IMPORT', issues, count);
}

/** Runs `work` on a connection of the given instance, or of a new in-memory one. */
export async function withConnection<T>(
  options: ComtradeBulkOptions,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  checkOptions(options);
  const config: Record<string, string> = {};
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  if (options.tempDirectory !== undefined) config.temp_directory = options.tempDirectory;
  if (options.threads !== undefined) config.threads = String(options.threads);
  let instance = options.instance;
  if (instance === undefined) {
    try {
      instance = await DuckDBInstance.create(':memory:', config);
    } catch (error) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['options'], message: `DuckDB refused the options: ${(error as Error).message}` },
      ]);
    }
  }
  const connection = await instance.connect();
  try {
    if (options.instance !== undefined) {
      for (const [name, value] of Object.entries(config)) {
        await connection.run(`SET ${name} = ${sqlText(value)}`);
      }
    }
    return await work(connection);
  } finally {
    connection.closeSync();
    if (options.instance === undefined) instance.closeSync();
  }
}

/** The whole numbers and the true or false fields the core reads: field, column, and its words. */
const FLAGS = [
  ['qtyUnitCode', 'qty_unit_code', 'is not a whole number'],
  ['legacyEstimationFlag', 'legacy_flag', 'is not a whole number'],
  ['isQtyEstimated', 'qty_estimated', 'is not true or false'],
  ['isReported', 'is_reported', 'is not true or false'],
  ['isAggregate', 'is_aggregate', 'is not true or false'],
  ['isOriginalClassification', 'is_original', 'is not true or false'],
] as const;

/** The field and message of a problem of a refused record, from its code and the record's fields. */
function describeProblem(
  problem: string,
  row: Record<string, unknown>,
  scale: number,
): [string, string] {
  const text = (key: string) => quoteInput(String(row[key] ?? ''));
  // A field of QUOTED_AS_WRITTEN, as the file writes it (JSON text).
  const written = (column: string) => {
    const json = row[`${column}_written`];
    return quoteInput(json === null || json === undefined ? '' : JSON.parse(String(json)));
  };
  const [field, kind] = problem.split(':') as [string, string | undefined];
  // A record of a file separated by semicolons, where the core refuses `491.900`.
  const semicolons = { semicolons: row.semicolons === true };
  const amount = AMOUNTS.find(([name]) => name === field);
  if (amount !== undefined) {
    const [, column, what] = amount;
    return [field, readAmountText(String(row[`${column}_text`]), what, semicolons).problem ?? ''];
  }
  const flag = FLAGS.find(([name]) => name === field);
  if (flag !== undefined) {
    const [, column, words] = flag;
    return [field, `${written(column)} ${words}`];
  }
  if (field === 'primaryValue' && kind !== 'missing') {
    // In the core's words and order (not a number, past its range, negative) where it refuses
    // the value; else past what this read holds.
    const read = readAmountText(String(row.value_text), 'a trade value', semicolons);
    if (read.problem !== undefined) return [field, read.problem];
  }
  if (field === 'reporter' || field === 'partner') {
    const code = `${field}Code`;
    const iso = `${field}ISO`;
    // The code as the core reads a whole number (`0704` is 704): one when unknown or contradicted.
    const number = Number.parseInt(String(row[`${field}_code`]), 10);
    switch (kind) {
      case 'missing':
        return [code, `missing ${code} (the UN Comtrade code of the ${field})`];
      case 'not-a-code':
        return [code, `${written(`${field}_code`)} is not a whole number`];
      case 'unknown':
        return [
          code,
          `${code} ${number} is not a UN Comtrade code Bilateral knows, and there is no ${iso} to fall back on`,
        ];
      case 'contradiction': {
        const economy = String(row[field]);
        return [
          iso,
          `${iso} ${text(`${field}_iso`)} contradicts ${code} ${number}, which is ${findEconomy(economy)?.names.en ?? economy} (${economy})`,
        ];
      }
      default:
        return [iso, `${text(`${field}_iso`)} is not an ISO 3166-1 alpha-3 code`];
    }
  }
  const period = String(row.period_text);
  const [year, month] = [Number(period.slice(0, 4)), Number(period.slice(4))];
  const id = String(row.ref_period_id);
  const freqWords = row.freq_code === '' ? '' : ` (freqCode ${row.freq_code})`;
  // Without a period, its year and month are refYear's and refMonth's (refPeriodId's own when
  // those are empty, and then nothing disagrees with it), as the core names them.
  const given = row.period_given !== '';
  switch (problem) {
    case 'typeCode':
      return [field, `${text('type_code')} is not C (goods) or S (services)`];
    case 'freqCode':
      return [field, `freqCode ${text('freq_code')} is not A (annual) or M (monthly)`];
    case 'period':
      return [field, `${text('period_text')} is not a period: expected YYYY or YYYYMM`];
    case 'period:missing':
      return [
        field,
        'missing period: give period (YYYY or YYYYMM), refYear and refMonth, or freqCode with refPeriodId',
      ];
    case 'period:month':
      return [field, `${period}: month ${period.slice(4)} is not between 01 and 12`];
    case 'period:annual':
      return [field, `${period} is a month, but the record is annual${freqWords}`];
    case 'period:monthly':
      return [field, `${period} is a year, but the record is monthly${freqWords}`];
    case 'refYear:number':
      return [field, `${written('ref_year')} is not a whole number`];
    case 'refYear:year':
      return [field, `${row.year_number} is not a year between 1900 and 2999`];
    case 'refYear:differs':
      return [field, `refYear gives year ${row.year_number}, but period gives ${year}`];
    case 'refMonth:number':
      return [field, `${written('ref_month')} is not a whole number`];
    case 'refMonth:month':
      return [
        field,
        `${row.month_number} is neither a month (1–12) nor 52, Comtrade's mark of an annual record`,
      ];
    case 'refMonth:annual':
      return [
        field,
        `${row.month_number} is a month, but the record is annual${freqWords}: Comtrade writes 52 there`,
      ];
    case 'refMonth:monthly':
      return [field, `52 marks an annual record, but the record is monthly${freqWords}`];
    case 'refMonth:differs':
      return [field, `refMonth gives month ${row.month_number}, but period gives ${month}`];
    case 'refPeriodId:text':
      return [field, `${text('ref_period_id')} is not a date written YYYYMMDD`];
    case 'refPeriodId:date':
      return [
        field,
        `${id} is not a date: ${calendarDateProblem(`${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6)}`)}`,
      ];
    case 'refPeriodId:year':
      return [
        field,
        `refPeriodId gives year ${Number(id.slice(0, 4))}, but ${given ? 'period' : 'refYear'} gives ${year}`,
      ];
    case 'refPeriodId:month':
      return [
        field,
        `refPeriodId gives month ${Number(id.slice(4, 6))}, but ${given ? 'period' : 'refMonth'} gives ${month}`,
      ];
    case 'flowCode':
      return [
        field,
        row.flow_code === ''
          ? 'missing flowCode (X for exports, M for imports; rgCode in v0 files)'
          : `${text('flow_code')} is not a UN Comtrade flow code: expected X (export) or M (import), or one of their parts RX, RM, DX, FM, XIP, XOP, MIP, MOP`,
      ];
    case 'motCode':
      return [field, `${written('mot_code')} is not a whole number`];
    case 'partner2Code':
      return [field, `${written('partner2_code')} is not a whole number`];
    case 'cmdCode':
      return [
        field,
        row.cmd_text === ''
          ? 'missing cmdCode (an HS code such as "0901", or TOTAL for all goods)'
          : /^\d+$/.test(String(row.cmd_code))
            ? `${text('cmd_text')} is not an HS code of 2, 4, 6 or 8 digits`
            : `${text('cmd_text')} is neither an HS code nor TOTAL`,
      ];
    case 'classificationCode':
      return [
        field,
        `${row.classification} is not an HS edition (H0–H6): the commodity ${row.commodity} would be read as an HS code; query UN Comtrade with an HS classification`,
      ];
    case 'primaryValue:missing':
      return ['primaryValue', 'missing primaryValue (the trade value in US dollars)'];
    case 'primaryValue:scale':
      return [
        'primaryValue',
        `${text('value_text')} has ${row.decimals} decimal places, more than the scale ${scale} the values are read at: give a larger scale (at most ${MAX_SCALE})`,
      ];
    default:
      return [
        'primaryValue',
        `${text('value_text')} does not fit DECIMAL(38, ${scale}): at most ${38 - scale} digits before the decimal point`,
      ];
  }
}

/**
 * A record found in a file: its fields and 0-based `file_row`, and in CSV the line it starts on
 * and how many fields it has.
 */
interface Located {
  readonly file: BulkFile;
  readonly index: number;
  readonly row: Record<string, unknown>;
  readonly line?: number | undefined;
  readonly fields?: number | undefined;
}

/** Where a record is: `data.csv line 12` (CSV) or `data.parquet row 11`. */
function place({ file, row, line }: Located): string {
  return line === undefined
    ? `${basename(file.path)} row ${Number(row.file_row) + 1}`
    : `${basename(file.path)} line ${line}`;
}

/** Plain decimal text in one form per value, as the core writes it: `1000.50` and `01000.5` are `1000.5`. */
const sameValue = (text: unknown) =>
  String(text)
    .replace(/^0+(?=\d)/, '')
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');

/** A refused record ({@link Located}) and, when it repeats a key with another value, its key's first. */
interface Refused extends Located {
  readonly first?: Located | undefined;
}

/**
 * The refused records of the files, in file order and then row order, as many as are kept
 * ({@link MAX_ISSUES}), and how many problems they have in all (`total`): the records that
 * cannot be read (every problem of each: `problemsSql`) and, with `repeats`, each record of a
 * key of the temporary table `bulk_conflicts` whose value is not its key's first record's (with
 * that first). One read of every file, its checks planned once, numbers each record in its file
 * (`records`: each file's records, by path) and keeps the first {@link MAX_ISSUES} refused
 * records, holding no others: with `repeats`, a read before it finds each repeated key's first
 * record, and when {@link MAX_ISSUES} are found a read after it counts the problems; in a CSV or TSV file, the
 * line each record (and its first) starts on is found by reading the file up to the last wanted.
 */
async function refusedRecords(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  records: ReadonlyMap<string, number>,
  scale: number,
  totalsOnly: boolean,
  repeats: boolean,
): Promise<{ found: Refused[]; total: number }> {
  const { sql } = await sourceSql(connection, files, records);
  const checked = problemsSql(checkedSql(rowsSql(sql), scale, totalsOnly), scale);
  const fileIndex = fileIndexSql(files);
  if (repeats) {
    // The first record (in file and row order) of each repeated key, that the others are named
    // against, from the records of those keys alone: a window over the refused records held them
    // all in memory (1.8 GB of a million bad values and one repeat, 0.35 GB without the window).
    const first = (column: string) =>
      `arg_min(c.${column}, [c.file_index, c.file_row]) AS first_${column}`;
    await connection.run(`CREATE TEMP TABLE bulk_firsts AS
      SELECT k.*, ${['file_index', 'file_row', 'value_plain', 'value'].map(first).join(', ')}
      FROM bulk_conflicts AS k JOIN (SELECT *, ${fileIndex} AS file_index FROM (${checked})
        WHERE problem IS NULL) AS c ON ${SAME_KEY} GROUP BY ALL`);
  }
  const refused = repeats
    ? `SELECT c.*, ${fileIndex} AS file_index, k.first_file_index, k.first_file_row, k.first_value_plain
      FROM (${checked}) AS c LEFT JOIN bulk_firsts AS k ON ${SAME_KEY}
      WHERE c.problem IS NOT NULL OR c.value <> k.first_value`
    : `SELECT *, ${fileIndex} AS file_index FROM (${checked}) WHERE problem IS NOT NULL`;
  const problemCount = 'CASE WHEN problem IS NULL THEN 1 ELSE len(problems) END';
  const rows = (
    await connection.runAndReadAll(
      `SELECT ${REFUSED_COLUMNS.join(', ')}, file_index${repeats ? ', first_file_index, first_file_row, first_value_plain' : ''}, ${problemCount} AS count
      FROM (${refused}) ORDER BY file_index, file_row LIMIT ${MAX_ISSUES}`,
    )
  ).getRowObjectsJS();
  // Fewer records than are kept: every one was found. Else they are counted in a read of their
  // own: a count over the rows of the read above (a window) held them all in memory (0.95 GB of a
  // million bad values, where 0.35 GB suffice).
  const total =
    rows.length < MAX_ISSUES
      ? rows.reduce((sum, row) => sum + Number(row.count), 0)
      : Number(
          (
            await connection.runAndReadAll(`SELECT sum(${problemCount}) FROM (${refused})`)
          ).getRowsJS()[0]?.[0],
        );
  // The rows of each file whose line is wanted: each record's, and its first's.
  const wanted = new Map<number, number[]>();
  const want = (index: unknown, row: unknown) => {
    const rowsOf = wanted.get(Number(index)) ?? [];
    wanted.set(Number(index), rowsOf);
    rowsOf.push(Number(row));
  };
  for (const row of rows) {
    want(row.file_index, row.file_row);
    if (row.problem === null) want(row.first_file_index, row.first_file_row);
  }
  const places = new Map<number, Map<number, { line: number; fields: number }>>();
  for (const [index, rowsOf] of wanted) {
    const file = files[index];
    if (file !== undefined && file.format !== 'parquet') {
      places.set(index, await placesInFile(file, rowsOf, 'records'));
    }
  }
  const located = (index: unknown, fileRow: unknown, row: Record<string, unknown>): Located => {
    const at = places.get(Number(index))?.get(Number(fileRow));
    const file = files[Number(index)] as BulkFile;
    return { file, index: Number(index), row, line: at?.line, fields: at?.fields };
  };
  const found = rows.map(
    (row): Refused => ({
      ...located(row.file_index, row.file_row, row),
      first:
        row.problem === null
          ? located(row.first_file_index, row.first_file_row, {
              file_row: row.first_file_row,
              value_plain: row.first_value_plain,
            })
          : undefined,
    }),
  );
  return { found, total };
}

/** The issue of a record that repeats its key's first record (`first`) with another value. */
function repeatIssue({ first, ...located }: Refused & { first: Located }): BilateralIssue {
  const { file, index, row } = located;
  const key = `${row.reporter}–${row.partner} ${row.flow_code} ${row.period}${row.commodity === null ? '' : ` HS ${row.commodity}`}`;
  const firstPlace =
    first.file === file ? place(first).slice(basename(file.path).length + 1) : place(first);
  return {
    path: ['files', index, 'rows', Number(row.file_row)],
    message: `${place(located)}: repeats ${firstPlace} (same reporter, partner, flow, period, commodity and breakdown: ${key}) with another value: ${sameValue(row.value_plain)} against ${sameValue(first.row.value_plain)}`,
  };
}

/** The issues of a record that cannot be read: each of its problems, in the core's order and words. */
function problemIssues(located: Located, scale: number): BilateralIssue[] {
  return (located.row.problems as string[]).map((problem): BilateralIssue => {
    if (problem === 'width') {
      // A line of another width, as the core names it: the record, no field.
      const count = Number(located.fields);
      const header = namedColumns(located.file.columns ?? []).length;
      return {
        path: ['files', located.index, 'rows', Number(located.row.file_row)],
        message: `${place(located)}: ${widthWords(count, header)}`,
      };
    }
    if (problem === 'header') {
      return {
        path: ['files', located.index, 'rows', Number(located.row.file_row)],
        message: `${place(located)}: ${HEADER_AGAIN_WORDS}`,
      };
    }
    const [field, message] = describeProblem(problem, located.row, scale);
    return {
      path: ['files', located.index, 'rows', Number(located.row.file_row), field],
      message: `${place(located)}: ${message}`,
    };
  });
}

/**
 * Throws every problem of the records that cannot be read (`counts`: records by first problem),
 * each with file, line and field, and, with `repeats`, each record that repeats a key with
 * another value than its first record's (in file order), as the core engine names it: `b.csv
 * line 2: repeats a.csv line 3 (same reporter, …: VNM–LAO X 2023) with another value: 1001
 * against 1000` (a repeat with the first's value is a duplicate, counted as one); all in the
 * order of the records, the first {@link MAX_ISSUES} kept and the others counted, as the core
 * engine keeps them. A second read of the files, which only a refused import makes.
 */
async function refuse(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  records: ReadonlyMap<string, number>,
  scale: number,
  totalsOnly: boolean,
  counts: readonly { problem: string; records: number }[],
  repeats: boolean,
): Promise<never> {
  if (repeats) {
    await connection.run(
      `CREATE TEMP TABLE bulk_conflicts AS SELECT ${KEY_COLUMNS.join(', ')}
       FROM bulk_groups WHERE reporter IS NOT NULL AND low <> high`,
    );
  }
  const { found, total } = await refusedRecords(
    connection,
    files,
    records,
    scale,
    totalsOnly,
    repeats,
  );
  const issues = found.flatMap(({ first, ...located }) =>
    first === undefined ? problemIssues(located, scale) : [repeatIssue({ ...located, first })],
  );
  // Every refused record's first problem is a value past DECIMAL(38, scale), and it is its only
  // one (as many problems as records): a record may have others (a field that is no true or
  // false, say), which make the read INVALID_IMPORT, as the core refuses the same file.
  const onlyRange =
    !repeats &&
    counts.every((count) => count.problem === 'primaryValue:range') &&
    total === counts.reduce((sum, count) => sum + count.records, 0);
  throw keptIssuesError(
    onlyRange ? 'OUT_OF_RANGE' : 'INVALID_IMPORT',
    issues.slice(0, MAX_ISSUES),
    total,
  );
}

/**
 * What DuckDB says when its parallel reader meets a quoted field holding a line break in a file
 * read with `null_padding` (every CSV or TSV file, `bulk-sql.ts`): the files are then read again,
 * each by one thread (`serial`).
 */
const PARALLEL_REFUSED = /does not support null_padding in conjunction with quoted new lines/;

/**
 * The copies DuckDB reads in place of files whose line breaks are of more than one kind
 * (`BulkFile.relined`), in a `bilateral-relined-*` folder of the system's temporary folder made
 * when the first is written: {@link remove} removes it, and so does the process being stopped
 * meanwhile (SIGINT, SIGTERM, SIGHUP: the core's `removeOnStop`, as the command's `writeInPlace`
 * does), which then stops as the signal would have made it unless the program listens for the
 * signal itself; a program listening for SIGHUP (a reload, by convention) goes on, and the copies
 * stay for the read.
 */
class RelinedCopies {
  private folder: string | undefined;
  private unlisten: (() => void) | undefined;

  /**
   * The files, each one to be relined (and not yet) with its copy (`readPath`): unpacked, each
   * line break outside quoted fields a LF (`toLineFeeds`). A gzip stream cut short is copied as
   * far as it unpacks (`gzipProblem` says why). Throws `INVALID_INPUT` at the file when its copy
   * cannot be written (the temporary folder missing or full …) or the file cannot be read to its
   * end (what was written of its copy goes with the folder, {@link remove}).
   */
  async of(files: readonly BulkFile[]): Promise<BulkFile[]> {
    const copied: BulkFile[] = [];
    for (const [index, file] of files.entries()) {
      copied.push(
        file.relined === true && file.readPath === undefined ? await this.copy(file, index) : file,
      );
    }
    return copied;
  }

  private async copy(file: BulkFile, index: number): Promise<BulkFile> {
    const name = basename(file.path);
    const refused = (message: string) =>
      new BilateralError('INVALID_INPUT', [{ path: ['files', index], message }]);
    const cannotWrite = (where: string, why: string) =>
      refused(
        `${name}: its lines end in more than one way (LF, CRLF, CR), so DuckDB reads a copy of it with one line end (as large as the file unpacked), which cannot be written in ${where}: ${why}`,
      );
    if (this.folder === undefined) {
      // Listened for before the folder is made, which is made in one step (not awaited): a signal
      // without a listener ends the process at once, and a signal can come at any await; either
      // would leave the folder behind.
      const unlisten = removeOnStop(() => {
        if (this.folder !== undefined) rmSync(this.folder, { recursive: true, force: true });
      });
      try {
        this.folder = mkdtempSync(join(tmpdir(), 'bilateral-relined-'));
      } catch (error) {
        unlisten();
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        throw cannotWrite(tmpdir(), missing ? 'no such folder' : writeReason(error));
      }
      this.unlisten = unlisten;
    }
    const path = join(this.folder, `${index}-${name.replace(/\.gz$/i, '')}`);
    const source = createReadStream(file.path);
    const unpack = file.gzip ? createGunzip({ finishFlush: constants.Z_SYNC_FLUSH }) : undefined;
    const copy = createWriteStream(path);
    // The stream that failed first: the others fail with its error after it.
    let failed: 'read' | 'write' | undefined;
    source.once('error', () => (failed ??= 'read'));
    unpack?.once('error', () => (failed ??= 'read'));
    copy.once('error', () => (failed ??= 'write'));
    try {
      await (unpack !== undefined
        ? pipeline(source, unpack, toLineFeeds(file), copy)
        : pipeline(source, toLineFeeds(file), copy));
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      // A gzip stream that does not unpack to its end, read as far as it does: gzipProblem says
      // why, before any line.
      if (failed === 'read' && file.gzip && code?.startsWith('Z_')) {
        return { ...file, readPath: path };
      }
      if (failed === 'write') throw cannotWrite(tmpdir(), writeReason(error));
      throw refused(
        `${name} cannot be read to its end: ${code === 'ENOENT' ? 'no such file (moved or deleted meanwhile)' : writeReason(error)}`,
      );
    }
    return { ...file, readPath: path };
  }

  /** Removes the copies, then stops listening (a signal while they are removed removes them too). */
  async remove(): Promise<void> {
    if (this.folder !== undefined) await rm(this.folder, { recursive: true, force: true });
    this.unlisten?.();
  }
}

/**
 * Reads the bulk files (from `listBulkFiles`) into the temporary table `bulk_groups` of the
 * connection and returns what was read. Throws the records that cannot be read. A file whose
 * line breaks are of more than one kind (LF, CRLF, CR: `BulkFile.relined`, or found when DuckDB
 * fails on it) is read from a copy in the system's temporary folder with every line break a LF,
 * removed when the read ends or the process is stopped (SIGINT, SIGTERM, SIGHUP).
 */
export async function readBulk(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  options: ComtradeBulkOptions,
): Promise<BulkRead> {
  const copies = new RelinedCopies();
  try {
    return await readFiles(connection, await copies.of(files), options, copies);
  } finally {
    await copies.remove();
  }
}

/** {@link readBulk} of files DuckDB reads as they are (or their copies). */
async function readFiles(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  options: ComtradeBulkOptions,
  copies: RelinedCopies,
): Promise<BulkRead> {
  const totalsOnly = options.commodities === 'totals';
  // DuckDB reads a gzip stream cut short as far as it unpacks, without a word when that ends at a
  // line end: each gzip file is unpacked to its end once, beside DuckDB's read (on libuv's
  // threads), and why one does not is said before anything DuckDB says of it.
  const unpacking = Promise.all(
    files.map((file) => (file.gzip ? gzipProblem(file.path) : undefined)),
  );
  try {
    const source = await sourceSql(connection, files);
    if (source.absent.length > 0) {
      // A line of another width among the lines DuckDB samples can make it take the header for a
      // record: the line is the problem, not the columns.
      await refuseBadLines(connection, files, await unpacking);
      throw new BilateralError('INVALID_IMPORT', [
        {
          path: ['files'],
          message: `no file has the column${source.absent.length === 1 ? '' : 's'} ${source.absent.join(', ')}: are these UN Comtrade bulk files (reporterCode, flowCode, partnerCode, period, cmdCode, primaryValue …)?`,
        },
      ]);
    }
    const rows = rowsSql(source.sql);

    // One pass: records per file, decimal places, and the distinct codes to map.
    const survey = (await connection.runAndReadAll(surveySql(rows))).getRowObjectsJS();
    const perFile = new Map(survey.map((row) => [String(row.filename), Number(row.records)]));
    const mostDecimals = Math.max(0, ...survey.map((row) => Number(row.decimals ?? 0)));
    const scale = options.scale ?? Math.min(mostDecimals, MAX_SCALE);
    const pairs = new Map<string, MappedCode>();
    for (const row of survey) {
      for (const pair of [
        ...(row.reporters as [string, string][]),
        ...(row.partners as [string, string][]),
      ]) {
        const [code, iso] = pair;
        const id = `${code}\u0000${iso}`;
        if (!pairs.has(id)) pairs.set(id, mapComtradeCode(code, iso));
      }
    }
    await connection.run(
      'CREATE TEMP TABLE bulk_economies (code VARCHAR, iso VARCHAR, economy VARCHAR, status VARCHAR)',
    );
    const appender = await connection.createAppender('bulk_economies', 'main', 'temp');
    for (const pair of pairs.values()) {
      appender.appendVarchar(pair.code);
      appender.appendVarchar(pair.iso);
      appender.appendVarchar(pair.economy);
      appender.appendVarchar(pair.status);
      appender.endRow();
    }
    appender.closeSync();

    // A second pass: check every record, group by reason, and by key what is imported.
    await connection.run(
      `CREATE TEMP TABLE bulk_groups AS ${groupsSql(checkedSql(rows, scale, totalsOnly))}`,
    );
    const problems = (
      await connection.runAndReadAll(
        'SELECT problem, sum(records) AS records FROM bulk_groups WHERE problem IS NOT NULL GROUP BY problem ORDER BY problem',
      )
    )
      .getRowObjectsJS()
      .map((row) => ({ problem: String(row.problem), records: Number(row.records) }));
    const unpacked = await unpacking;
    const cut = files.flatMap((file, index): BilateralIssue[] => {
      const problem = unpacked[index];
      return problem === undefined
        ? []
        : [{ path: ['files', index], message: `${basename(file.path)}: ${problem}` }];
    });
    if (cut.length > 0) throw new BilateralError('INVALID_IMPORT', cut);
    const [summary] = (
      await connection.runAndReadAll(
        `SELECT count(*) FILTER (WHERE ${IMPORTED}) AS imported,
          coalesce(sum(records - 1) FILTER (WHERE reporter IS NOT NULL), 0) AS duplicates,
          count(*) FILTER (WHERE reporter IS NOT NULL AND low <> high) AS conflicts,
          count(*) FILTER (WHERE ${IMPORTED} AND mixed) AS mixed,
          count(DISTINCT length(coalesce(commodity, ''))) FILTER (WHERE ${IMPORTED}) AS code_lengths
        FROM bulk_groups`,
      )
    ).getRowObjectsJS();
    const conflicts = Number(summary?.conflicts) > 0;
    if (problems.length > 0 || conflicts) {
      await refuse(connection, files, perFile, scale, totalsOnly, problems, conflicts);
    }
    const reasons = (
      await connection.runAndReadAll(
        `SELECT reason, sum(CASE WHEN reporter IS NULL THEN records ELSE 1 END) AS records
          FROM bulk_groups WHERE reason IS NOT NULL GROUP BY reason ORDER BY reason`,
      )
    ).getRowObjectsJS();
    const excluded = reasons.map((row) => {
      const reason = row.reason as BulkExclusionReason;
      return { reason, count: Number(row.records), message: EXCLUSION_MESSAGES[reason] };
    });
    const duplicates = Number(summary?.duplicates);
    if (duplicates > 0) {
      excluded.push({
        reason: 'duplicate',
        count: duplicates,
        message: EXCLUSION_MESSAGES.duplicate,
      });
    }
    const records = survey.reduce((sum, row) => sum + Number(row.records), 0);
    // A read of no flow says what it left out, for a title, on this path alone: from the groups
    // by key, or, when services or groups and areas (kept without their key) are left out, from
    // one more pass over the files.
    const unkeyed = reasons.some(
      ({ reason }) => reason === 'services' || reason === 'group-or-area',
    );
    const leftOut =
      Number(summary?.imported) === 0
        ? await leftOutOf(
            connection,
            unkeyed ? checkedSql(rows, scale, totalsOnly) : KEYED_LEFT_OUT,
          )
        : undefined;
    if (Number(summary?.mixed) > 0) {
      await noteFirstRecords(connection, files, perFile, scale, totalsOnly);
    }
    const notes = await flowNotes(
      connection,
      source.names,
      (code, iso) => pairs.get(`${code}\u0000${iso}`)?.economy ?? iso,
      // One length of commodity code among the flows: none can nest (as the core skips them).
      Number(summary?.code_lengths) > 1 ? await nestedFlows(connection) : 0,
    );
    // As the core notes them, first: a file of a header alone (or files of no records) imports
    // nothing; a file of exactly as many records as the API gives at most may have been cut.
    const truncated = possiblyTruncated(
      files.map((file) => [file.path, perFile.get(file.path) ?? 0] as const),
    );
    if (truncated !== undefined) {
      notes.unshift({ code: 'possibly-truncated', count: 0, message: truncated });
    }
    if (records === 0) notes.unshift({ code: 'empty', count: 0, message: EMPTY_NOTE });
    const report: ComtradeBulkReport = {
      engine: 'duckdb',
      files: files.map(({ path, format, gzip }) => ({
        path,
        format,
        gzip,
        records: perFile.get(path) ?? 0,
      })),
      records,
      imported: Number(summary?.imported),
      scale,
      excluded,
      notes,
    };
    return { connection, report, sourceId: options.sourceId ?? 'un-comtrade', leftOut };
  } catch (error) {
    const again = async (read: readonly BulkFile[]) => {
      await unpacking;
      await connection.run('DROP TABLE IF EXISTS bulk_economies; DROP TABLE IF EXISTS bulk_groups');
      return readFiles(connection, await copies.of(read), options, copies);
    };
    const unread = files.some((file) => file.format !== 'parquet' && file.serial !== true);
    if (unread && PARALLEL_REFUSED.test(String(error))) {
      return again(
        files.map((file) => (file.format === 'parquet' ? file : { ...file, serial: true })),
      );
    }
    // DuckDB fails on line breaks of more than one kind: such a file is read from a copy.
    if (!(error instanceof BilateralError)) {
      const mixed = await Promise.all(
        files.map((file) =>
          file.format === 'parquet' || file.relined === true
            ? false
            : mixedLineEnds(file).catch(() => false),
        ),
      );
      if (mixed.includes(true)) {
        return again(files.map((file, i) => (mixed[i] ? { ...file, relined: true } : file)));
      }
    }
    return fromDuckDB(connection, files, await unpacking, error);
  }
}
