/**
 * The SQL of a bulk read: the readers of each kind of file, the Comtrade fields as trimmed text,
 * and the checks and reasons of every record. Private to the package.
 *
 * @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import { type BulkFile, namedColumns } from './bulk-files.js';

/** The Comtrade fields a bulk read uses; any other column is not read. */
const FIELDS = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'reporterDesc',
  'flowCode',
  'partnerCode',
  'partnerISO',
  'partnerDesc',
  'partner2Code',
  'classificationCode',
  'cmdCode',
  'cmdDesc',
  'customsCode',
  'motCode',
  'primaryValue',
  'fobvalue',
  'cifvalue',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'netWgt',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
  'isOriginalClassification',
] as const;

/** A Comtrade field the bulk reader reads. */
type Field = (typeof FIELDS)[number];

/**
 * Fields without which no record can be read, each with the fields that can stand for it, as the
 * core reads a file without it (the reporter from `reporterISO`, the period from `refYear` or
 * `refPeriodId`, the value from `fobvalue` or `cifvalue`).
 */
const REQUIRED_FIELDS: readonly (readonly [Field, ...Field[]])[] = [
  ['reporterCode', 'reporterISO'],
  ['partnerCode', 'partnerISO'],
  ['flowCode'],
  ['period', 'refYear', 'refPeriodId'],
  ['cmdCode'],
  ['primaryValue', 'fobvalue', 'cifvalue'],
];

/** The required fields (`REQUIRED_FIELDS`) none of whose names is `found`, named as the core names them: `primaryValue (or fobvalue, cifvalue)`. */
const absentFields = (found: ReadonlyMap<string, string>): string[] =>
  REQUIRED_FIELDS.filter((fields) => !fields.some((field) => found.has(field))).map(
    ([first, ...others]) => (others.length === 0 ? first : `${first} (or ${others.join(', ')})`),
  );

/** A SQL string literal. */
export const sqlText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * The characters the core's importer trims from either end of a field, as JavaScript's
 * `String#trim` does (ECMAScript's white space and line terminators): tab, LF, VT, FF, CR, space,
 * no-break space, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
 * DuckDB's `trim(text)` strips spaces only.
 */
export const TRIMMED =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * {@link TRIMMED} as a class of a regular expression (RE2's, as DuckDB's `regexp_*` read it), runs
 * of code points as ranges: `[\\x{9}-\\x{d}\\x{20}…]`.
 */
const TRIMMED_CLASS = (() => {
  const codes = [...TRIMMED].map((char) => char.codePointAt(0) ?? 0);
  const hex = (code: number) => `\\x{${code.toString(16)}}`;
  let text = '';
  for (let at = 0; at < codes.length; ) {
    let end = at;
    while ((codes[end + 1] ?? -1) === (codes[end] ?? 0) + 1) end += 1;
    text += end > at ? `${hex(codes[at] ?? 0)}-${hex(codes[end] ?? 0)}` : hex(codes[at] ?? 0);
    at = end + 1;
  }
  return `[${text}]`;
})();

/**
 * A field's text (`NULL` stays `NULL`) trimmed as the core trims it ({@link TRIMMED}): text that
 * is empty, or starts and ends with a printable ASCII character other than a space, as nearly all
 * does, is taken as it is at first sight (one regular expression, which costs no more than
 * DuckDB's `trim`); other text has the characters removed at either end by a second.
 * `trim(text, characters)` took some 5 µs a field, twenty times as long.
 */
export const trimmed = (text: string): string =>
  `CASE WHEN regexp_full_match(${text}, '(?s)([!-~](.*[!-~])?)?') THEN ${text}
    ELSE regexp_replace(${text}, '^${TRIMMED_CLASS}+|${TRIMMED_CLASS}+$', '', 'g') END`;

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The name a bulk read gives the column past the header's, to see a record of a field more ({@link readColumns}). */
const EXTRA = 'bilateral_extra';

/** The text an empty field is not (so it reads as `''`, and a field a short record lacks as `NULL`). */
const NOT_EMPTY = 'bilateral:null';

/**
 * The columns a CSV or TSV file is read with: its header's names (a name given again in other
 * letters, `MotCode` after `motCode`, made unique as DuckDB's sniffer made it: the first is
 * read), those of the empty names at its end made up (`bilateral_trailing_1` …), and
 * {@link EXTRA} last. A made-up name that the header has (in any letters) gets `_` added until it
 * has none.
 */
function readColumns(columns: readonly string[]): string[] {
  const named = namedColumns(columns).length;
  const taken = new Set(columns.map((name) => name.toLowerCase()));
  const madeUp = (name: string) => {
    let unique = name;
    while (taken.has(unique.toLowerCase())) unique = `${unique}_`;
    taken.add(unique.toLowerCase());
    return unique;
  };
  const seen = new Set<string>();
  const unique = (name: string, i: number) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return madeUp(`${name}_bilateral_${i + 1}`);
    seen.add(key);
    return name;
  };
  return [
    ...columns.map((name, i) =>
      i < named ? unique(name, i) : madeUp(`bilateral_trailing_${i - named + 1}`),
    ),
    madeUp(EXTRA),
  ];
}

/**
 * The table function that reads files of one format, delimiter and header (`readGroups`). A CSV
 * or TSV file is read by its header's names and a column more ({@link readColumns}), without
 * sniffing, a record short of fields padded with `NULL`s and an empty field read as `''`
 * ({@link NOT_EMPTY}): {@link widthSql} tells a record of another width than the header's, which
 * DuckDB would read without a word when its one field more is empty (`…,` at the end), and refuse
 * when it is short. With `rejects` (one CSV or TSV file), the file is read as DuckDB's sniffer
 * reads it, and the lines it cannot read go to the temporary table of that name instead of failing
 * the read. A file starting with Excel's `sep=` line is read with the delimiter it names, from
 * line 2 (DuckDB's lines keep the file's numbers).
 */
function reader(files: readonly BulkFile[], rejects?: string): string {
  const list = `[${files.map((file) => sqlText(file.readPath ?? file.path)).join(', ')}]`;
  const { format, separator, skip: lines, columns, serial } = files[0] ?? { format: 'csv' };
  if (format === 'parquet') {
    return `read_parquet(${list}, union_by_name = true, filename = true, file_row_number = true)`;
  }
  const delimiter = separator ?? (format === 'tsv' ? '\t' : ',');
  const delim = delimiter === '\t' ? `E'\\t'` : sqlText(delimiter);
  const skip = lines === undefined ? '' : `skip = ${lines}, `;
  // Gzip as the bytes tell it (`BulkFile.gzip`), not DuckDB's guess from the name; a copy read in
  // a file's place is plain text.
  const packed = files[0]?.gzip === true && files[0]?.readPath === undefined;
  const csv = `delim = ${delim}, quote = '"', escape = '"', header = true, ${skip}all_varchar = true, compression = '${packed ? 'gzip' : 'none'}'`;
  if (rejects !== undefined) {
    return `read_csv(${list}, ${csv}, store_rejects = true, rejects_table = ${sqlText(rejects)}, rejects_scan = ${sqlText(`${rejects}_scans`)})`;
  }
  if (columns === undefined)
    return `read_csv(${list}, ${csv}, union_by_name = true, filename = true)`;
  const named = readColumns(columns).map((name) => `${sqlText(name)}: 'VARCHAR'`);
  return `read_csv(${list}, ${csv}, columns = {${named.join(', ')}}, auto_detect = false, null_padding = true, nullstr = ${sqlText(NOT_EMPTY)}, ${serial === true ? 'parallel = false, ' : ''}filename = true)`;
}

