import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';

/**
 * Where `bilateral import` writes, piece by piece, so no string ever holds the whole output: a
 * dataset document (`{ "id", "flows": [ one flow a line ], "title", "sources" }` — the sources
 * and title come last, as they are known only at the end) or, for `*.jsonl`, JSON Lines of flows.
 * It writes to a temporary file beside the output and renames it only once everything is written,
 * so a failed import leaves any earlier output as it was.
 */
export class ImportOutput {
  private flowCount = 0;

  private constructor(
    private readonly output: string,
    private readonly temporary: string,
    private readonly stream: WriteStream,
    private readonly lines: boolean,
  ) {}

  /** Opens the temporary file and writes the document's start. */
  static async open(output: string, id: string): Promise<ImportOutput> {
    const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
    const stream = createWriteStream(temporary);
    try {
      await once(stream, 'open');
    } catch (error) {
      throw new UsageError(
        `cannot write ${shownFile(output)}: ${(error as Error).message}`,
        'FILE_UNWRITABLE',
      );
    }
    const lines = output.toLowerCase().endsWith('.jsonl');
    const writer = new ImportOutput(output, temporary, stream, lines);
    if (!lines) await writer.write(`{\n  "id": ${JSON.stringify(id)},\n  "flows": [`);
    return writer;
  }

  /** How many flows were written. */
  get flows(): number {
    return this.flowCount;
  }

  /** Whether the output is JSON Lines of flows (no sources, no title). */
  get jsonLines(): boolean {
    return this.lines;
  }

  /** Writes a batch of flows, waiting while the disk catches up. */
  async add(flows: readonly TradeFlowJson[]): Promise<void> {
    if (flows.length === 0) return;
    const text = this.lines
      ? `${flows.map((flow) => JSON.stringify(flow)).join('\n')}\n`
      : flows
          .map((flow, at) =>
            this.flowCount + at === 0
              ? `\n    ${JSON.stringify(flow)}`
              : `,\n    ${JSON.stringify(flow)}`,
          )
          .join('');
    this.flowCount += flows.length;
    await this.write(text);
  }

  /** Writes the end (title and sources), closes the file and puts it in place. */
  async finish(title: string, sources: readonly Source[]): Promise<void> {
    if (!this.lines) {
      const shown = JSON.stringify(sources, null, 2).replace(/\n/g, '\n  ');
      await this.write(
        `${this.flowCount === 0 ? '' : '\n  '}],\n  "title": ${JSON.stringify({ en: title })},\n  "sources": ${shown}\n}\n`,
      );
    }
    await this.close();
    try {
      await rename(this.temporary, this.output);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw new UsageError(
        `cannot write ${shownFile(this.output)}: ${(error as Error).message}`,
        'FILE_UNWRITABLE',
      );
    }
  }

  /** Closes and removes the temporary file (the import failed). */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temporary, { force: true });
  }

  private async write(text: string): Promise<void> {
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain'); // rejects when the stream fails meanwhile
    } catch (error) {
      throw new UsageError(
        `cannot write ${shownFile(this.output)}: ${(error as Error).message}`,
        'FILE_UNWRITABLE',
      );
    }
  }

  private async close(): Promise<void> {
    this.stream.end();
    try {
      await once(this.stream, 'finish');
    } catch (error) {
      throw new UsageError(
        `cannot write ${shownFile(this.output)}: ${(error as Error).message}`,
        'FILE_UNWRITABLE',
      );
    }
  }
}
