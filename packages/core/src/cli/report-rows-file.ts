import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { reportRowsOf } from '../io/_report.js';
import type { ImportReport, ReportRow } from '../io/index.js';
import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';

/**
 * `bilateral import --report-rows <file>`: every row of every exclusion and note, one JSON object
 * a line (`{"reason":"flow-part","row":5,"line":7,"message":"…"}`, `code` for a note), written to
 * a temporary file beside it and put in place only when the import succeeds.
 */
export class ReportRowsFile {
  private constructor(
    private readonly file: string,
    private readonly temporary: string,
    private readonly stream: WriteStream,
  ) {}

  /** Opens the temporary file. */
  static async open(file: string): Promise<ReportRowsFile> {
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    const stream = createWriteStream(temporary);
    try {
      await once(stream, 'open');
    } catch (error) {
      throw unwritable(file, error);
    }
    return new ReportRowsFile(file, temporary, stream);
  }

  /** Writes a batch of rows, waiting while the disk catches up. */
  async add(rows: readonly ReportRow[]): Promise<void> {
    if (rows.length === 0) return;
    const text = `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch (error) {
      throw unwritable(this.file, error);
    }
  }

  /** Writes the rows of a report that lists every row (an import read whole). */
  async addReport(report: ImportReport): Promise<void> {
    await this.add([...reportRowsOf(report)]);
  }

  /** Closes the file and puts it in place. */
  async finish(): Promise<void> {
    this.stream.end();
    try {
      await once(this.stream, 'finish');
      await rename(this.temporary, this.file);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw unwritable(this.file, error);
    }
  }

  /** Closes and removes the temporary file (the import failed). */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temporary, { force: true });
  }

  /** Removes the temporary file at once (the process is being stopped). */
  abortNow(): void {
    this.stream.destroy();
    rmSync(this.temporary, { force: true });
  }
}

/** The command's error for a file it cannot write. */
function unwritable(file: string, error: unknown): UsageError {
  return new UsageError(
    `cannot write ${shownFile(file)}: ${(error as Error).message}`,
    'FILE_UNWRITABLE',
  );
}