/**
 * Whether a record of a CSV or TSV file read with `columns` ({@link reader}) has another number of
 * fields than its header, as the core counts them: the named columns', or all of them with those
 * past the named ones empty (a trailing comma); `false` for other files.
 */
function widthSql(columns: readonly string[] | undefined): string {
  if (columns === undefined) return 'false';
  const names = readColumns(columns);
  const named = namedColumns(columns).length;
  const trailing = names.slice(named, -1).map(ident);
  const last = ident(names[named - 1] ?? '');
  const past =
    trailing.length === 0
      ? ''
      : ` OR NOT (${trailing.map((c) => `${c} IS NULL`).join(' AND ')}
        OR ${trailing.map((c) => `coalesce(${trimmed(c)} = '', false)`).join(' AND ')})`;
  return `(${last} IS NULL OR ${ident(names.at(-1) ?? '')} IS NOT NULL${past})`;
}

/**
 * Whether a record of a CSV or TSV file read with `columns` ({@link reader}) is its header again
 * (two files joined into one), as the core finds it: each named column's field, trimmed, its name
 * in any case; `false` for other files. The first column is matched loosely first, so that the
 * other records cost one `ILIKE`.
 */
function headerAgainSql(columns: readonly string[] | undefined): string {
  if (columns === undefined) return 'false';
  const names = namedColumns(columns);
  const first = names[0];
  if (first === undefined) return 'false';
  const same = names.map(
    (name) =>
      `coalesce(lower(${trimmed(ident(name))}) = ${sqlText(name.trim().toLowerCase())}, false)`,
  );
  const like = sqlText(`%${first.trim().replaceAll(/[%_\\]/g, '\\$&')}%`);
  return `CASE WHEN ${ident(first)} ILIKE ${like} ESCAPE '\\' THEN ${same.join(' AND ')} ELSE false END`;
}

/** The files read together by one {@link reader}: of one format, `sep=` line and header. */
function readGroups(files: readonly BulkFile[]): BulkFile[][] {
  const groups = new Map<string, BulkFile[]>();
  for (const file of files) {
    const packed = file.gzip && file.readPath === undefined;
    const key = [
      file.format,
      packed,
      file.separator ?? '',
      file.skip ?? 0,
      ...(file.columns ?? []),
    ].join('\u0000');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [file]);
    else group.push(file);
  }
  return [...groups.values()];
}

/**
 * The reader of one CSV or TSV file as a bulk read reads it, that puts the lines it cannot read
 * in the temporary table `table` (DuckDB's `store_rejects`, and `<table>_scans`) instead of
 * failing: its sniffer then reads the file, where one bad line among the lines it samples made it
 * fail.
 */
export function rejectingReader(file: BulkFile, table: string): string {
  return reader([file], table);
}

/**
 * What a record's row in the read of `group` (files of one reader) exceeds its row in its file
 * by, as SQL to subtract (`''` when none does): the records of the files before its own
 * (`records`, by path).
 */
function before(group: readonly BulkFile[], records: ReadonlyMap<string, number>): string {
  let offset = 0;
  const whens: string[] = [];
  for (const file of group) {
    if (offset > 0) whens.push(`WHEN ${sqlText(file.readPath ?? file.path)} THEN ${offset}`);
    offset += records.get(file.path) ?? 0;
  }
  return whens.length === 0 ? '' : ` - CASE filename ${whens.join(' ')} ELSE 0 END`;
}

/**
 * `has_qty` of the records of `group`, files of one format of which one at least has a `qty`
 * column: `true`, or which files have one where some have none (a CSV or TSV file's header says,
 * a Parquet file's schema), so a file without one has no quantity written as missing.
 */
async function withQty(
  connection: DuckDBConnection,
  group: readonly BulkFile[],
  format: BulkFile['format'],
): Promise<string> {
  if (group.length === 1) return 'true';
  const paths =
    format === 'parquet'
      ? (
          await connection.runAndReadAll(
            `SELECT DISTINCT file_name FROM parquet_schema([${group.map((file) => sqlText(file.path)).join(', ')}]) WHERE lower(name) = 'qty'`,
          )
        )
          .getRowsJS()
          .map(([path]) => String(path))
      : group.filter((file) => file.hasQty !== false).map((file) => file.readPath ?? file.path);
  if (paths.length === 0) return 'false';
  return paths.length === group.length
    ? 'true'
    : `filename IN (${paths.map((path) => sqlText(path)).join(', ')})`;
}

/**
 * A query yielding the Comtrade fields of the files as text (`NULL` where a file has no such
 * column), the file's name, whether the file has a `qty` column (`has_qty`) and, for Parquet
 * or when `records` is given, the 0-based row of each record in its file (`file_row`).
 * Returns the query, the fields no file has, and the name each field has in the files (as the
 * first file that has it spells it: `Qty`).
 *
 * `records` holds how many records each file has (by path, as a survey of the same read counted
 * them): files of one format and header are read by one reader, in their order and each record
 * in its place, so a record's row in its file is its row in the read less the records of the
 * files before its own. One read of every file, planned once, numbers them all.
 */
export async function sourceSql(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  records?: ReadonlyMap<string, number>,
): Promise<{ sql: string; absent: string[]; names: ReadonlyMap<string, string> }> {
  const parts: string[] = [];
  const found = new Map<string, string>();
  for (const group of readGroups(files)) {
    const format = group[0]?.format;
    const from = reader(group);
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
    const columns = new Map(
      described.getRowObjectsJS().map((row) => [String(row.column_name).toLowerCase(), row]),
    );
    const fields = FIELDS.map((field) => {
      const column = columns.get(field.toLowerCase());
      if (column === undefined) return `NULL::VARCHAR AS ${field}`;
      if (!found.has(field)) found.set(field, String(column.column_name));
      return `CAST(${ident(String(column.column_name))} AS VARCHAR) AS ${field}`;
    });
    const hasQty =
      columns.has('qty') && format !== undefined
        ? await withQty(connection, group, format)
        : 'false';
    const row =
      format === 'parquet'
        ? 'file_row_number AS file_row'
        : records !== undefined
          ? `row_number() OVER () - 1${before(group, records)} AS file_row`
          : 'NULL::BIGINT AS file_row';
    const width = widthSql(group[0]?.columns);
    const again = headerAgainSql(group[0]?.columns);
    // A copy read in a file's place (`readPath`) is named as the file.
    const copies = group.flatMap((file) =>
      file.readPath === undefined
        ? []
        : [`WHEN ${sqlText(file.readPath)} THEN ${sqlText(file.path)}`],
    );
    const filename =
      copies.length === 0
        ? 'filename'
        : `CASE filename ${copies.join(' ')} ELSE filename END AS filename`;
    parts.push(
      `SELECT ${filename}, ${row}, ${hasQty} AS has_qty, ${group[0]?.separator === ';'} AS semicolons, ${width} AS bad_width, ${again} AS header_again, ${fields.join(', ')} FROM ${from}`,
    );
  }
  return {
    sql: parts.join('\nUNION ALL\n'),
    absent: absentFields(found),
    names: found,
  };
}

