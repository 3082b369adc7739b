/**
 * Every row of every exclusion and note of a streamed import, for a caller who asks for the full
 * list (`onReportRows`): written to temporary files as the rows are placed (12 bytes a row), read
 * back once the input has ended, without the rows whose fate changed meanwhile. Memory holds a
 * buffer and the rows taken back (a bit per row of each group they were taken from), not the list. Private to the `io` module.
 *
 * @internal
 */

import { RowSet } from './_row-set.js';
import type { SpillFile, SpillStore } from './spill-store.js';

/** An entry is an exclusion's row. */
export const EXCLUSION = 0;
/** An entry is a note's row. */
export const NOTE = 1;

/** Entries gathered before they are appended (12 bytes each). */
const BUFFER = 8192;
/** Entries handed out at a time. */
const BATCH = 4096;
/** Entries per file: a file is read back whole, so this bounds what a read holds (12 MB). */
const PER_FILE = 1_048_576;

/** A file in memory, with its size in bytes. */
export function memoryFile(): SpillFile & { read(): Uint8Array; readonly size: number } {
  let parts: Uint8Array[] = [];
  const size = () => parts.reduce((n, part) => n + part.length, 0);
  return {
    append: (bytes) => {
      parts.push(bytes.slice());
    },
    read: () => {
      const all = new Uint8Array(size());
      let at = 0;
      for (const part of parts) {
        all.set(part, at);
        at += part.length;
      }
      return all;
    },
    remove: () => {
      parts = [];
    },
    get size() {
      return size();
    },
  };
}

/** A store of files in memory, for a caller who gave none. */
export function memoryFiles(): SpillStore {
  return { create: memoryFile };
}

/** The rows of the exclusions and notes, in files, as they were placed. */
export class RowLedger {
  private buffer = new Uint32Array(BUFFER * 3);
  private fill = 0;
  /** Full buffers not yet appended, with the file each goes to. */
  private pending: [number, Uint8Array][] = [];
  private readonly files: (SpillFile | Promise<SpillFile>)[] = [];
  /** Entries written to the last file. */
  private inFile = PER_FILE;
  /** The rows taken back, by kind and group (`group * 2 + kind`): a bit per row, no text each. */
  private readonly withdrawn = new Map<number, RowSet>();

  constructor(private readonly store: SpillStore) {}

  /** Adds the row of an exclusion or note (`kind`) of group number `group`. */
  record(kind: number, group: number, row: number): void {
    if (this.inFile === PER_FILE) {
      this.send();
      const file = this.store.create();
      // A file the store failed to make is reported where it is used, not as unhandled.
      if (file instanceof Promise) file.catch(() => undefined);
      this.files.push(file);
      this.inFile = 0;
    }
    const at = this.fill * 3;
    this.buffer[at] = kind;
    this.buffer[at + 1] = group;
    this.buffer[at + 2] = row;
    this.fill += 1;
    this.inFile += 1;
    if (this.fill === BUFFER) this.send();
  }

  /** Takes back an entry added before (the row's fate changed once the input had ended). */
  withdraw(kind: number, group: number, row: number): void {
    const key = group * 2 + kind;
    const rows = this.withdrawn.get(key) ?? new RowSet();
    this.withdrawn.set(key, rows);
    rows.add(row);
  }

  /** Appends the buffers filled since the last call. */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const [file, bytes] of pending) await (await this.files[file])?.append(bytes);
  }

  /**
   * Reads back every entry not taken back, in the order added, a file at a time, removing each
   * file once read: `visit` gets each, and `batchDone` is awaited after every {@link BATCH}
   * entries and at the end (so the caller hands them out in batches, never all at once).
   */
  async readBack(
    visit: (kind: number, group: number, row: number) => void,
    batchDone: () => void | Promise<void>,
  ): Promise<void> {
    this.send();
    await this.flush();
    for (let made = this.files.shift(); made !== undefined; made = this.files.shift()) {
      const file = await made;
      const bytes = await file.read();
      await file.remove();
      const entries = new Uint32Array(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
      for (let entry = 0; entry < entries.length; entry += 3) {
        const kind = entries[entry] as number;
        const group = entries[entry + 1] as number;
        const row = entries[entry + 2] as number;
        if (this.withdrawn.size > 0 && this.withdrawn.get(group * 2 + kind)?.has(row)) continue;
        visit(kind, group, row);
        if ((entry / 3 + 1) % BATCH === 0) await batchDone();
      }
    }
    await batchDone();
  }

  /** Removes every file not read back yet (the import failed). */
  async discard(): Promise<void> {
    this.pending = [];
    const files = await Promise.allSettled(this.files);
    this.files.length = 0;
    for (const file of files) if (file.status === 'fulfilled') await file.value.remove();
  }

  /** Moves the buffer (what it holds) to the appends to make. */
  private send(): void {
    if (this.fill === 0) return;
    const bytes = new Uint8Array(this.buffer.buffer, 0, this.fill * 12);
    this.pending.push([this.files.length - 1, bytes]);
    this.buffer = new Uint32Array(BUFFER * 3);
    this.fill = 0;
  }
}
