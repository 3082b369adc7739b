/**
 * A set of row numbers as a bitmap: a bit per row up to the highest one added (625 kB for five
 * million rows, whatever how many are in it), handed out in rising order — where a `Set` or an
 * array of numbers takes 8 to 40 bytes a row and has to be sorted. For the rows an import finds
 * once the input has ended (commodity codes that nest, repeats found in the temporary files).
 * Private to the `io` module.
 *
 * @internal
 */

/** Row numbers (whole numbers below 2^32), a bit each. */
export class RowSet {
  private words = new Uint32Array(64);
  private count = 0;

  /** How many rows are in the set. */
  get size(): number {
    return this.count;
  }

  /** Adds `row` (nothing when it is in already). */
  add(row: number): void {
    const word = Math.floor(row / 32);
    if (word >= this.words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    const bit = 1 << (row % 32);
    const words = this.words;
    if (((words[word] as number) & bit) !== 0) return;
    words[word] = (words[word] as number) | bit;
    this.count += 1;
  }

  /** Whether `row` is in the set. */
  has(row: number): boolean {
    const word = this.words[Math.floor(row / 32)];
    return word !== undefined && (word & (1 << (row % 32))) !== 0;
  }

  /** The rows, rising. */
  *[Symbol.iterator](): Generator<number> {
    const words = this.words;
    for (let word = 0; word < words.length; word += 1) {
      let bits = words[word] as number;
      while (bits !== 0) {
        // The lowest bit set, then cleared.
        const low = bits & -bits;
        yield word * 32 + 31 - Math.clz32(low);
        bits ^= low;
      }
    }
  }
}
