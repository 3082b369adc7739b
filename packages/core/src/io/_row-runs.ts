/**
 * Row numbers pushed in rising order (the rows that became flows), kept as runs of consecutive
 * rows, each written as two variable-length numbers — its gap after the run before and its
 * length — in a growing byte array: a file whose every row is a flow is one run (a few bytes in
 * all, where a number per row takes eight), and one whose flows alternate with rows left out takes
 * about two bytes a flow. Private to the `io` module.
 *
 * @internal
 */

import type { RowSet } from './_row-set.js';

/** Rising row numbers, as runs. */
export class RowRuns {
  /** The runs before the last: gap and length of each, 7 bits a byte. */
  private bytes = new Uint8Array(16);
  private fill = 0;
  /** Where the runs written end (the row after the last one's last). */
  private writtenEnd = 0;
  /** The last run, still growing: its first row (-1: none yet) and length. */
  private openStart = -1;
  private openLength = 0;
  private firstRow = -1;
  private count = 0;

  /** How many rows were pushed. */
  get size(): number {
    return this.count;
  }

  /** The first row pushed, or -1. */
  get first(): number {
    return this.firstRow;
  }

  /** The last row pushed, or -1. */
  get last(): number {
    return this.openStart === -1 ? -1 : this.openStart + this.openLength - 1;
  }

  /** How many rows pushed pass `test`. */
  countWhere(test: (row: number) => boolean): number {
    let count = 0;
    for (const [start, length] of this.runs()) {
      for (let row = start; row < start + length; row += 1) if (test(row)) count += 1;
    }
    return count;
  }

  /** Adds a row past every row pushed before. */
  push(row: number): void {
    this.count += 1;
    if (this.openStart !== -1 && this.openStart + this.openLength === row) {
      this.openLength += 1;
      return;
    }
    if (this.openStart === -1) this.firstRow = row;
    else {
      this.write(this.openStart - this.writtenEnd);
      this.write(this.openLength);
      this.writtenEnd = this.openStart + this.openLength;
    }
    this.openStart = row;
    this.openLength = 1;
  }

  /** The rows, in order, but for those in `left` (rows pushed). */
  toArray(left?: RowSet): number[] {
    // Made at its size: a million rows grown by push would hold up to twice the room meanwhile.
    const rows = new Array<number>(this.count - (left?.size ?? 0));
    let at = 0;
    for (const [start, length] of this.runs()) {
      for (let row = start; row < start + length; row += 1) {
        if (left === undefined || !left.has(row)) rows[at++] = row;
      }
    }
    rows.length = at;
    return rows;
  }

  /**
   * The rows, in order, but for those in `left`, in arrays of at most `size` rows, each made when
   * the one before has been taken: no array of them all.
   */
  *pieces(size: number, left?: RowSet): Generator<number[]> {
    let piece: number[] = [];
    for (const [start, length] of this.runs()) {
      for (let row = start; row < start + length; row += 1) {
        if (left?.has(row)) continue;
        if (piece.push(row) === size) {
          yield piece;
          piece = [];
        }
      }
    }
    if (piece.length > 0) yield piece;
  }

  /** Where the rows of `rows` are among the rows pushed (0 is the first row pushed), rising. */
  *positionsOf(rows: RowSet): Generator<number> {
    if (rows.size === 0) return;
    let position = 0;
    for (const [start, length] of this.runs()) {
      for (let row = start; row < start + length; row += 1) {
        if (rows.has(row)) yield position;
        position += 1;
      }
    }
  }

  /** The first row and length of each run, in order. */
  private *runs(): Generator<[start: number, length: number]> {
    const bytes = this.bytes;
    let at = 0;
    let end = 0;
    const read = (): number => {
      let value = 0;
      let scale = 1;
      for (;;) {
        const byte = bytes[at++] as number;
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) return value;
        scale *= 0x80;
      }
    };
    while (at < this.fill) {
      const start = end + read();
      const length = read();
      yield [start, length];
      end = start + length;
    }
    if (this.openStart !== -1) yield [this.openStart, this.openLength];
  }

  /** Appends a whole number (below 2^53) in 7-bit groups, lowest first. */
  private write(value: number): void {
    if (this.fill + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.fill++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.fill++] = rest;
  }
}
