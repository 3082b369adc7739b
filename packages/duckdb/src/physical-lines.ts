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

/** A line of a CSV or TSV file that is not blank, as {@link LineScan} reads it. */
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
 * A line break outside quoted fields, as {@link LineScan} meets it: a CR, a LF, or the LF of a
 * CRLF (whose CR ended the line).
 */
type LineBreak = 'cr' | 'lf' | 'crlf-lf';

/** Whether a file's records are separated by Excel's `sep=` delimiter, a tab or a comma. */
type Delimited = Pick<BulkFile, 'separator' | 'format'>;

/**
 * The lines of one CSV or TSV file, read chunk after chunk (unpacked): calls `onRecord` at the end
 * of each line that is not blank (see {@link ScannedRecord}), and `onBreak` at each line break
 * outside quoted fields with its index in the chunk.
 *
 * Quoting follows DuckDB's reader as a bulk read sets it (`quote = '"'`, `escape = '"'`) and the
 * core's: a quote opens a quoted field only at the start of a cell, and `""` inside one is a quote.
 */
class LineScan {
  private readonly delimiter: number;
  private where = Where.CellStart;
  /** Physical line of the byte being read, and the one the last quoted field opened on. */
  private line = 1;
  private quotedFrom = 1;
  /** Whether the byte before was a CR (a LF after it ends no further line). */
  private afterCr = false;
  /** The current line as DuckDB numbers it, the records before it, and where it started. */
  private logical = 1;
  private records: number;
  private startLine = 1;
  /** Whether the current logical line has a byte other than a line break (is a record). */
  private content = false;
  /** The delimiters outside quoted fields in the current logical line. */
  private delimiters = 0;
  /** Whether no chunk has been read (a byte-order mark may start the next). */
  private first = true;

  constructor(
    file: Delimited,
    private readonly onRecord: (record: ScannedRecord) => boolean = () => false,
    private readonly onBreak?: (at: number, kind: LineBreak) => void,
  ) {
    this.delimiter =
      file.separator === ';'
        ? SEMICOLON
        : (file.separator ?? (file.format === 'tsv' ? '\t' : ',')) === '\t'
          ? TAB
          : COMMA;
    // Excel's `sep=` line comes before the header (record -1).
    this.records = file.separator === undefined ? -1 : -2;
  }

  /** Calls `onRecord` with the current logical line (a record): whether to stop. */
  private ended(): boolean {
    return this.onRecord({
      duckdbLine: this.logical,
      record: this.records,
      line: this.startLine,
      fields: this.delimiters + 1,
    });
  }

  /** Reads the next chunk of the file: whether `onRecord` asked to stop. */
  read(chunk: Buffer): boolean {
    const { delimiter, onBreak } = this;
    // A byte-order mark is no part of the header's first cell (which may be quoted).
    const bom = this.first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    this.first = false;
    let { where, line, afterCr } = this;
    try {
      for (let i = bom ? 3 : 0; i < chunk.length; i += 1) {
        const byte = chunk[i] as number;
        if (byte === LF || byte === CR) {
          const counts = !(byte === LF && afterCr);
          afterCr = byte === CR;
          if (!counts) {
            if (where !== Where.Quoted) onBreak?.(i, 'crlf-lf');
            continue;
          }
          line += 1;
          if (where === Where.Quoted) continue;
          onBreak?.(i, byte === CR ? 'cr' : 'lf');
          // The end of a logical line: the next one starts on the next physical line.
          if (this.content && this.ended()) return true;
          if (this.content) this.records += 1;
          this.logical += 1;
          where = Where.CellStart;
          this.content = false;
          this.delimiters = 0;
          this.startLine = line;
          continue;
        }
        afterCr = false;
        this.content = true;
        if (where === Where.Quoted) {
          if (byte === QUOTE) where = Where.QuoteInQuoted;
          else i = skipTo(chunk, i, QUOTE);
        } else if (where === Where.QuoteInQuoted && byte === QUOTE) {
          where = Where.Quoted;
        } else if (byte === delimiter) {
          where = Where.CellStart;
          this.delimiters += 1;
        } else if (byte === QUOTE && where === Where.CellStart) {
          where = Where.Quoted;
          this.quotedFrom = line;
        } else {
          where = Where.Unquoted;
          i = skipTo(chunk, i, delimiter);
        }
      }
      return false;
    } finally {
      Object.assign(this, { where, line, afterCr });
    }
  }