const FLOW_CODES = `('X', 'M', 'RX', 'RM', 'DX', 'FM', 'XIP', 'XOP', 'MIP', 'MOP')`;
/** The flow codes of the exports and their parts, as an SQL list (the others: the imports'). */
export const EXPORT_FLOW_CODES = `('X', 'RX', 'DX', 'XIP', 'XOP')`;
/**
 * The amounts the core reads besides primaryValue, in its order (`readComtradeRow`: cifvalue and
 * fobvalue before primaryValue, the quantity and net weight after it): field, column of the
 * checked records, and what it holds, for the core's words (`readAmountText`).
 */
export const AMOUNTS = [
  ['cifvalue', 'cif', 'a trade value'],
  ['fobvalue', 'fob', 'a trade value'],
  ['qty', 'qty', 'a quantity'],
  ['netWgt', 'net_wgt', 'a weight'],
] as const;

/** The whole numbers the core reads among the quantities: field and column. */
const INTEGERS = [
  ['qtyUnitCode', 'qty_unit_code'],
  ['legacyEstimationFlag', 'legacy_flag'],
] as const;

/** The fields the core reads as true or false (`true`, `false`, `1`, `0`): field and column. */
const BOOLEANS = [
  ['isQtyEstimated', 'qty_estimated'],
  ['isReported', 'is_reported'],
  ['isAggregate', 'is_aggregate'],
  ['isOriginalClassification', 'is_original'],
] as const;

/**
 * The fields a refused record's words quote as the file writes them, white space and a
 * spreadsheet's `.0` and all, as the core quotes a field that is not a whole number or not true
 * or false (`" x " is not a whole number`): field and column of the checked records, whose
 * `<column>_written` holds the field untrimmed ({@link rowsSql}) as JSON text: DuckDB's client
 * hands JavaScript a text that starts with U+FEFF without it.
 */
const QUOTED_AS_WRITTEN = [
  ['refYear', 'ref_year'],
  ['refMonth', 'ref_month'],
  ['reporterCode', 'reporter_code'],
  ['partnerCode', 'partner_code'],
  ['partner2Code', 'partner2_code'],
  ['motCode', 'mot_code'],
  ...INTEGERS,
  ...BOOLEANS,
] as const;

/** A field (trimmed: {@link rowsSql}) without a spreadsheet's `.0` after a whole number. */
const whole = (field: string) => `regexp_replace(coalesce(${field}, ''), '\\.0+$', '')`;

/**
 * The period of a record (YYYY or YYYYMM) as the core reads it: `period`, or when it is empty the
 * one `refYear`, `refMonth` and `refPeriodId` give (annual or monthly as `freqCode` says, else
 * `refMonth` 52 or a month, else annual when there is a `refYear`; the year from `refYear`, else
 * `refPeriodId`; the month from `refMonth`, else `refPeriodId`), or '' when they give none (the
 * checks then say what is missing, or which of them is bad).
 */
function periodSql(): string {
  const [freq, year, month, id] = [
    "upper(coalesce(freqCode, ''))",
    whole('refYear'),
    whole('refMonth'),
    whole('refPeriodId'),
  ];
  // refYear and refMonth as the core reads whole numbers (`02023`, `+3`, `003`); text that is
  // none stays as it is, for the checks of those fields to name.
  const number = (text: string) => `coalesce(CAST(${integer(text)} AS VARCHAR), ${text})`;
  const annual = `CASE WHEN ${freq} <> '' THEN ${freq} = 'A' WHEN ${month} <> '' THEN ${integer(month)} = 52
    WHEN ${year} <> '' THEN true END`;
  const fromId = `regexp_full_match(${id}, '[0-9]{8}')`;
  const y = `CASE WHEN ${year} <> '' THEN ${number(year)} WHEN ${fromId} THEN substr(${id}, 1, 4) ELSE '' END`;
  const m = `CASE WHEN ${month} <> '' THEN lpad(${number(month)}, 2, '0') WHEN ${fromId} THEN substr(${id}, 5, 2) ELSE '' END`;
  return `CASE WHEN ${whole('period')} <> '' THEN ${whole('period')}
    WHEN (${annual}) IS NULL OR NOT regexp_full_match(${y}, '[0-9]{4}') THEN ''
    WHEN ${annual} THEN ${y}
    WHEN regexp_full_match(${m}, '0[1-9]|1[0-2]') THEN ${y} || ${m}
    ELSE '' END`;
}

/**
 * A field's text as a whole number as the core reads one (digits after a sign, at most 2^53 - 1),
 * else NULL: DuckDB's cast alone rounds `2023.5` to 2024 and reads `2_023`, `0x7E7` and `2.023e3`.
 */
const integer = (text: string) =>
  `CASE WHEN regexp_full_match(${text}, '[+-]?[0-9]+') AND abs(TRY_CAST(${text} AS HUGEINT)) <= 9007199254740991 THEN CAST(${text} AS BIGINT) END`;

/** A value written in full: digits, and a point and digits after it. */
const PLAIN = `'[0-9]+(\\.[0-9]+)?'`;

/**
 * A value as plain decimal text (`PLAIN`) when it is a non-negative number as the core reads one
 * (`+5`, `5.`, `.5`, minus zero `-0.0` as `0`, the exponent form of a spreadsheet such as
 * `5.12345E+10`, read as written by moving the point: `51234500000`, an exponent of any number of
 * digits: `1e-0002` is `0.01`); other text as it is. A value past the core's range stays past it:
 * the point moves at most 40 places beyond the digits (`1e999999999` is a 1 and 40 zeros, not a
 * billion), and an exponent of more than 9 digits (leading zeros aside) is a billion, as the core
 * refuses it (`fromExponentText`); zeros with any exponent are `0`.
 */
