/**
 * The first index given for each key of a check over many items (the duplicate-flow check of
 * `parseDataset`): an open-addressing hash table over two typed arrays, sized once for the most
 * keys it will hold. A `Map` of a million number keys grows by rehashing and holds each key (past
 * 2^31) as a heap number: at 1M flows it cost ~32× its time at 100k; this table stays linear.
 *
 * @internal
 */
export class FirstIndexTable {
  /** Each slot's key (`hi` × 2^32 + `lo`); −1 for an empty slot. */
  private readonly keys: Float64Array;
  /** Each slot's index. */
  private readonly indexes: Int32Array;
  private readonly mask: number;
  /** Slots that may still be taken: one is always left empty, so that every probe ends. */
  private free: number;

  /** @param capacity - the most keys the table will be given (it is at most half full) */
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.indexes = new Int32Array(size);
    this.mask = size - 1;
    this.free = size - 1;
  }

  /**
   * The index first given for the key (`hi` below 2^21, `lo` below 2^32, both integers ≥ 0);
   * when the key is new, it is given `index`, which is returned.
   */
  first(hi: number, lo: number, index: number): number {
    const key = hi * 2 ** 32 + lo;
    let h = Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ lo ^ (h >>> 13), 0xc2b2ae35);
    const { keys, indexes, mask } = this;
    for (let at = (h ^ (h >>> 16)) & mask; ; at = (at + 1) & mask) {
      const held = keys[at] as number;
      if (held === key) return indexes[at] as number;
      if (held === -1) {
        // Far past its capacity the table would fill up: an error, never a probe without end.
        if (--this.free < 0) throw new RangeError('FirstIndexTable: more keys than its capacity');
        keys[at] = key;
        indexes[at] = index;
        return index;
      }
    }
  }
}
