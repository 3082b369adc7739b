/**
 * The line each row of a streamed CSV starts on, four bytes a row (a `number[]` takes eight or
 * more). Private to the `io` module.
 *
 * @internal
 */

/** A growing list of line numbers, one per row. */
export class RowLines {
  private lines = new Uint32Array(1024);
  private count = 0;

  /** Adds the line of the next row. */
  push(line: number): void {
    if (this.count === this.lines.length) {
      const grown = new Uint32Array(this.lines.length * 2);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[this.count] = line;
    this.count += 1;
  }

  /** The line of row `row`, or undefined past the rows added. */
  at(row: number): number | undefined {
    return row >= 0 && row < this.count ? this.lines[row] : undefined;
  }
}
