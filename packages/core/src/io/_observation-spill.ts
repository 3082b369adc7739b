/**
 * The records of a streamed import past its memory budget, in temporary files: a grace-hash
 * partitioning of the observations (distinct-record keys) that did not fit in the in-memory
 * {@link ObservationTable}. Each key goes to one of {@link PARTITIONS} files chosen by a hash of
 * its reporter, partner and period, so every repeat of a key — and every key of a nesting group
 * (reporter, partner, direction, period), and the totals row a breakdown needs — lands in the
 * same file; once the input has ended each file is read back alone, in row order, and checked
 * with a table of its own. Private to the `io` module.
 *
 * A record is 41 bytes (little-endian): kind (1 observation, 2 a breakdown's wait for its totals
 * row, 3 a note on a flow's row), placement, classification (u16), five codes (u32), row (u32),
 * flow number (u32; for a row left out, its exclusion's group; for a note, the note's group),
 * scale (u8), mantissa (f64); a value wider than 15 digits follows as its length (u16) and text.
 *
 * @internal
 */

import type { ObservationCodes } from './_observation-table.js';
import type { SpillFile, SpillStore } from './spill-store.js';

/** How many files the observations are spread over. */
export const PARTITIONS = 64;
/** Bytes gathered per file before they are appended. */
const BUFFER = 32 * 1024;
/**
 * Where a record's fields start, in bytes: its kind (1 byte), placement (1), classification (2),
 * the five key codes (4 each), row (4), flow (4), scale (1) and mantissa (8); a wide value's
 * length (2) and text follow at {@link FIXED}.
 */
const PLACEMENT = 1;
const CLASSIFICATION = 2;
const CODES = 4;
const ROW = 24;
const FLOW = 28;
const SCALE = 32;
const MANTISSA = 33;
/** Bytes of a record without its wide value. */
const FIXED = 41;

/** A row's observation. */
export const OBSERVATION = 1;
/** A breakdown's wait for its totals row. */
export const WAITING = 2;
/** A note on the row of a flow (taken back when the flow is dropped as a repeat). */
export const NOTED = 3;

/** What became of an observation's row when it was read, as far as a later repeat changes it. */
export const Placement = {
  /** Nothing to change: left out before the repeat check (services, a group), or a failed import. */
  keep: 0,
  /** A flow, handed out. */
  flow: 1,
  /** Left out for a reason checked after the repeat check (self-trade, a breakdown, totals). */
  excluded: 2,
} as const;

/** The partition of an observation with these reporter, partner and period codes. */
export function partitionOf(reporter: number, partner: number, period: number): number {
  let h = Math.imul(reporter ^ 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ partner ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ period ^ (h >>> 13), 0xc2b2ae3d);
  return ((h ^ (h >>> 16)) >>> 0) % PARTITIONS;
}

/** The partition files of an import, written as rows come and read back at the end. */
export class ObservationSpill {
  /** Each partition's buffer, made when its first record comes. */
  private readonly views: (DataView | undefined)[] = [];
  private readonly fills = new Int32Array(PARTITIONS);
  /** The partitions whose file was read back and removed. */
  private readonly removed = new Set<number>();
  /** Full buffers not yet appended: [partition, bytes]. */
  private pending: [number, Uint8Array][] = [];
  /** Buffers appended, to fill again (no new buffer per append). */
  private readonly free: ArrayBuffer[] = [];

  /** The partition files, as the store gives them (made at once; a promise is awaited when used). */
  private readonly files: (SpillFile | Promise<SpillFile>)[] = [];

  /** Asks `store` for the partition files (their first bytes are appended by {@link flush}). */
  constructor(store: SpillStore) {
    for (let at = 0; at < PARTITIONS; at += 1) {
      const file = store.create();
      // A file the store failed to make is reported where it is used, not as unhandled.
      if (file instanceof Promise) file.catch(() => undefined);
      this.files.push(file);
    }
  }

  /**
   * Writes a row's observation (value: canonical text; `[mantissa, scale]`, -1 when wide; `flow`:
   * the flow's number, or for a row left out, the number of its exclusion's group).
   */
  observation(
    codes: ObservationCodes,
    row: number,
    value: string,
    [mantissa, scale]: readonly [number, number],
    placement: number,
    classification: number,
    flow: number,
  ): void {
    const wide = mantissa === -1 ? value : '';
    const size = FIXED + (wide === '' ? 0 : 2 + wide.length);
    const view = this.record(codes, size);
    const at = this.fills[this.partition] as number;
    view.setUint8(at, OBSERVATION);
    view.setUint8(at + PLACEMENT, placement);
    view.setUint16(at + CLASSIFICATION, classification, true);
    view.setUint32(at + ROW, row, true);
    view.setUint32(at + FLOW, flow, true);
    view.setUint8(at + SCALE, scale);
    view.setFloat64(at + MANTISSA, mantissa, true);
    if (wide !== '') {
      view.setUint16(at + FIXED, wide.length, true);
      // Canonical decimal text: ASCII digits and a point.
      for (let i = 0; i < wide.length; i += 1)
        view.setUint8(at + FIXED + 2 + i, wide.charCodeAt(i));
    }
    this.fills[this.partition] = at + size;
  }

  /** Writes a breakdown's wait for the totals row with key `codes`. */
  waiting(codes: ObservationCodes, row: number): void {
    this.marker(WAITING, codes, row, 0);
  }