function plainSql(text: string): string {
  const whole = `regexp_extract(${text}, '^\\+?([0-9]*)', 1)`;
  const fraction = `regexp_extract(${text}, '\\.([0-9]*)', 1)`;
  const digits = `(${whole} || ${fraction})`;
  const exponentDigits = `ltrim(regexp_extract(${text}, '[eE][+-]?([0-9]+)$', 1), '0')`;
  const exponent = `(CASE WHEN length(${exponentDigits}) > 9 THEN 1000000000
    ELSE coalesce(TRY_CAST(nullif(${exponentDigits}, '') AS BIGINT), 0) END
    * CASE WHEN regexp_matches(${text}, '[eE]-') THEN -1 ELSE 1 END)`;
  const point = `least(greatest(length(${whole}) + ${exponent}, -40), length(${digits}) + 40)`;
  return `CASE WHEN ${text} IS NULL OR regexp_full_match(${text}, ${PLAIN}) THEN ${text}
    WHEN starts_with(${text}, '-') AND regexp_full_match(${text}, '-(0+\\.?0*|\\.0+)([eE][+-]?[0-9]+)?') THEN '0'
    WHEN NOT regexp_full_match(${text}, '\\+?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?') THEN ${text}
    WHEN NOT regexp_matches(${digits}, '[1-9]') THEN '0'
    WHEN ${point} >= length(${digits}) THEN ${digits} || repeat('0', ${point} - length(${digits}))
    WHEN ${point} <= 0 THEN '0.' || repeat('0', -${point}) || ${digits}
    ELSE substr(${digits}, 1, ${point}) || '.' || substr(${digits}, ${point} + 1) END`;
}

/** A field's text (trimmed: {@link rowsSql}), `NULL` when it is empty. */
const given = (field: string) => `nullif(${field}, '')`;

/**
 * The fields of each record as trimmed text (each field trimmed once, as the core trims it:
 * {@link trimmed}), its value text (after the fallback, which the core
 * takes only for a flow code it reads: the export codes' fobvalue, the import codes' cifvalue;
 * matched by regular expressions, where a list of five codes or more, `IN (…)`, becomes a join
 * that DuckDB computes for every record) as written and as plain decimal text (`value_plain`),
 * whether it is in exponent form, and the other amounts, whole numbers and flags as written, the
 * amounts as plain decimal text too (`<column>_plain` of each of `AMOUNTS`). Each plain text is a
 * column of its own, which the checks and notes name: written out in each of them (eight times),
 * it made a query DuckDB took 0.23 s of CPU to plan (of each read), where it takes 0.05 s.
 */
export function rowsSql(source: string): string {
  return `SELECT *, ${plainSql('value_text')} AS value_plain,
  ${AMOUNTS.map(([, column]) => `${plainSql(`${column}_text`)} AS ${column}_plain`).join(',\n  ')},
  strpos(value_text, 'E') + strpos(value_text, 'e') > 0 AS exponent
FROM (SELECT filename, file_row, has_qty, semicolons, bad_width, header_again,
  upper(coalesce(typeCode, '')) AS type_code,
  upper(coalesce(freqCode, '')) AS freq_code,
  ${whole('period')} AS period_given,
  ${periodSql()} AS period_text,
  ${whole('refYear')} AS ref_year,
  ${whole('refMonth')} AS ref_month,
  ${whole('refPeriodId')} AS ref_period_id,
  ${whole('reporterCode')} AS reporter_code,
  upper(coalesce(reporterISO, '')) AS reporter_iso,
  ${whole('partnerCode')} AS partner_code,
  upper(coalesce(partnerISO, '')) AS partner_iso,
  upper(coalesce(flowCode, '')) AS flow_code,
  coalesce(cmdCode, '') AS cmd_text,
  -- A spreadsheet's 901.0 is 901, as the core reads it; TOTAL.0 is no code.
  CASE WHEN strpos(cmdCode, '.') > 0 AND regexp_full_match(cmdCode, '[0-9]+\\.0+') THEN regexp_replace(cmdCode, '\\.0+$', '')
    ELSE coalesce(cmdCode, '') END AS cmd_code,
  upper(coalesce(classificationCode, '')) AS classification,
  coalesce(nullif(${whole('motCode')}, ''), '0') AS mot_code,
  upper(coalesce(${given('customsCode')}, 'C00')) AS customs_code,
  coalesce(nullif(${whole('partner2Code')}, ''), '0') AS partner2_code,
  ${given('primaryValue')} IS NULL AS value_missing,
  coalesce(${given('primaryValue')},
    CASE WHEN regexp_full_match(upper(flowCode), 'X|RX|DX|XIP|XOP') THEN ${given('fobvalue')}
      WHEN regexp_full_match(upper(flowCode), 'M|RM|FM|MIP|MOP') THEN ${given('cifvalue')} END) AS value_text,
  ${AMOUNTS.map(([field, column]) => `${given(field)} AS ${column}_text`).join(', ')},
  ${[...INTEGERS, ...BOOLEANS].map(([field, column]) => `coalesce(${field}, '') AS ${column}`).join(', ')},
  upper(coalesce(qtyUnitAbbr, '')) AS qty_unit_abbr,
  -- As the flow's note writes them: the unit as given, the commodity's description.
  ${given('qtyUnitAbbr')} AS qty_unit_words,
  ${given('cmdDesc')} AS cmd_desc,
  -- A group or area of UN Comtrade is named by its description, as the core names it.
  ${given('reporterDesc')} AS reporter_desc,
  ${given('partnerDesc')} AS partner_desc,
  ${QUOTED_AS_WRITTEN.map(([, column]) => `${column}_written`).join(', ')}
FROM (SELECT filename, file_row, has_qty, semicolons, bad_width, header_again,
  ${FIELDS.map((field) => `${trimmed(field)} AS ${field}`).join(',\n  ')},
  ${QUOTED_AS_WRITTEN.map(([field, column]) => `to_json(${field}) AS ${column}_written`).join(', ')}
  FROM (${source})))`;
}

/** A query of the most decimal places, the records and the distinct codes, per file. */
export function surveySql(rows: string): string {
  return `SELECT filename, count(*) AS records,
  max(CASE WHEN regexp_full_match(value_plain, ${PLAIN})
    THEN CASE WHEN strpos(value_plain, '.') > 0 THEN length(value_plain) - strpos(value_plain, '.') ELSE 0 END END) AS decimals,
  list(DISTINCT [reporter_code, reporter_iso]) AS reporters,
  list(DISTINCT [partner_code, partner_iso]) AS partners
FROM (${rows}) GROUP BY filename`;
}

/**
 * `text` (plain decimal text: `plainSql`) as an exact DECIMAL(38, scale), or NULL when it is no
 * number or does not fit; text of another form may be NULL where TRY_CAST reads it (`1e37` at
 * scale 0, `.9999999999999999999` at scale 18, through DECIMAL(18, scale)). Text of at most 18
 * digits at that scale goes through DuckDB's 64-bit DECIMAL(18, scale) first, the same
 * value, cast from text some ten times faster than straight to 38 digits; past scale 18 there is
 * no such DECIMAL (DuckDB refuses to bind one). Plain text of more digits before the point than
 * DECIMAL(38, scale) holds (leading zeros aside) is NULL without a cast: DuckDB took some 150 µs
 * a value to fail it (a refused read of 10,000 such values spent seconds on it, in each read).
 */
