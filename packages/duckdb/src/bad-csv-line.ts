/**
 * The lines of a CSV or TSV bulk file that DuckDB cannot read, in Bilateral's words. Private to
 * the package.
 *
 * @internal
 */

import { basename } from 'node:path';
import type { BilateralIssue } from '@bilateral/core';
import { widthWords } from '@bilateral/core/node';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BulkFile } from './bulk-files.js';
import { rejectingReader } from './bulk-sql.js';
import { placesInFile, unclosedQuote } from './physical-lines.js';

/** The temporary table DuckDB puts the lines it cannot read in (and `<name>_scans`). */
const REJECTS = 'bilateral_rejects';

/** The core engine's words for a quoted field opened on `line` and never closed. */
const neverClosed = (line: number | string) =>
  `line ${line}: the quoted field opened on line ${line} is never closed (a missing ")`;

/**
 * The lines of `file` that DuckDB rejects, the first `limit` of them in file order and how many
 * there are, as the core engine says them: a line of another width than the header's is a
 * problem of its row (`path` `['rows', 2]`, `widths.csv line 5: has 1 field but the header has
 * 47`; DuckDB's sniffer fails on one among the lines it samples, saying only `Error when sniffing
 * file`), a quoted field never closed or another line DuckDB cannot read one of the file
 * (`widths.csv: line 12: the quoted field …`, `line N: ` and DuckDB's words); the line as an
 * editor numbers it and the row as the core does (DuckDB's own number leaves out the line breaks
 * inside quoted fields). Undefined when DuckDB rejects no line, or cannot read the file even so.
 */
async function rejectedLines(
  connection: DuckDBConnection,
  file: BulkFile,
  limit: number,
): Promise<{ issues: BilateralIssue[]; count: number } | undefined> {
  try {
    await connection.run(`SELECT count(*) FROM ${rejectingReader(file, REJECTS)}`);
    // The first error DuckDB names of each line, and how many lines it rejects.
    const rows = (
      await connection.runAndReadAll(
        `SELECT line, arg_min(error_type, coalesce(column_idx, 0)) AS error_type,
          arg_min(error_message, coalesce(column_idx, 0)) AS error_message, count(*) OVER () AS lines
        FROM ${REJECTS} GROUP BY line ORDER BY line LIMIT ${limit}`,
      )
    ).getRowObjectsJS();
    if (rows.length === 0) return undefined;
    const name = basename(file.path);
    const places = await placesInFile(
      file,
      rows.map((row) => Number(row.line)),
      'duckdb-lines',
    );
    const issues = rows.map((row): BilateralIssue => {
      const place = places.get(Number(row.line));
      const line = String(place?.line ?? row.line);
      const message = String(row.error_message);
      const width = /Expected Number of Columns: (\d+) Found: \d+/.exec(message);
      if (width !== null && /COLUMNS$/.test(String(row.error_type)) && place !== undefined) {
        return {
          path: ['rows', place.record],
          // DuckDB's count stops one past the header's: the line's own count.
          message: `${name} line ${line}: ${widthWords(place.fields, Number(width[1]))}`,
        };
      }
      // "Value with unterminated quote found." past the lines the sniffer samples.
      if (/unterminated quote/.test(message))
        return { path: [], message: `${name}: ${neverClosed(line)}` };
      return { path: [], message: `${name}: line ${line}: ${message.split('\n')[0]}` };
    });
    return { issues, count: Number(rows[0]?.lines) };
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
 * The lines of a CSV or TSV `file` that DuckDB cannot read, as the core engine says them, at
 * most `limit` of them, and how many there are in all (`count`, more than the issues when the
 * file has more than `limit`): the lines DuckDB rejects ({@link rejectedLines}), else a quoted
 * field never closed (`widths.csv: line 12: the quoted field opened on line 12 is never closed (a
 * missing ")`, where DuckDB says only `Error when sniffing file`). Each issue's path is within the
 * file (`['rows', 2]`, or `[]` for the file). Undefined for Parquet, or when every line reads (the
 * file fails for another reason: the caller says DuckDB's own words). A gzip file cut short is
 * the caller's to refuse first (`gzipProblem`): DuckDB reads what unpacks of it, and names its
 * last line as short.
 */
export async function badCsvLines(
  connection: DuckDBConnection,
  file: BulkFile,
  limit: number,
): Promise<{ issues: BilateralIssue[]; count: number } | undefined> {
  if (file.format === 'parquet') return undefined;
  const rejected = await rejectedLines(connection, file, limit);
  if (rejected !== undefined) return rejected;
  const opened = await unclosedQuote(file).catch(() => undefined);
  return opened === undefined
    ? undefined
    : {
        issues: [{ path: [], message: `${basename(file.path)}: ${neverClosed(opened)}` }],
        count: 1,
      };
}
