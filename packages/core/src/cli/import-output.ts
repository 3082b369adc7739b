import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { gzipped, unpackedName } from './output-format.js';
import {
  closeBeside,
  discard,
  discardNow,
  openAgain,
  openBeside,
  putInPlace,
  type WrittenBeside,
  writeBeside,
} from './written-beside.js';

/** The most flows written as one text (about 60 kB). */
const PIECE = 256;

/**
 * Where `bilateral import` writes, piece by piece, so no string ever holds the whole output: a
 * dataset document (`{ "id", "flows": [ one flow a line ], "title", "sources" }` — the sources
 * and title come last, as they are known only at the end) or, for `*.jsonl`, JSON Lines of flows;
 * gzipped as it is written for a name ending in `.gz` (`*.json.gz`, `*.jsonl.gz`).
 * It writes to a temporary file beside the output and renames it only once everything is written,
 * so a failed import leaves any earlier output as it was.
 */
export class ImportOutput {
  private flowCount = 0;

  private constructor(
    private target: WrittenBeside,
    private readonly lines: boolean,
  ) {}

  /** Opens the temporary file and writes the document's start. */
  static async open(output: string, id: string): Promise<ImportOutput> {
    const lines = unpackedName(output).toLowerCase().endsWith('.jsonl');
    const writer = new ImportOutput(await openBeside(output), lines);
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

  /**
   * Writes a batch of flows, waiting while the disk catches up; in pieces of at most
   * {@link PIECE} flows, so no text is large enough to skip V8's young generation.
   */
  async add(flows: readonly TradeFlowJson[]): Promise<void> {
    for (let at = 0; at < flows.length; at += PIECE) {
      await this.addTexts(flows.slice(at, at + PIECE).map((flow) => JSON.stringify(flow)));
    }
  }

  /** Writes flows given as their JSON texts. */
  private async addTexts(texts: readonly string[]): Promise<void> {
    if (texts.length === 0) return;
    const text = this.lines
      ? `${texts.join('\n')}\n`
      : texts
          .map((flow, at) => (this.flowCount + at === 0 ? `\n    ${flow}` : `,\n    ${flow}`))
          .join('');
    this.flowCount += texts.length;
    await this.write(text);
  }

  /**
   * Writes the end (title and sources), closes the file and puts it in place; leaves out the
   * flows numbered in `dropped` (rising: the import found them to repeat earlier flows only once
   * the whole input was read), by writing the flows again without them. False when the reader of
   * a pipe stopped reading before the end ({@link putInPlace}).
   */
  async finish(
    title: string,
    sources: readonly Source[],
    dropped: Iterable<number> = [],
  ): Promise<boolean> {
    const numbers = dropped[Symbol.iterator]();
    const first = numbers.next();
    if (first.done !== true) await this.rewriteWithout(first.value, numbers);
    if (!this.lines) {
      const shown = JSON.stringify(sources, null, 2).replace(/\n/g, '\n  ');
      await this.write(
        `${this.flowCount === 0 ? '' : '\n  '}],\n  "title": ${JSON.stringify({ en: title })},\n  "sources": ${shown}\n}\n`,
      );
    }
    await closeBeside(this.target);
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

  /**
   * Copies the flows written so far (one a line, after the document's start) to a new temporary
   * file without the flow numbered `first` and those numbered in `rest` (rising, taken as the
   * copy reaches them), and goes on writing there.
   */
  private async rewriteWithout(first: number, rest: Iterator<number>): Promise<void> {
    await closeBeside(this.target);
    const written = this.target.temporary;
    this.target = await openAgain(this.target);
    try {
      await this.copyWithout(written, first, rest);
    } finally {
      // Copied or not (the disk filled), the first file is done with.
      await rm(written, { force: true });
    }
  }

  /** {@link ImportOutput.rewriteWithout}'s copy of the file `written` (gzipped if the output is). */
  private async copyWithout(written: string, first: number, rest: Iterator<number>): Promise<void> {
    const count = this.flowCount;
    this.flowCount = 0;
    if (!this.lines) await this.write(`{\n  "id": `);
    let flow = -1;
    let skip: number | undefined = first;
    let kept: string[] = [];
    const file = createReadStream(written);
    let input: Readable = file;
    if (gzipped(this.target.file)) {
      input = file.pipe(createGunzip());
      file.on('error', (error) => input.destroy(error));
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
      if (flow === -1 && !this.lines) {
        // The document's start: `{`, the id, `"flows": [`.
        if (line.startsWith('  "id": ')) await this.write(`${line.slice(8)}\n  "flows": [`);
        if (line === '  "flows": [') flow = 0;
        continue;
      }
      if (flow === -1) flow = 0;
      if (flow >= count) break;
      if (skip === flow) {
        const next = rest.next();
        skip = next.done === true ? undefined : next.value;
      } else kept.push(line.trim().replace(/,$/, '')); // the flow's JSON text, as written
      flow += 1;
      if (kept.length === PIECE) {
        await this.addTexts(kept);
        kept = [];
      }
    }
    await this.addTexts(kept);
  }

  private write(text: string): Promise<void> {
    return writeBeside(this.target, text);
  }
}