export function decimalSql(text: string, scale: number): string {
  const wide = `regexp_full_match(${text}, '0*[1-9][0-9]{${38 - scale},}(\\.[0-9]*)?')`;
  const cast = `CASE WHEN ${wide} THEN NULL ELSE TRY_CAST(${text} AS DECIMAL(38, ${scale})) END`;
  if (scale > 18) return cast;
  const digits = `(CASE WHEN strpos(${text}, '.') > 0 THEN strpos(${text}, '.') - 1 ELSE length(${text}) END + ${scale})`;
  return `CASE WHEN ${digits} <= 18 THEN TRY_CAST(TRY_CAST(${text} AS DECIMAL(18, ${scale})) AS DECIMAL(38, ${scale}))
    ELSE ${cast} END`;
}

/** The most digits before and after the decimal point of a value the core reads (`toDecimal`). */
const MAX_DIGITS = 36;

/** Whether plain text (`plainSql`) is past the core's range: 10^36 or more, or more than 36 decimal places. */
const pastSql = (plain: string) =>
  `(length(ltrim(split_part(${plain}, '.', 1), '0')) > ${MAX_DIGITS}
    OR length(rtrim(split_part(${plain}, '.', 2), '0')) > ${MAX_DIGITS})`;

/**
 * Plain text (`plainSql`) of an amount the core reads: within its range, at most 36 digits before
 * the point (leading zeros aside) and after it (trailing zeros aside), in one regular expression.
 */
const IN_RANGE = `'0*[0-9]{1,${MAX_DIGITS}}(\\.[0-9]{1,${MAX_DIGITS}}0*)?'`;

/** Whether plain text (`plainSql`) is an amount the core reads: plain, and within its range. */
const readsSql = (plain: string) => `regexp_full_match(${plain}, ${IN_RANGE})`;

/**
 * Whether an amount's text (trimmed) is one the core refuses in a file separated by semicolons
 * (`semicolons`, {@link sourceSql}): a point before three digits after one to three, not 0
 * (`491.900`), which a European spreadsheet writes for 491,900 (`readAmountText`).
 */
const thousandsSql = (text: string) =>
  `(semicolons AND regexp_full_match(${text}, '[1-9][0-9]{0,2}\\.[0-9]{3}'))`;

/**
 * Whether an amount (`AMOUNTS`: its column's `<column>_text`, `NULL` when empty) is given and no
 * amount the core reads: text in full within the range, as nearly every one is, at first sight
 * (one regular expression, some 50 ns; `ltrim` of the digits took six times as long); other
 * text as its plain text (`<column>_plain`, {@link rowsSql}).
 */
const notAmount = (column: string) =>
  `CASE WHEN ${column}_text IS NULL THEN false WHEN ${readsSql(`${column}_text`)} THEN ${thousandsSql(`${column}_text`)}
    ELSE NOT ${readsSql(`${column}_plain`)} END`;

/** Whether a field's trimmed text is given and none of the core's true or false (`true`, `1`, `false`, `0`). */
const notBoolean = (column: string) =>
  `CASE WHEN regexp_full_match(${column}, '(true|false|1|0)?') THEN false
    ELSE lower(${column}) NOT IN ('true', 'false') END`;

/** The classificationCode of an HS edition, as the core takes one: HS, H0 … H9. */
const HS_EDITIONS = `('HS', ${Array.from({ length: 10 }, (_, i) => `'H${i}'`).join(', ')})`;

/**
 * The columns of a checked record (`problemsSql`) that the words of a refused record read (its
 * place, problems, fields as read and as written, key and value): DuckDB plans and runs a read
 * of these alone in half the time of a read of every column, a refusal of a small file in some
 * 0.3 s of CPU where it took 0.6 s.
 */
export const REFUSED_COLUMNS = [
  'filename',
  'file_row',
  'semicolons',
  'problem',
  'problems',
  'type_code',
  'freq_code',
  'period_given',
  'period_text',
  'ref_period_id',
  'year_number',
  'month_number',
  'reporter_code',
  'reporter_iso',
  'partner_code',
  'partner_iso',
  'cmd_text',
  'cmd_code',
  'classification',
  'value_text',
  'value_plain',
  'decimals',
  ...AMOUNTS.map(([, column]) => `${column}_text`),
  ...QUOTED_AS_WRITTEN.map(([, column]) => `${column}_written`),
  'reporter',
  'partner',
  'flow_code',
  'period',
  'commodity',
] as const;

/** A check of a record: the problem it names (a SQL expression, a code naming the field) and when. */
type Check = readonly [problem: string, when: string];

/**
 * The checks of a record in the core's order (`readComtradeRow`: typeCode, reporter, partner,
 * flowCode, the period fields, cmdCode, motCode, partner2Code, cifvalue, fobvalue, primaryValue,
 * qtyUnitCode, qty, netWgt, isQtyEstimated, legacyEstimationFlag, isReported, isAggregate,
 * isOriginalClassification), in groups that name
 * at most one problem each (their first check that holds: a field is bad in one way). The last
 * group of the period (`compare`) compares its fields, which the core does only when each
 * reads (no check of `period` holds).
 */
