/**
 * An incremental CSV reader, private to the `io` module: text arrives in chunks (cut anywhere —
 * inside a quoted field, between the CR and the LF of a line break, after a byte-order mark) and
 * complete records come out as soon as their line ends, with the same cells, line numbers and
 * problems as {@link readCsv} gives for the whole text. Only the unfinished last record is held.
 *
 * How: a small state machine follows the chunks to find where the last complete record ends; the
 * text up to there is read by `readCsv` itself (told the line it starts on), so the two readers
 * cannot disagree on a rule.
 *
 * @internal
 */

import { grouped } from '../_internal/count-of.js';
import { lineBreaks } from '../_internal/json-place.js';
import { BilateralError } from '../errors/index.js';
import { type CsvDelimiter, type CsvTable, readCsv } from './_csv.js';
import { guessDelimiter } from './_records.js';

/**
 * The longest record read: past it without a line break, the text is not a table of records (a
 * file of one long line, or a binary one). Reading on would copy the growing record at every
 * chunk, time without end (a 150 MB line did not finish in five minutes).
 */
export const MAX_RECORD_CHARACTERS = 10_000_000;

const LF = 10;
const CR = 13;
const QUOTE = 34;
const DELIMITER_CODE: Readonly<Record<CsvDelimiter, number>> = { ',': 44, '\t': 9, ';': 59 };

/** Where the reader is in the text: what the next character means. */
enum Where {
  /** At the start of a cell: a quote here opens a quoted field. */
  CellStart,
  /** In an unquoted cell, or after a closing quote: up to the next delimiter or line break. */
  Unquoted,
  /** In a quoted field. */
  Quoted,
  /** A quote in a quoted field: doubled (`""`) it is a quote, otherwise it closed the field. */
  QuoteInQuoted,
}

