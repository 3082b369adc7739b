/**
 * The line of a CSV or TSV bulk file that a record starts on, as an editor numbers it (and the
 * core engine names it): DuckDB numbers records and lines as if a quoted field never held a line
 * break. Private to the package.
 *
 * @internal
 */

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { BulkFile } from './bulk-files.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const TAB = 9;
const COMMA = 44;
const SEMICOLON = 59;

/**
 * How DuckDB numbers a place in a file: `records`, the 0-based record after the header (a row
 * number of `read_csv`, blank lines not counted); `duckdb-lines`, the `line` of DuckDB's rejects
 * table (one plus the line breaks outside quoted fields before it, blank lines counted).
 */
export type DuckdbNumbering = 'records' | 'duckdb-lines';

/** Where the scan is within a line: what the next byte means. */
enum Where {
  /** At the start of a cell: a quote here opens a quoted field. */
  CellStart,
  /** In an unquoted cell, or after a quoted field's closing quote. */
  Unquoted,
  /** In a quoted field. */
  Quoted,
  /** A quote in a quoted field: doubled (`""`) it is a quote, otherwise it closed the field. */
  QuoteInQuoted,
}

/**
 * The index of the last byte after `from` before the next line break or `stop` (or the end of
 * the chunk): the bytes of a cell that change nothing, skipped in one tight loop.
 */
function skipTo(chunk: Buffer, from: number, stop: number): number {
  let at = from + 1;
  while (at < chunk.length) {
    const byte = chunk[at] as number;
    if (byte === LF || byte === CR || byte === stop) break;
    at += 1;
  }
  return at - 1;
}

/** A line of a CSV or TSV file that is not blank, as {@link scanLines} reads it. */
interface ScannedRecord {
  /** Its line as DuckDB numbers it, and its record (-1 for the header; see {@link DuckdbNumbering}). */
  readonly duckdbLine: number;
  readonly record: number;
  /** The line it starts on (1-based, counting every line break: LF, CRLF or CR). */
  readonly line: number;
  /** How many fields it has: one more than its delimiters outside quoted fields. */
  readonly fields: number;
}

/**
 * Streams one CSV or TSV file (gunzipped when `.gz`) and calls `onRecord` at the end of each
 * line that is not blank (see {@link ScannedRecord}), until `onRecord` returns true. Returns the
 * line a quoted field that the file ends in opened on (a missing closing quote), else undefined.
 *
 * Quoting follows DuckDB's reader as a bulk read sets it (`quote = '"'`, `escape = '"'`) and the
 * core's: a quote opens a quoted field only at the start of a cell, and `""` inside one is a quote.
 */
async function scanLines(
  file: BulkFile,
  onRecord: (record: ScannedRecord) => boolean,
): Promise<number | undefined> {
  const delimiter =
    file.separator === ';'
      ? SEMICOLON
      : (file.separator ?? (file.format === 'tsv' ? '\t' : ',')) === '\t'
        ? TAB
        : COMMA;
  let where = Where.CellStart;
  /** Physical line of the byte being read, and the one the last quoted field opened on. */
  let line = 1;
  let quotedFrom = 1;
  /** Whether the byte before was a CR (a LF after it ends no further line). */
  let afterCr = false;
  /** The current line as DuckDB numbers it, the records before it, and where it started. */
  let logical = 1;
  // Excel's `sep=` line comes before the header (record -1).
  let records = file.separator === undefined ? -1 : -2;
  let startLine = 1;
  /** Whether the current logical line has a byte other than a line break (is a record). */
  let content = false;
  /** The delimiters outside quoted fields in the current logical line. */
  let delimiters = 0;
  /** Calls `onRecord` with the current logical line (a record). */
  const ended = () =>
    onRecord({ duckdbLine: logical, record: records, line: startLine, fields: delimiters + 1 });
  const stream: Readable = file.gzip
    ? createReadStream(file.path).pipe(createGunzip())
    : createReadStream(file.path);
  try {
    let first = true;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // A byte-order mark is no part of the header's first cell (which may be quoted).
      const bom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      for (let i = bom ? 3 : 0; i < chunk.length; i += 1) {
        const byte = chunk[i] as number;
        if (byte === LF || byte === CR) {
          const counts = !(byte === LF && afterCr);
          afterCr = byte === CR;
          if (!counts) continue;
          line += 1;
          if (where === Where.Quoted) continue;
          // The end of a logical line: the next one starts on the next physical line.
          if (content && ended()) return undefined;
          if (content) records += 1;
          logical += 1;
          where = Where.CellStart;
          content = false;
          delimiters = 0;
          startLine = line;
          continue;
        }
        afterCr = false;
        content = true;
        if (where === Where.Quoted) {
          if (byte === QUOTE) where = Where.QuoteInQuoted;
          else i = skipTo(chunk, i, QUOTE);
        } else if (where === Where.QuoteInQuoted && byte === QUOTE) {
          where = Where.Quoted;
        } else if (byte === delimiter) {
          where = Where.CellStart;
          delimiters += 1;
        } else if (byte === QUOTE && where === Where.CellStart) {
          where = Where.Quoted;
          quotedFrom = line;
        } else {
          where = Where.Unquoted;
          i = skipTo(chunk, i, delimiter);
        }
      }
    }
    // The last line, when no line break ends it.
    if (content && ended()) return undefined;
  } finally {
    stream.destroy();
  }
  return where === Where.Quoted ? quotedFrom : undefined;
}

/**
 * Where each of the places `wanted`, numbered as `numbering` says, starts in one CSV or TSV file
 * (gunzipped when `.gz`): its line (1-based, counting every line break: LF, CRLF or CR), its
 * record (0-based after the header, blank lines not counted, as the core numbers rows) and how
 * many fields it has (as the core counts them, where DuckDB stops one past the header's). The file
 * is streamed, and only up to the last place wanted: memory stays flat on a file of any size. A
 * place the file does not reach is left out of the map.
 */
export async function placesInFile(
  file: BulkFile,
  wanted: readonly number[],
  numbering: DuckdbNumbering,
): Promise<
  Map<number, { readonly line: number; readonly record: number; readonly fields: number }>
> {
  const found = new Map<number, { line: number; record: number; fields: number }>();
  const targets = [...new Set(wanted)].sort((a, b) => a - b);
  let next = 0;
  if (targets.length === 0) return found;
  await scanLines(file, ({ duckdbLine, record, line, fields }) => {
    const number = numbering === 'records' ? record : duckdbLine;
    while (next < targets.length && (targets[next] as number) < number) next += 1;
    if (targets[next] === number) {
      found.set(number, { line, record, fields });
      next += 1;
    }
    return next === targets.length;
  });
  return found;
}

/**
 * The line on which a quoted field opened that is never closed (the file ends inside it: a
 * missing `"`), or undefined. Reads the whole file, streamed.
 */
export function unclosedQuote(file: BulkFile): Promise<number | undefined> {
  return scanLines(file, () => false);
}