function checkGroups(scale: number): {
  codes: Check[][];
  period: Check[][];
  compare: Check[];
  rest: Check[][];
} {
  const mapped = (status: string) => `${status} IN ('economy', 'fallback', 'group')`;
  const code = (problem: string, when: string): Check => [sqlText(problem), when];
  // The decimal places a value needs: zeros past its last digit are none (`0.50…0` is 0.5).
  const places = "length(rtrim(split_part(value_plain, '.', 2), '0'))";
  // A whole number as the core reads one (`integer`), `-1` and `0` at first sight.
  const notWhole = (column: string) =>
    `CASE WHEN ${column} IN ('', '0') OR regexp_full_match(${column}, '-?[0-9]{1,9}') THEN false
      ELSE ${integer(`regexp_replace(${column}, '\\.0+$', '')`)} IS NULL END`;
  return {
    codes: [
      [code('typeCode', "type_code NOT IN ('', 'C', 'S')")],
      [[`'reporter:' || reporter_status`, `NOT ${mapped('reporter_status')}`]],
      [[`'partner:' || partner_status`, `NOT ${mapped('partner_status')}`]],
      [code('flowCode', `flow_code NOT IN ${FLOW_CODES}`)],
    ],
    period: [
      [code('freqCode', "freq_code NOT IN ('', 'A', 'M')")],
      [
        code(
          'period',
          "period_given <> '' AND NOT regexp_full_match(period_text, '[0-9]{4}([0-9]{2})?')",
        ),
        code(
          'period:month',
          "length(period_text) = 6 AND substr(period_text, 5, 2) NOT BETWEEN '01' AND '12'",
        ),
      ],
      [code('refYear:number', "ref_year <> '' AND year_number IS NULL")],
      [code('refMonth:number', "ref_month <> '' AND month_number IS NULL")],
      [code('refYear:year', 'year_number NOT BETWEEN 1900 AND 2999')],
      [code('refMonth:month', 'month_number <> 52 AND month_number NOT BETWEEN 1 AND 12')],
      [
        code(
          'refPeriodId:text',
          "NOT id_usual AND NOT regexp_full_match(ref_period_id, '[0-9]{8}')",
        ),
        code(
          'refPeriodId:date',
          `NOT id_usual AND (starts_with(ref_period_id, '0000') OR TRY_CAST(
      substr(ref_period_id, 1, 4) || '-' || substr(ref_period_id, 5, 2) || '-' || substr(ref_period_id, 7, 2)
      AS DATE) IS NULL)`,
        ),
      ],
    ],
    compare: [
      code('period:missing', "period_text = ''"),
      code('period:annual', "freq_code = 'A' AND length(period_text) <> 4"),
      code('period:monthly', "freq_code = 'M' AND length(period_text) <> 6"),
      code('refMonth:annual', 'length(period_text) = 4 AND month_number <> 52'),
      code('refMonth:monthly', 'length(period_text) = 6 AND month_number = 52'),
      code('refYear:differs', 'year_number <> CAST(substr(period_text, 1, 4) AS INTEGER)'),
      code(
        'refPeriodId:year',
        'NOT id_usual AND substr(ref_period_id, 1, 4) <> substr(period_text, 1, 4)',
      ),
      code(
        'refMonth:differs',
        'length(period_text) = 6 AND month_number <> CAST(substr(period_text, 5, 2) AS INTEGER)',
      ),
      code(
        'refPeriodId:month',
        'NOT id_usual AND length(period_text) = 6 AND substr(ref_period_id, 5, 2) <> substr(period_text, 5, 2)',
      ),
    ],
    rest: [
      [
        code(
          'cmdCode',
          "type_code <> 'S' AND NOT (upper(cmd_code) = 'TOTAL' OR regexp_full_match(cmd_code, '[0-9]{1,8}'))",
        ),
        code(
          'classificationCode',
          `type_code <> 'S' AND upper(cmd_code) <> 'TOTAL' AND classification <> '' AND classification NOT IN ${HS_EDITIONS}`,
        ),
      ],
      [code('motCode', 'mot IS NULL')],
      [code('partner2Code', 'partner2 IS NULL')],
      ...AMOUNTS.slice(0, 2).map(([field, column]) => [code(field, notAmount(column))]),
      [
        // No primaryValue, and no fallback the core reads (its own problem, above).
        code(
          'primaryValue:missing',
          `CASE WHEN value_text IS NULL THEN true WHEN NOT value_missing THEN false
            ELSE NOT ${readsSql('value_plain')} OR ${thousandsSql('value_text')} END`,
        ),
        code(
          'primaryValue:text',
          `NOT regexp_full_match(value_plain, ${PLAIN}) OR ${thousandsSql('value_text')}`,
        ),
        code(
          'primaryValue:past',
          `(decimals > ${scale} OR value IS NULL) AND ${pastSql('value_plain')}`,
        ),
        code('primaryValue:scale', `decimals > ${scale} AND ${places} > ${scale}`),
        code('primaryValue:range', 'value IS NULL'),
        // DECIMAL(38, 0) and (38, 1) hold 10^36 and more: past the core's range.
        ...(scale <= 1
          ? [
              code(
                'primaryValue:past',
                `value >= CAST('1${'0'.repeat(MAX_DIGITS)}' AS DECIMAL(38, ${scale}))`,
              ),
            ]
          : []),
      ],
      [code('qtyUnitCode', notWhole('qty_unit_code'))],
      ...AMOUNTS.slice(2).map(([field, column]) => [code(field, notAmount(column))]),
      [code('isQtyEstimated', notBoolean('qty_estimated'))],
      [code('legacyEstimationFlag', notWhole('legacy_flag'))],
      ...BOOLEANS.slice(1).map(([field, column]) => [code(field, notBoolean(column))]),
    ],
  };
}

/** `WHEN … THEN …` of each check. */
const whens = (checks: readonly Check[]) =>
  checks.map(([problem, when]) => `WHEN ${when} THEN ${problem}`).join('\n    ');

/**
 * Every problem of each checked record (`checkedSql`), in the core's order, as the list
 * `problems` beside its columns: the first of each group of checks that holds, and the fields of
 * the period compared only when none of them is bad. Read where records are refused, never on a
 * file that has none.
 */
export function problemsSql(checked: string, scale: number): string {
  const { codes, period, compare, rest } = checkGroups(scale);
  const bad = period
    .flat()
    .map(([, when]) => `(${when})`)
    .join(' OR ');
  const groups = [
    ...[...codes, ...period].map((group) => `CASE ${whens(group)} END`),
    `CASE WHEN ${bad} THEN NULL ${whens(compare)} END`,
    ...rest.map((group) => `CASE ${whens(group)} END`),
  ];
  // A record of another width than the header's, or the header again, is that problem alone, as
  // the core reads none of its fields.
  return `SELECT *, CASE WHEN bad_width THEN ['width'] WHEN header_again THEN ['header'] ELSE list_filter([${groups.join(',\n  ')}], p -> p IS NOT NULL) END AS problems FROM (${checked})`;
}

/** The decimal digits of plain text (`plainSql`) without zeros that do not count: `01000.50` is `1000.5`. */
const digitsSql = (plain: string) =>
  `ltrim(split_part(${plain}, '.', 1), '0') || '.' || rtrim(split_part(${plain}, '.', 2), '0')`;

/** Whether an amount (`AMOUNTS`: its column's plain text, `<column>_plain`) is the value of the record (`value_plain`), as Decimals are equal. */
const isValue = (column: string) =>
  `coalesce(${digitsSql(`${column}_plain`)} = ${digitsSql('value_plain')}, false)`;

/** Whether a true-or-false field's trimmed text is false, as the core reads it (`false`, `0`). */
const isFalse = (column: string) => `lower(${column}) IN ('false', '0')`;

/** What ends the marks of `noted` ({@link NOTED}) and starts the text of the record's note. */
const NOTE_MARK = 'chr(31)';

/**
 * A plain amount (`plainSql`) as the core's note writes it (`Decimal#toFixed`): `0100.50` is
 * `100.5`, `000` is `0`, `1.000` is `1`: one regular expression, which costs less than splitting
 * the text at its point, trimming each part and joining them again (0.4–0.9 s less CPU on 1M
 * records, each with a quantity and a net weight).
 */
