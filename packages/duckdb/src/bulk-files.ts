/**
 * Finds the bulk files behind the paths given (files, or folders of them) and tells CSV from TSV
 * by the header line. Private to the package.
 *
 * @internal
 */

import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { BilateralError, type BilateralIssue } from '@bilateral/core';
import {
  BULK_FILE_NAME,
  bulkFilesIn,
  headerIssues,
  quoteInput,
  readReason,
} from '@bilateral/core/node';

/** A bulk file as DuckDB reads it. */
export interface BulkFile {
  /** The path as DuckDB is given it (absolute). */
  readonly path: string;
  /** `csv` (comma-separated), `tsv` (tab-separated, Comtrade's bulk `.txt`) or `parquet`. */
  readonly format: 'csv' | 'tsv' | 'parquet';
  /**
   * Whether the file is gzip-compressed: told by its first bytes (1F 8B), as the core engine tells
   * it, whatever its name (`.gz` or not).
   */
  readonly gzip: boolean;
  /**
   * Whether its header has a `qty` column (CSV and TSV; not set for Parquet, whose columns DuckDB
   * reads): a quantity is written as missing only in a file that has one, as the core reads a file.
   */
  readonly hasQty?: boolean;
  /**
   * The delimiter named by Excel's first line `sep=,` (`sep=` and a tab or semicolon), when the
   * file starts with one: the line is skipped, the header is line 2, and lines keep the file's
   * numbers, as the core engine reads it.
   */
  readonly separator?: ',' | '\t' | ';';
  /**
   * How many lines come before the header, when any: Excel's `sep=` line and the empty lines
   * after it (or at the start of a file without one), which the core reads as no records.
   */
  readonly skip?: number;
  /**
   * The names of its header's cells (CSV and TSV), trimmed and unquoted, with the empty names at
   * its end (a trailing comma), which name no column: a record has as many fields as the named
   * ones, or as all of them with those past the named ones empty, as the core reads a file.
   */
  readonly columns?: readonly string[];
  /**
   * Whether it is read by one thread: DuckDB's parallel reader refuses to pad a short record
   * beside a quoted field holding a line break (set when it has refused a read).
   */
  readonly serial?: boolean;
  /**
   * Whether its line breaks outside quoted fields are of more than one kind (LF, CRLF, CR), of
   * which DuckDB reads no record (when the lines before the header, Excel's `sep=` line and empty
   * lines, end otherwise than the header) or fails: a bulk read gives DuckDB a copy with every
   * such line break a LF (`readPath`), so that every line keeps its number.
   */
  readonly relined?: boolean;
  /** The copy of the file DuckDB reads in its place (`relined`), while a bulk read lasts. */
  readonly readPath?: string;
}

const SNIFF_BYTES = 64 * 1024;

/** The first file bytes (a read) of a file; `gzip` whether they are gzip's (1F 8B). */
async function fileStart(path: string): Promise<{ read: Buffer; gzip: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const read = buffer.subarray(0, bytesRead);
    return { read, gzip: read[0] === 0x1f && read[1] === 0x8b };
  } finally {
    await handle.close();
  }
}

/**
 * The first bytes of a file's text (gunzipped when it is gzip) and whether they are the whole
 * file, or why they cannot be had (the error thrown).
 */
async function firstBytes(start: {
  read: Buffer;
  gzip: boolean;
}): Promise<{ bytes: Buffer; whole: boolean }> {
  const { read, gzip } = start;
  return {
    bytes: gzip ? gunzipSync(read, { finishFlush: constants.Z_SYNC_FLUSH }) : read,
    whole: read.length < SNIFF_BYTES,
  };
}

/** The first bytes a NUL is looked for in, as the core's commands look (`refuseNotText`). */
const NUL_BYTES = 4096;

/**
 * Why the first bytes of a file are no UTF-8 table of records, in the core engine's words, or
 * undefined: UTF-16 (a byte-order mark FF FE or FE FF, as a spreadsheet's "Unicode text" is
 * saved; or a NUL, as UTF-16 puts between ASCII letters, or a binary file), which DuckDB reads
 * as something else or says no more of than that sniffing failed; empty or white space only
 * (`whole`: the bytes are the whole file), which DuckDB reads as a file without the columns.
 */
function notRecords(bytes: Buffer, whole: boolean): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'is UTF-16 text: DuckDB reads UTF-8; save it as UTF-8';
  }
  if (bytes.subarray(0, NUL_BYTES).includes(0)) {
    return 'is not UTF-8 text (it looks like UTF-16, or a binary file): save it as UTF-8';
  }
  if (
    whole &&
    bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim() === ''
  ) {
    return bytes.length === 0 ? 'is empty' : 'is empty (nothing but white space)';
  }
  return undefined;
}

/**
 * The header's unnamed and repeated columns in the core engine's words (`headerIssues`: `columns
 * 16, 22 have no name`, `column "primaryValue" appears twice (columns 21, 23)`), empty names at the
 * end (a trailing comma) left out as the core leaves them: DuckDB would name an unnamed column
 * itself, and rename a repeated one and read the first.
 */
function headerProblems(names: readonly string[]): string[] {
  return headerIssues(namedColumns(names)).map((issue) => issue.message);
}

/** A header's names without the empty names at its end (a trailing comma), as the core reads a header. */
export function namedColumns(names: readonly string[]): string[] {
  const named = [...names];
  while (named.length > 1 && named.at(-1) === '') named.pop();
  return named;
}

/** The column names of a header's cells: trimmed, unquoted. */
function headerNames(cells: readonly string[]): string[] {
  return cells.map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replaceAll('""', '"'),
  );
}

/** The delimiters Excel's first line `sep=…` may name and a bulk read reads. */
const SEPARATORS = [',', '\t', ';'] as const;

