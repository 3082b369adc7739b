import { rm } from 'node:fs/promises';
import { withoutOptionWords } from '../io/import-flows-csv.js';
import type { ReportRow } from '../io/index.js';
import {
  closeBeside,
  discard,
  discardNow,
  openBeside,
  putInPlace,
  type WrittenBeside,
  writeBeside,
} from './written-beside.js';

/**
 * `bilateral import --report-rows <file>`: every row of every exclusion and note, one JSON object
 * a line (`{"reason":"flow-part","row":5,"line":7,"message":"…"}`, `code` for a note), written to
 * a temporary file beside it and put in place only when the import succeeds; gzipped for a name
 * ending in `.gz` (`rows.jsonl.gz`).
 */
export class ReportRowsFile {
  private constructor(private readonly target: WrittenBeside) {}

  /** Opens the temporary file. */
  static async open(file: string): Promise<ReportRowsFile> {
    return new ReportRowsFile(await openBeside(file));
  }

  /** Writes a batch of rows, waiting while the disk catches up. */
  async add(rows: readonly ReportRow[]): Promise<void> {
    if (rows.length === 0) return;
    // In the command's words, as the report's notes are (commandReport).
    const lines = rows.map((row) => JSON.stringify(withoutOptionWords(row)));
    await writeBeside(this.target, `${lines.join('\n')}\n`);
  }

  /**
   * Closes the file and puts it in place; false when the reader of a pipe stopped reading before
   * the end ({@link putInPlace}).
   */
  async finish(): Promise<boolean> {
    try {
      await closeBeside(this.target);
    } catch (error) {
      await rm(this.target.temporary, { force: true });
      throw error;
    }
    return putInPlace(this.target);
  }

  /** Closes and removes the temporary file (the import failed). */
  async abort(): Promise<void> {
    await discard(this.target);
  }

  /** Removes the temporary file at once (the process is being stopped). */
  abortNow(): void {
    discardNow(this.target);
  }
}
