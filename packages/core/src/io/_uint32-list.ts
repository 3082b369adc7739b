/**
 * A growing list of whole numbers below 2^32 (row numbers, line numbers), four bytes each where a
 * `number[]` takes eight or more. Private to the `io` module.
 *
 * @internal
 */

/** A growing list of unsigned 32-bit integers. */
export class Uint32List {
  private items = new Uint32Array(1024);
  private count = 0;

  /** How many numbers the list holds. */
  get length(): number {
    return this.count;
  }

  /** Adds a number at the end. */
  push(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count] = value;
    this.count += 1;
  }

  /** The number at `at`, or undefined past the end. */
  at(at: number): number | undefined {
    return at >= 0 && at < this.count ? this.items[at] : undefined;
  }

  /** Replaces the number at `at` (which must be in the list). */
  set(at: number, value: number): void {
    if (at >= 0 && at < this.count) this.items[at] = value;
  }
}