/** The line breaks in `text` as `lineBreaks` counts them; by `indexOf` when it has no CR. */
function countLineBreaks(text: string): number {
  if (text.indexOf('\r') !== -1) return lineBreaks(text, 0, text.length);
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * Complete records as text, when the text holds no quote and no carriage return (past line 1):
 * then each line is a record whose cells are the line split at the delimiter, as `readCsv` reads
 * it, and an empty line is no record.
 */
export interface CsvLines {
  readonly text: string;
  /** The number of the text's first line. */
  readonly line: number;
}

/** Reads CSV that arrives in chunks; see the module's summary. */
export class CsvChunkReader {
  private buffer = '';
  /** How far into `buffer` the state machine has run. */
  private scanned = 0;
  /** Where the last complete record in `buffer` ends. */
  private cut = 0;
  private where = Where.CellStart;
  /** The line `buffer` starts on. */
  private line = 1;
  private delimiterCode = 0;

  /** @param delimiter - the field separator; without one, guessed from the first line as `recordsFromCsv` does */
  constructor(private delimiter?: CsvDelimiter) {
    if (delimiter !== undefined) this.delimiterCode = DELIMITER_CODE[delimiter];
  }

  /** The delimiter in use (known once the first line has arrived). */
  get separator(): CsvDelimiter | undefined {
    return this.delimiter;
  }

  /** Takes a chunk of text; returns the records (and problems) it completed. */
  push(chunk: string): CsvTable {
    return this.read(this.pushText(chunk));
  }

  /** Ends the text: returns the last records and problems (a quoted field never closed). */
  end(): CsvTable {
    return this.read(this.endText());
  }

  /**
   * Takes a chunk of text; returns the complete records it completed as {@link CsvLines} when
   * their text can be split line by line, else read.
   */
  pushLines(chunk: string): CsvTable | CsvLines {
    const piece = this.pushText(chunk);
    return piece.line > 1 && !/["\r]/.test(piece.text) ? piece : this.read(piece);
  }

  /** Ends the text as {@link pushLines} does. */
  endLines(): CsvTable | CsvLines {
    const piece = this.endText();
    return piece.line > 1 && !/["\r]/.test(piece.text) ? piece : this.read(piece);
  }

  private pushText(chunk: string): CsvLines {
    this.buffer += chunk;
    if (this.delimiter === undefined) {
      // The text before this chunk had no line break: only the chunk is looked at.
      if (!/[\r\n]/.test(chunk)) return this.held({ text: '', line: this.line });
      this.choose();
    }
    this.scan(chunk);
    return this.held(this.take(this.cut));
  }

  /** `piece`, unless the unfinished record held is past {@link MAX_RECORD_CHARACTERS}. */
  private held(piece: CsvLines): CsvLines {
    if (this.buffer.length <= MAX_RECORD_CHARACTERS) return piece;
    throw new BilateralError('INVALID_IMPORT', [
      {
        path: [],
        message: `line ${this.line}: a record of more than ${grouped(MAX_RECORD_CHARACTERS)} characters without a line break: is this a CSV file (or one long line, a binary file)?`,
      },
    ]);
  }

  private endText(): CsvLines {
    if (this.delimiter === undefined) this.choose();
    return this.take(this.buffer.length);
  }

  /** Reads the records of a piece of text. */
  private read({ text, line }: CsvLines): CsvTable {
    return text === '' ? { records: [], problems: [] } : readCsv(text, this.delimiter, line);
  }

  private choose(): void {
    const delimiter = guessDelimiter(this.buffer);
    this.delimiter = delimiter;
    this.delimiterCode = DELIMITER_CODE[delimiter];
  }

  /** Takes `buffer` up to `end` (a record boundary), with the line it starts on; keeps the rest. */
  private take(end: number): CsvLines {
    const line = this.line;
    if (end === 0) return { text: '', line };
    const text = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    this.scanned -= Math.min(end, this.scanned);
    this.cut = 0;
    this.line += countLineBreaks(text);
    return { text, line };
  }

  /**
   * Runs the state machine over the text not scanned yet. A record may be cut off before a CR or
   * after an LF outside quotes: `readCsv` ends a record at the end of its text as at a line break,
   * and reads a CR starting the rest (with its LF) as the line break it is. `chunk` is the text
   * just added at the end of `buffer`.
   */
  private scan(chunk: string): void {
    const text = this.buffer;
    const delimiter = this.delimiterCode;
    if (
      this.scanned === text.length - chunk.length &&
      this.scanned > 0 &&
      this.where !== Where.Quoted &&
      this.where !== Where.QuoteInQuoted &&
      !/["\r\n]/.test(chunk)
    ) {
      // The chunk goes on with a record and ends none: only where the reader is changes. The
      // record held is not searched again (nor copied: it stays the pieces it came in).
      if (chunk !== '') {
        this.where =
          chunk.charCodeAt(chunk.length - 1) === delimiter ? Where.CellStart : Where.Unquoted;
      }
      this.scanned = text.length;
      return;
    }
    // A byte-order mark at the very start is no cell's text (`readCsv` drops it).
    let at =
      this.scanned === 0 && this.line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : this.scanned;
    let where = this.where;
    if (where !== Where.Quoted && where !== Where.QuoteInQuoted && text.indexOf('"', at) === -1) {
      // No quote ahead (the common case): the last line break is the last boundary. Only the text
      // not scanned yet is searched: a record held over many chunks is not searched again each time.
      const lf = text.indexOf('\n', at) === -1 ? -1 : text.lastIndexOf('\n');
      const last = Math.max(lf, text.indexOf('\r', at) === -1 ? -1 : text.lastIndexOf('\r'));
      if (last >= at) this.cut = text.charCodeAt(last) === LF ? last + 1 : last;
      if (text.length > Math.max(at, last + 1)) {
        where = text.charCodeAt(text.length - 1) === delimiter ? Where.CellStart : Where.Unquoted;
      } else if (last >= at) where = Where.CellStart;
      this.where = where;
      this.scanned = text.length;
      return;
    }
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (where === Where.Quoted) {
        const quote = text.indexOf('"', at);
        if (quote === -1) at = text.length;
        else {
          where = Where.QuoteInQuoted;
          at = quote + 1;
        }
        continue;
      }
      if (where === Where.QuoteInQuoted) {
        if (code === QUOTE) {
          where = Where.Quoted;
          at += 1;
          continue;
        }
        where = Where.Unquoted; // the field closed: the character is read again below
      }
      if (code === QUOTE && where === Where.CellStart) where = Where.Quoted;
      else if (code === delimiter) where = Where.CellStart;
      else if (code === LF) {
        where = Where.CellStart;
        this.cut = at + 1;
      } else if (code === CR) {
        where = Where.CellStart;
        this.cut = at;
      } else where = Where.Unquoted;
      at += 1;
    }
    this.where = where;
    this.scanned = at;
  }
}
