/**
 * The line of each record of a file, kept as runs: within a run each record is one line after
 * the one before, so a file without blank lines or line breaks inside quoted fields is one run
 * (a few bytes in all, where a number per record takes four). Private to the `io` module.
 *
 * @internal
 */

/** The lines of records `0, 1, 2, …`, pushed in order. */
export class LineNumbers {
  private count = 0;
  /** The first record of each run. */
  private readonly starts: number[] = [];
  /** Each run's line minus record number. */
  private readonly offsets: number[] = [];

  /** Adds the line of the next record. */
  push(line: number): void {
    const offset = line - this.count;
    if (this.offsets[this.offsets.length - 1] !== offset) {
      this.starts.push(this.count);
      this.offsets.push(offset);
    }
    this.count += 1;
  }

  /** The line of record `record`, or undefined when there is no such record. */
  at(record: number): number | undefined {
    if (!Number.isInteger(record) || record < 0 || record >= this.count) return undefined;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] as number) <= record) low = middle;
      else high = middle - 1;
    }
    return (this.offsets[low] as number) + record;
  }
}