export const fixedSql = (plain: string) =>
  `regexp_replace(${plain}, '^0*([0-9]+?)(?:(\\.[0-9]*[1-9])0*|\\.0*)?$', '\\1\\2')`;

/** Zero as plain text (`plainSql`) writes it: `0`, `000`, `0.00`. */
const isZero = (plain: string) => `regexp_full_match(${plain}, '0+(\\.0*)?')`;

/**
 * The note the core's importer writes on the flow of a record, but for why its value is an
 * estimate (which the flow's status tells: {@link FLOW_NOTE} adds it), `''` when it has none: the
 * commodity's description (`cmdDesc`, not on TOTAL), the quantity with its unit (`qtyUnitAbbr`,
 * else `(unit code 8)`) or `quantity not reported`, and the net weight when not 0, each `(estimated
 * by UNSD)` as `isQtyEstimated` and `legacyEstimationFlag` say, joined by `; `.
 */
const RECORD_NOTE = `concat_ws('; ',
  CASE WHEN commodity IS NOT NULL THEN cmd_desc END,
  CASE WHEN missing_quantity THEN 'quantity not reported'
    WHEN qty_text IS NOT NULL THEN 'quantity ' || ${fixedSql('qty_plain')}
      || CASE WHEN qty_unit_words IS NOT NULL THEN ' ' || qty_unit_words
        WHEN qty_unit_code <> '' THEN ' (unit code ' || CAST(${integer("regexp_replace(qty_unit_code, '\\.0+$', '')")} AS VARCHAR) || ')'
        ELSE '' END
      || CASE WHEN lower(qty_estimated) IN ('true', '1') OR legacy_number IN (2, 6) THEN ' (estimated by UNSD)' ELSE '' END
    END,
  CASE WHEN net_wgt_text IS NOT NULL AND NOT ${isZero('net_wgt_plain')} THEN 'net weight ' || ${fixedSql('net_wgt_plain')} || ' kg'
    || CASE WHEN legacy_number IN (4, 6) THEN ' (estimated by UNSD)' ELSE '' END END)`;

/**
 * The note of an imported flow of `bulk_groups` as the core's importer writes it, `NULL` when it
 * has none: its first record's ({@link RECORD_NOTE}, in `noted`), then why its value is an
 * estimate (its status, the fourth mark of `noted`): `converted by UNSD from the HS edition the
 * reporter used` or `estimated by UNSD`.
 */
export const FLOW_NOTE = `nullif(concat_ws('; ',
  CASE WHEN strpos(noted, ${NOTE_MARK}) > 0 THEN substr(noted, strpos(noted, ${NOTE_MARK}) + 1) END,
  CASE substr(noted, 4, 1) WHEN 'c' THEN 'converted by UNSD from the HS edition the reporter used'
    WHEN 'e' THEN 'estimated by UNSD' END), '')`;

/** The marks of `noted` ({@link NOTED}), without the record's note. */
export const NOTED_MARKS = `split_part(noted, ${NOTE_MARK}, 1)`;

/**
 * What the core notes on a record that becomes a flow, as one short text, the same for every
 * record noted alike (so most groups of records have one, compared with `min` and `max`; 12
 * characters or fewer in a clean file, which DuckDB keeps inline): six marks, `-` for none —
 * leading zero restored (`1`), value from `fobvalue`/`cifvalue` (the flow code, `X` or `M`),
 * quantity written as missing (`1`), the status an estimate (`c` converted from the HS edition
 * the reporter used, `e` estimated by UNSD), value in exponent form (`1`), valued the other way
 * (`F` an import valued FOB, `C` an export valued CIF) — then, after `|`, the
 * `legacyEstimationFlag` other than 0, the HS edition of a commodity's code, and the reporter's
 * and the partner's code and ISO text when the ISO text named the economy (`999 VNM`) — then,
 * after {@link NOTE_MARK}, the record's {@link RECORD_NOTE} when it has one (without, the text
 * of a clean record stays short enough for DuckDB to keep inline: 12 bytes).
 */
const NOTED = `CASE WHEN restored THEN '1' ELSE '-' END
  || CASE WHEN value_missing AND value_text IS NOT NULL THEN flow_code ELSE '-' END
  || CASE WHEN missing_quantity THEN '1' ELSE '-' END
  || CASE WHEN commodity IS NOT NULL AND ${isFalse('is_original')} THEN 'c'
      WHEN ${isFalse('is_reported')} AND ${isFalse('is_aggregate')} THEN 'e' ELSE '-' END
  || CASE WHEN exponent THEN '1' ELSE '-' END
  || CASE WHEN value_missing THEN '-'
      WHEN flow_code = 'M' AND fob_text IS NOT NULL AND ${isValue('fob')} AND NOT ${isValue('cif')} THEN 'F'
      WHEN flow_code = 'X' AND cif_text IS NOT NULL AND ${isValue('cif')} AND NOT ${isValue('fob')} THEN 'C'
      ELSE '-' END
  || '|' || CASE WHEN legacy_flag IN ('', '0') THEN ''
      ELSE coalesce(nullif(CAST(${integer("regexp_replace(legacy_flag, '\\.0+$', '')")} AS VARCHAR), '0'), '') END
  || '|' || CASE WHEN commodity IS NOT NULL THEN classification ELSE '' END
  || '|' || CASE WHEN reporter_status = 'fallback' THEN reporter_code || ' ' || reporter_iso ELSE '' END
  || '|' || CASE WHEN partner_status = 'fallback' THEN partner_code || ' ' || partner_iso ELSE '' END
  || coalesce(${NOTE_MARK} || nullif(${RECORD_NOTE}, ''), '')`;

/**
 * The status of an imported flow of `bulk_groups` from its `noted` ({@link NOTED}: its fourth
 * mark), as the core's importer writes it: `estimate` where UNSD converted a commodity code from
 * the reporter's HS edition or estimated the value, else `official`.
 */
export const STATUS =
  "CASE WHEN substr(noted, 4, 1) IN ('c', 'e') THEN 'estimate' ELSE 'official' END";

/**
 * The valuation of an imported flow of `bulk_groups` from its `noted` ({@link NOTED}: its sixth
 * mark) and `flow`, as the core's importer writes it: FOB for an import whose primaryValue is
 * fobvalue and not cifvalue, CIF for an export the other way round, else FOB for exports and CIF
 * for imports.
 */
export const VALUATION = `CASE substr(noted, 6, 1) WHEN 'F' THEN 'FOB' WHEN 'C' THEN 'CIF'
  ELSE CASE flow WHEN 'export' THEN 'FOB' ELSE 'CIF' END END`;

/**
 * Every record with its first problem (a code naming the field, `NULL` when it can be read; its
 * others: `problemsSql`), its exclusion reason (`NULL` when it is imported) and its keys and value
 * as the result holds them. Needs the temporary table `bulk_economies(code, iso, economy, status)`.
 */
