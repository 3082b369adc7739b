/**
 * The first index given for each key of a check or a grouping over many items (the duplicate-flow
 * check of `parseDataset`, the flow table's groupings past a dense lookup): an open-addressing
 * hash table over typed arrays, sized once for the most keys it will hold. A `Map` of a million
 * number keys grows by rehashing and holds each key (past 2^31) as a heap number: at 1M flows it
 * cost ~32× its time at 100k; this table stays linear.
 *
 * @internal
 */
export class FirstIndexTable {
  /** Each slot's key, high part; −1 for an empty slot. */
  private readonly his: Int32Array;
  /** Each slot's key, low part (as a signed 32-bit integer). */
  private readonly los: Int32Array;
  /** Each slot's index. */
  private readonly indexes: Int32Array;
  private readonly mask: number;
  /** Slots that may still be taken: one is always left empty, so that every probe ends. */
  private free: number;

  /** @param capacity - the most keys the table will be given (it is at most half full) */
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.his = new Int32Array(size).fill(-1);
    this.los = new Int32Array(size);
    this.indexes = new Int32Array(size);
    this.mask = size - 1;
    this.free = size - 1;
  }

  /** The first slot to probe for a key. */
  private slotOf(hi: number, lo: number): number {
    let h = Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ lo ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }

  /**
   * The index first given for the key (`hi` below 2^31, `lo` below 2^32, both integers ≥ 0);
   * when the key is new, it is given `index`, which is returned.
   */
  first(hi: number, lo: number, index: number): number {
    const low = lo | 0;
    const { his, los, indexes, mask } = this;
    for (let at = this.slotOf(hi, low); ; at = (at + 1) & mask) {
      const held = his[at] as number;
      if (held === hi && los[at] === low) return indexes[at] as number;
      if (held === -1) {
        // Far past its capacity the table would fill up: an error, never a probe without end.
        if (--this.free < 0) throw new RangeError('FirstIndexTable: more keys than its capacity');
        his[at] = hi;
        los[at] = low;
        indexes[at] = index;
        return index;
      }
    }
  }

  /** The index given for the key (as in {@link FirstIndexTable.first}), or −1 when it has none. */
  indexOf(hi: number, lo: number): number {
    const low = lo | 0;
    const { his, los, indexes, mask } = this;
    for (let at = this.slotOf(hi, low); ; at = (at + 1) & mask) {
      const held = his[at] as number;
      if (held === hi && los[at] === low) return indexes[at] as number;
      if (held === -1) return -1;
    }
  }
}