  /** Writes a note (its group's number) on the row of a flow with key `codes`. */
  noted(codes: ObservationCodes, row: number, group: number): void {
    this.marker(NOTED, codes, row, group);
  }

  /** Writes a record of `kind` with no value: `codes`, `row` and `flow`. */
  private marker(kind: number, codes: ObservationCodes, row: number, flow: number): void {
    const view = this.record(codes, FIXED);
    const at = this.fills[this.partition] as number;
    view.setUint8(at, kind);
    view.setUint8(at + PLACEMENT, 0);
    view.setUint16(at + CLASSIFICATION, 0, true);
    view.setUint32(at + ROW, row, true);
    view.setUint32(at + FLOW, flow, true);
    view.setUint8(at + SCALE, 0);
    view.setFloat64(at + MANTISSA, 0, true);
    this.fills[this.partition] = at + FIXED;
  }

  /** Appends the buffers filled since the last call. */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const [partition, bytes] of pending) {
      await (await this.files[partition])?.append(bytes);
      this.free.push(bytes.buffer as ArrayBuffer); // appended: its room can take more records
    }
  }

  /**
   * Reads back each partition in turn (everything appended first), removing its file once read:
   * `visit` gets the partition's number and its records in the order they were written.
   */
  async readBack(visit: (partition: number, records: SpilledRecords) => void): Promise<void> {
    for (let partition = 0; partition < PARTITIONS; partition += 1) this.sendBuffer(partition);
    await this.flush();
    for (let partition = 0; partition < PARTITIONS; partition += 1) {
      const file = (await this.files[partition]) as SpillFile;
      const bytes = await file.read();
      this.removed.add(partition);
      await file.remove();
      visit(partition, new SpilledRecords(bytes));
    }
  }

  /** Removes every file (the import failed or was given up). */
  async discard(): Promise<void> {
    this.pending = [];
    const files = await Promise.allSettled(this.files);
    for (const [partition, file] of files.entries()) {
      if (file.status === 'fulfilled' && !this.removed.has(partition)) {
        this.removed.add(partition);
        await file.value.remove();
      }
    }
  }

  private partition = 0;

  /** Makes room for a record of `size` bytes in its partition's buffer; writes its codes. */
  private record(codes: ObservationCodes, size: number): DataView {
    const partition = partitionOf(codes[0], codes[1], codes[2]);
    this.partition = partition;
    if ((this.fills[partition] as number) + size > BUFFER) this.sendBuffer(partition);
    let view = this.views[partition];
    if (view === undefined) {
      view = new DataView(this.free.pop() ?? new ArrayBuffer(BUFFER));
      this.views[partition] = view;
    }
    const at = this.fills[partition] as number;
    for (let part = 0; part < 5; part += 1)
      view.setUint32(at + CODES + part * 4, codes[part] as number, true);
    return view;
  }

  /** Moves a partition's buffer (what it holds) to the appends to make. */
  private sendBuffer(partition: number): void {
    const fill = this.fills[partition] as number;
    const view = this.views[partition];
    if (fill === 0 || view === undefined) return;
    this.pending.push([partition, new Uint8Array(view.buffer, 0, fill)]);
    this.views[partition] = undefined;
    this.fills[partition] = 0;
  }
}

/**
 * The records of a partition's bytes, read one at a time into the fields of this object (no
 * object per record: a partition holds hundreds of thousands).
 */
export class SpilledRecords {
  private readonly view: DataView;
  private at = 0;
  private size = 0;
  /** {@link OBSERVATION}, {@link WAITING} or {@link NOTED}. */
  kind = 0;
  /** A {@link Placement}. */
  placement = 0;
  /** The classification's number + 1 (0: none). */
  classification = 0;
  readonly codes: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  row = 0;
  /**
   * The flow's number, in the order handed out; for a row left out, its exclusion's group; for a
   * note, the note's group.
   */
  flow = 0;
  /** The value as an exact scaled integer: -1 when wider than 15 digits. */
  mantissa = 0;
  scale = 0;
  /** The value's text when wider than 15 digits, otherwise `''`. */
  wide = '';

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads the next record; false past the last. */
  next(): boolean {
    this.at += this.size;
    const { at, view } = this;
    if (at >= this.bytes.length) return false;
    this.kind = view.getUint8(at);
    this.placement = view.getUint8(at + PLACEMENT);
    this.classification = view.getUint16(at + CLASSIFICATION, true);
    for (let part = 0; part < 5; part += 1)
      this.codes[part] = view.getUint32(at + CODES + part * 4, true);
    this.row = view.getUint32(at + ROW, true);
    this.flow = view.getUint32(at + FLOW, true);
    this.scale = view.getUint8(at + SCALE);
    this.mantissa = view.getFloat64(at + MANTISSA, true);
    this.wide = '';
    this.size = FIXED;
    if (this.kind === OBSERVATION && this.mantissa === -1) {
      const length = view.getUint16(at + FIXED, true);
      this.wide = String.fromCharCode(
        ...this.bytes.subarray(at + FIXED + 2, at + FIXED + 2 + length),
      );
      this.size += 2 + length;
    }
    return true;
  }

  /** Goes back to before the first record. */
  rewind(): void {
    this.at = 0;
    this.size = 0;
  }
}