export function checkedSql(rows: string, scale: number, totalsOnly: boolean): string {
  const { codes, period, compare, rest } = checkGroups(scale);
  return `SELECT *,
  CASE
    WHEN bad_width THEN 'width'
    ${whens([...codes.flat(), ...period.flat(), ...compare, ...rest.flat()])}
  END AS problem,
  CASE
    WHEN type_code = 'S' THEN 'services'
    WHEN reporter_status = 'group' OR partner_status = 'group' THEN 'group-or-area'
    WHEN reporter = partner THEN 'self-trade'
    WHEN flow_code NOT IN ('X', 'M') THEN 'flow-part'
    WHEN mot <> 0 THEN 'mode-of-transport'
    WHEN customs_code <> 'C00' THEN 'customs-procedure'
    WHEN partner2 <> 0 THEN 'second-partner'
    ${totalsOnly ? "WHEN commodity IS NOT NULL THEN 'commodity-detail'" : ''}
  END AS reason,
  ${NOTED} AS noted
FROM (SELECT r.*,
  re.economy AS reporter, coalesce(re.status, 'missing') AS reporter_status,
  pe.economy AS partner, coalesce(pe.status, 'missing') AS partner_status,
  CASE flow_code WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' END AS flow,
  CASE WHEN length(period_text) = 4 THEN period_text
    ELSE substr(period_text, 1, 4) || '-' || substr(period_text, 5, 2) END AS period,
  CASE WHEN upper(cmd_code) = 'TOTAL' THEN NULL
    WHEN length(cmd_code) % 2 = 1 THEN '0' || cmd_code ELSE cmd_code END AS commodity,
  regexp_full_match(cmd_code, '[0-9]+') AND length(cmd_code) % 2 = 1 AS restored,
  -- The quantity written as missing (qty 0 or empty, qtyUnitCode -1 or qtyUnitAbbr N/A), in a
  -- file with a qty column, as the core notes it.
  CASE WHEN has_qty AND (qty_unit_abbr = 'N/A' OR starts_with(qty_unit_code, '-')
      AND regexp_full_match(qty_unit_code, '-0*1(\\.0+)?'))
    THEN qty_text IS NULL OR regexp_full_match(qty_text, '[+-]?(0+\\.?0*|\\.0+)([eE][+-]?[0-9]+)?')
    ELSE false END AS missing_quantity,
  CASE WHEN strpos(value_plain, '.') > 0 THEN length(value_plain) - strpos(value_plain, '.') ELSE 0 END AS decimals,
  ${decimalSql('value_plain', scale)} AS value,
  -- No refPeriodId, or the first day of the period (as Comtrade writes it): nothing to check
  -- (but in year 0000, which has no days).
  ref_period_id = '' OR (ref_period_id = period_text || CASE WHEN length(period_text) = 4 THEN '0101' ELSE '01' END
    AND NOT starts_with(period_text, '0000')) AS id_usual,
  ${integer('ref_year')} AS year_number,
  ${integer("regexp_replace(legacy_flag, '\\.0+$', '')")} AS legacy_number,
  ${integer('ref_month')} AS month_number,
  ${integer('mot_code')} AS mot,
  ${integer('partner2_code')} AS partner2
FROM (${rows}) AS r
LEFT JOIN bulk_economies AS re ON re.code = r.reporter_code AND re.iso = r.reporter_iso
LEFT JOIN bulk_economies AS pe ON pe.code = r.partner_code AND pe.iso = r.partner_iso)`;
}

/**
 * What the checked records (`checked`: {@link checkedSql}) that can be read and are left out
 * cover, in one row, as the core's importer titles a dataset of no flows: the reporters and the
 * partners that are economies (`reporters`, `partners`: their codes) and those that are groups or
 * areas of UN Comtrade (`reporter_groups`, `partner_groups`: their description, else their ISO
 * text), the directions (of the flow code: RX is a part of the exports), the commodities of goods
 * (`''` for all goods), the periods, and whether services are among them (`services`). A list is
 * `NULL` when it has nothing.
 */
export function leftOutSql(checked: string): string {
  const side = (role: 'reporter' | 'partner') =>
    `list(DISTINCT ${role}) FILTER (WHERE ${role}_status <> 'group') AS ${role}s,
  list(DISTINCT coalesce(${role}_desc, ${role})) FILTER (WHERE ${role}_status = 'group') AS ${role}_groups`;
  return `SELECT ${side('reporter')}, ${side('partner')},
  list(DISTINCT CASE WHEN flow_code IN ${EXPORT_FLOW_CODES} THEN 'export' ELSE 'import' END) AS flows,
  list(DISTINCT coalesce(commodity, '')) FILTER (WHERE reason <> 'services') AS commodities,
  list(DISTINCT period) AS periods, coalesce(bool_or(reason = 'services'), false) AS services
FROM (${checked}) WHERE problem IS NULL AND reason IS NOT NULL`;
}

/**
 * The columns of a checked record that make its key (same reporter, partner, flow, period,
 * commodity and breakdown): of the records of one key, one is imported.
 */
export const KEY_COLUMNS = [
  'reporter',
  'partner',
  'flow_code',
  'period',
  'commodity',
  'mot',
  'customs_code',
  'partner2',
] as const;

/** The key ({@link KEY_COLUMNS}) of a record or group `c` matched with a key `k` (a commodity of none as `''`). */
export const SAME_KEY = KEY_COLUMNS.map((column) =>
  column === 'commodity'
    ? "coalesce(k.commodity, '') = coalesce(c.commodity, '')"
    : `k.${column} = c.${column}`,
).join(' AND ');

/** The 0-based place of a record's file (its `filename`) among `files`, as SQL: file order. */
export const fileIndexSql = (files: readonly BulkFile[]): string =>
  `list_position([${files.map((file) => sqlText(file.path)).join(', ')}], filename) - 1`;

/**
 * Groups the checked records: one group per problem, one per reason of records that have no
 * observation of their own (services, groups and areas), and one per observation (reporter,
 * partner, flow code, period, commodity and breakdown) with its records and lowest and highest
 * value, whose `reporter` is set. A group of the result has neither problem nor reason.
 */
export function groupsSql(checked: string): string {
  const keyed =
    "problem IS NULL AND (reason IS NULL OR reason NOT IN ('services', 'group-or-area'))";
  // `flow` (export, import) follows from `flow_code`: kept for the result.
  const columns = [...KEY_COLUMNS, 'flow'];
  const key = (column: string) => `CASE WHEN ${keyed} THEN ${column} END AS ${column}`;
  return `SELECT problem, reason, ${columns.map(key).join(', ')},
  count(*) AS records, min(value) AS low, max(value) AS high,
  min(noted) AS noted, min(noted) <> max(noted) AS mixed
FROM (${checked}) GROUP BY ALL`;
}