  /**
   * At the end of the file: calls `onRecord` with its last line when no line break ends it, and
   * returns the line a quoted field that the file ends in opened on (a missing closing quote),
   * else undefined.
   */
  end(): number | undefined {
    if (this.content && this.ended()) return undefined;
    return this.where === Where.Quoted ? this.quotedFrom : undefined;
  }
}

/** The bytes of a CSV or TSV file (gunzipped when `.gz`), streamed. */
function fileBytes(file: BulkFile): Readable {
  return file.gzip ? createReadStream(file.path).pipe(createGunzip()) : createReadStream(file.path);
}

/**
 * Streams one CSV or TSV file (gunzipped when `.gz`) through a {@link LineScan} until its
 * `onRecord` returns true. Returns the line a quoted field that the file ends in opened on (a
 * missing closing quote), else undefined.
 */
async function scanLines(
  file: BulkFile,
  onRecord: (record: ScannedRecord) => boolean,
): Promise<number | undefined> {
  const scan = new LineScan(file, onRecord);
  const stream = fileBytes(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (scan.read(chunk)) return undefined;
    }
    return scan.end();
  } finally {
    stream.destroy();
  }
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

/**
 * Whether the line breaks of a CSV or TSV file outside its quoted fields are of more than one
 * kind (LF, CRLF, CR), which DuckDB cannot read (`The CSV Parser state machine reached an invalid
 * state`, or no record at all when they differ before the header). Streams the file (gunzipped
 * when `.gz`) up to the first line break that differs from one before it, or to its end.
 */
export async function mixedLineEnds(file: BulkFile): Promise<boolean> {
  const seen = new Set<'lf' | 'crlf' | 'cr'>();
  let previous: LineBreak | undefined;
  const scan = new LineScan(file, undefined, (_at, kind) => {
    // A CR is a line end of its own unless the LF of a CRLF follows it.
    if (previous === 'cr' && kind !== 'crlf-lf') seen.add('cr');
    if (kind !== 'cr') seen.add(kind === 'lf' ? 'lf' : 'crlf');
    previous = kind;
  });
  const stream = fileBytes(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      scan.read(chunk);
      if (seen.size > 1) return true;
    }
  } finally {
    stream.destroy();
  }
  if (previous === 'cr') seen.add('cr');
  return seen.size > 1;
}

const LF_BYTES = Buffer.from('\n');

/**
 * A step of a stream pipeline that writes the bytes of a CSV or TSV file (unpacked) with each
 * line break outside its quoted fields a LF (a CRLF or a CR made one), for DuckDB to read in its
 * place when {@link mixedLineEnds}: every line keeps its number, every field its bytes (a line
 * break inside a quoted field is the field's, and stays), a byte-order mark stays.
 */
export function toLineFeeds(
  file: Delimited,
): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* relined(source) {
    let chunk: Buffer = Buffer.alloc(0);
    let parts: Buffer[] = [];
    let from = 0;
    const scan = new LineScan(file, undefined, (at, kind) => {
      if (kind === 'lf') return;
      if (at > from) parts.push(chunk.subarray(from, at));
      if (kind === 'cr') parts.push(LF_BYTES);
      from = at + 1;
    });
    for await (const read of source) {
      chunk = read;
      parts = [];
      from = 0;
      scan.read(chunk);
      if (parts.length === 0 && from === 0) {
        yield chunk;
        continue;
      }
      parts.push(chunk.subarray(from));
      yield Buffer.concat(parts);
    }
  };
}
