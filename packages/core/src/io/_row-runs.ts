/**
 * Row numbers pushed in rising order (the rows that became flows), kept as runs of consecutive
 * rows: a file whose every row is a flow is one run (a few bytes in all, where a number per row
 * takes eight). Private to the `io` module.
 *
 * @internal
 */

/** Rising row numbers, as runs. */
export class RowRuns {
  /** The first row of each run. */
  private readonly starts: number[] = [];
  /** How many rows are in all the runs up to and including each. */
  private readonly ends: number[] = [];
  private count = 0;

  /** How many rows were pushed. */
  get size(): number {
    return this.count;
  }

  /** The first row pushed, or -1. */
  get first(): number {
    return this.starts[0] ?? -1;
  }

  /** The last row pushed, or -1. */
  get last(): number {
    const run = this.starts.length - 1;
    return run === -1 ? -1 : (this.starts[run] as number) + this.lengthOf(run) - 1;
  }

  /** How many rows pushed pass `test`. */
  countWhere(test: (row: number) => boolean): number {
    let count = 0;
    for (let run = 0; run < this.starts.length; run += 1) {
      const start = this.starts[run] as number;
      const end = start + this.lengthOf(run);
      for (let row = start; row < end; row += 1) if (test(row)) count += 1;
    }
    return count;
  }

  /** Adds a row past every row pushed before. */
  push(row: number): void {
    const last = this.starts.length - 1;
    if (last !== -1 && (this.starts[last] as number) + this.lengthOf(last) === row) {
      this.ends[last] = this.count + 1;
    } else {
      this.starts.push(row);
      this.ends.push(this.count + 1);
    }
    this.count += 1;
  }

  /** The rows, in order, but for those in `left` (rising). */
  toArray(left: readonly number[] = []): number[] {
    // Made at its size: a million rows grown by push would hold up to twice the room meanwhile.
    const rows = new Array<number>(this.count - left.length);
    let at = 0;
    let skip = 0;
    for (let run = 0; run < this.starts.length; run += 1) {
      const start = this.starts[run] as number;
      const length = this.lengthOf(run);
      for (let row = start; row < start + length; row += 1) {
        if (left[skip] === row) skip += 1;
        else rows[at++] = row;
      }
    }
    rows.length = at;
    return rows;
  }

  /** How many rows run `run` holds. */
  private lengthOf(run: number): number {
    return (this.ends[run] as number) - (run === 0 ? 0 : (this.ends[run - 1] as number));
  }
}