/**
 * The delimiter a first line that is Excel's naming it (`sep=,`, `sep=\t`, `sep=;`) names, or
 * why it is refused (another delimiter, in the core's words); undefined for any other line.
 */
function separatorLine(line: string): BulkFile['separator'] | { problem: string } | undefined {
  const named = /^sep=(.)$/s.exec(line)?.[1];
  if (named === undefined) return undefined;
  const separator = SEPARATORS.find((each) => each === named);
  return (
    separator ?? {
      problem: `: line 1, ${quoteInput(line)}, names ${quoteInput(named)} as the delimiter, which is not read: save the file separated by commas or tabs`,
    }
  );
}

/**
 * The bulk file at `path`, or why it is none, in words after its name (`is empty`, `: the header
 * …`): one reason, or one per unnamed or repeated column of its header.
 */
async function describeFile(path: string): Promise<BulkFile | string | string[]> {
  const match = BULK_FILE_NAME.exec(path);
  if (match === null) {
    return 'is not a bulk file: expected .csv, .tsv, .txt (tab-separated) or .parquet, optionally gzipped (.gz)';
  }
  const extension = (match[1] as string).toLowerCase();
  if (extension === 'parquet') {
    return match[2] !== undefined
      ? 'is a gzipped Parquet file: Parquet compresses its own columns; unzip it'
      : { path, format: 'parquet', gzip: false };
  }
  let start: { read: Buffer; gzip: boolean };
  try {
    start = await fileStart(path);
  } catch (error) {
    return `cannot be read: ${readReason(path, error as NodeJS.ErrnoException)}`;
  }
  const { gzip } = start;
  let first: { bytes: Buffer; whole: boolean };
  try {
    first = await firstBytes(start);
  } catch (error) {
    return `cannot be read as gzip: ${readReason(path, error as NodeJS.ErrnoException)}`;
  }
  const { bytes, whole } = first;
  const why = notRecords(bytes, whole);
  if (why !== undefined) return why;
  const parts = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/(\r\n?|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const named = separatorLine(lines[0] ?? '');
  if (typeof named === 'object') return named.problem;
  // Empty lines before the header are no records, as the core reads them.
  let skip = named === undefined ? 0 : 1;
  while (lines[skip] === '' && skip < lines.length - 1) skip += 1;
  const header = lines[skip] ?? '';
  // DuckDB reads no record of a file whose skipped lines and header end differently (and fails on
  // one whose later lines do, which a bulk read finds then).
  const ends = parts.filter((_, i) => i % 2 === 1).slice(0, skip + 1);
  const relined = skip > 0 && ends.some((end) => end !== ends[0]);
  if (named === undefined && !/[,\t]/.test(header) && header.includes(';')) {
    // DuckDB would read one column, and name a later line as one of another width.
    return `: the header has one column, ${quoteInput(header)}: the fields look separated by semicolons; save the file as comma-separated CSV`;
  }
  const format = (named ?? header).includes('\t') ? 'tsv' : 'csv';
  const names = headerNames(header.split(named ?? (format === 'tsv' ? '\t' : ',')));
  const problems = headerProblems(names);
  if (problems.length > 0) return problems.map((problem) => `: ${problem}`);
  const hasQty = names.some((name) => name.toLowerCase() === 'qty');
  return {
    path,
    format,
    gzip,
    hasQty,
    columns: names,
    ...(named === undefined ? {} : { separator: named }),
    ...(skip === 0 ? {} : { skip }),
    ...(relined ? { relined } : {}),
  };
}

/**
 * The bulk files at the paths: each file as given, each folder's bulk files (recursively, in name
 * order). Every path that is missing, unreadable or not a bulk file is an issue.
 */
export async function listBulkFiles(paths: string | readonly string[]): Promise<BulkFile[]> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const issues: BilateralIssue[] = [];
  if (!Array.isArray(list) || list.length === 0) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['paths'], message: 'give a bulk file, a folder of them, or a list of either' },
    ]);
  }
  const files: BulkFile[] = [];
  const seen = new Set<string>();
  for (const [index, given] of list.entries()) {
    if (typeof given !== 'string' || given === '') {
      issues.push({ path: ['paths', index], message: 'expected the path of a file or folder' });
      continue;
    }
    const path = resolve(given);
    let kind: 'file' | 'folder';
    try {
      kind = (await stat(path)).isDirectory() ? 'folder' : 'file';
    } catch {
      // Node reads the command line as UTF-8: a name's bytes that are not (Latin-1) arrive as U+FFFD.
      const why = given.includes('\uFFFD')
        ? ' by this name, which holds \uFFFD where the command line had bytes that are not UTF-8 (a Latin-1 name): rename it in UTF-8'
        : '';
      issues.push({ path: ['paths', index], message: `${given}: no such file or folder${why}` });
      continue;
    }
    let candidates: string[];
    try {
      candidates = kind === 'file' ? [path] : await bulkFilesIn(path);
    } catch (error) {
      const why = readReason(given, error as NodeJS.ErrnoException);
      issues.push({
        path: ['paths', index],
        message: `${given}: the folder cannot be read: ${why}`,
      });
      continue;
    }
    if (candidates.length === 0) {
      issues.push({
        path: ['paths', index],
        message: `${given}: the folder holds no .csv, .tsv, .txt or .parquet file (gzipped or not)`,
      });
    }
    for (const candidate of candidates) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const file = await describeFile(candidate);
      if (typeof file === 'object' && !Array.isArray(file)) files.push(file);
      else {
        for (const why of typeof file === 'string' ? [file] : file) {
          const joint = why.startsWith(':') ? '' : ' ';
          issues.push({ path: ['paths', index], message: `${basename(candidate)}${joint}${why}` });
        }
      }
    }
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  return files;
}
