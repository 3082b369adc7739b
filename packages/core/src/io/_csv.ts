/**
 * A small RFC 4180 CSV reader, private to the `io` module: comma-separated fields (or tab- or
 * semicolon-separated, when told), fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`), records end with CRLF, LF or CR,
 * a UTF-8 byte-order mark at the start is dropped, and lines with nothing on them are skipped (a
 * line of one quoted empty field, `""`, is a record: a conforming writer writes one so).
 *
 * @internal
 */

import { lineBreaks } from '../_internal/json-place.js';
import { quoteInput } from '../_internal/quote-input.js';

/** One record of the file, with the line it starts on (1-based, counting physical lines). */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A problem with the CSV syntax itself, at a line. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

/** The records of a CSV text (the header is the first one) and any syntax problem found. */
export interface CsvTable {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

/** The field separators the reader accepts: RFC 4180's comma, a tab (Comtrade's bulk files), a semicolon. */
export type CsvDelimiter = ',' | '\t' | ';';

const LF = 10;
const CR = 13;
const DELIMITER_CODE: Readonly<Record<CsvDelimiter, number>> = { ',': 44, '\t': 9, ';': 59 };

/**
 * Reads CSV text into records; problems (an unclosed quote, text after a closing quote) are listed.
 * `firstLine` numbers the text's first line (a piece of a longer file read in parts, see
 * `_csv-stream.ts`); a byte-order mark is dropped on line 1 only.
 */
export function readCsv(input: string, delimiter: CsvDelimiter = ',', firstLine = 1): CsvTable {
  const text = firstLine === 1 && input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = firstLine;
  let recordLine = firstLine;
  /** Whether the record being read has a quoted field (then it is one even if it is empty). */
  let quoted = false;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (quoted || cells.length > 1 || cells[0] !== '') records.push({ cells, line: recordLine });
    cells = [];
    quoted = false;
  };
  const newline = (at: number): number => {
    // Returns the length of the line break at `at` (0 when there is none).
    if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
    return text[at] === '\n' ? 1 : 0;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell === '') {
      // A quoted field: runs to the next quote that is not doubled.
      const openedOn = line;
      quoted = true;
      i += 1;
      let closed = false;
      while (i < text.length) {
        const quote = text.indexOf('"', i);
        const end = quote === -1 ? text.length : quote;
        cell += text.slice(i, end);
        line += lineBreaks(text, i, end);
        i = end;
        if (quote === -1) break;
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        i += 1;
        closed = true;
        break;
      }
      if (!closed) {
        problems.push({
          line: openedOn,
          message: `the quoted field opened on line ${openedOn} is never closed (a missing ")`,
        });
        endRecord();
        return { records, problems };
      }
      // After the closing quote only the delimiter, a line break or the end may follow.
      let stray = '';
      while (i < text.length && text[i] !== delimiter && newline(i) === 0) {
        stray += text[i];
        i += 1;
      }
      if (stray !== '') {
        problems.push({
          line,
          message: `unexpected text ${quoteInput(stray)} after a closing quote (a quote inside a quoted field must be doubled: "")`,
        });
      }
      continue;
    }
    if (char === delimiter) {
      endCell();
      i += 1;
      continue;
    }
    const breakLength = newline(i);
    if (breakLength > 0) {
      endRecord();
      i += breakLength;
      line += 1;
      recordLine = line;
      continue;
    }
    // An unquoted run: up to the next delimiter or line break, taken in one slice.
    let end = i + 1;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === DELIMITER_CODE[delimiter] || code === LF || code === CR) break;
      end += 1;
    }
    cell += text.slice(i, end);
    i = end;
  }
  endRecord();
  return { records, problems };
}
