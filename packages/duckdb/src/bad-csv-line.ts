/**
 * The first line of a CSV or TSV bulk file that DuckDB cannot read, in Bilateral's words. Private
 * to the package.
 *
 * @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import type { BulkFile } from './bulk-files.js';
import { rejectingReader } from './bulk-sql.js';
import { physicalLines, unclosedQuote } from './physical-lines.js';

/** The temporary table DuckDB puts the lines it cannot read in (and `<name>_scans`). */
const REJECTS = 'bilateral_rejects';

/** The core engine's words for a quoted field opened on `line` and never closed. */
const neverClosed = (line: number | string) =>
  `line ${line}: the quoted field opened on line ${line} is never closed (a missing ")`;

/** `1 field`, `48 fields`. */
const fields = (count: string) => `${count} ${count === '1' ? 'field' : 'fields'}`;

/**
 * The first line of `file` that DuckDB rejects, as the core engine says it: `line 33 has 1
 * field but the header has 47` for a line of another width than the header's (DuckDB's sniffer
 * fails on one among the lines it samples, saying only `Error when sniffing file`), a quoted
 * field never closed, else `line N: ` and DuckDB's words; the line as an editor numbers it
 * (DuckDB's own number leaves out the line breaks inside quoted fields). Undefined when DuckDB
 * rejects no line, or cannot read the file even so.
 */
async function rejectedLine(
  connection: DuckDBConnection,
  file: BulkFile,
): Promise<string | undefined> {
  try {
    await connection.run(`SELECT count(*) FROM ${rejectingReader(file, REJECTS)}`);
    const [first] = (
      await connection.runAndReadAll(
        `SELECT line, error_type, error_message FROM ${REJECTS} ORDER BY line, column_idx LIMIT 1`,
      )
    ).getRowObjectsJS();
    if (first === undefined) return undefined;
    const duckdbLine = Number(first.line);
    const lines = await physicalLines(file, [duckdbLine], 'duckdb-lines');
    const line = String(lines.get(duckdbLine) ?? duckdbLine);
    const message = String(first.error_message);
    const width = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
    if (width !== null && /COLUMNS$/.test(String(first.error_type))) {
      return `line ${line} has ${fields(width[2] ?? '')} but the header has ${width[1]}`;
    }
    // "Value with unterminated quote found." past the lines the sniffer samples.
    if (/unterminated quote/.test(message)) return neverClosed(line);
    return `line ${line}: ${message.split('\n')[0]}`;
  } catch {
    // The file fails even so (its sniffer, an unclosed quote, a broken gzip stream).
    return undefined;
  } finally {
    for (const table of [REJECTS, `${REJECTS}_scans`]) {
      await connection.run(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

/**
 * The first line of a CSV or TSV `file` that DuckDB cannot read, as the core engine says it: the
 * line DuckDB rejects ({@link rejectedLine}), else a quoted field never closed (`line 12: the
 * quoted field opened on line 12 is never closed (a missing ")`, where DuckDB says only `Error
 * when sniffing file`). Undefined for Parquet, or when every line reads (the file fails for
 * another reason: the caller says DuckDB's own words). A gzip file cut short is the caller's to
 * refuse first (`gzipProblem`): DuckDB reads what unpacks of it, and names its last line as short.
 */
export async function badCsvLine(
  connection: DuckDBConnection,
  file: BulkFile,
): Promise<string | undefined> {
  if (file.format === 'parquet') return undefined;
  const rejected = await rejectedLine(connection, file);
  if (rejected !== undefined) return rejected;
  const opened = await unclosedQuote(file).catch(() => undefined);
  return opened === undefined ? undefined : neverClosed(opened);
}
