/**
 * The observations (distinct records) of a streamed import in compact memory, for the whole-file
 * checks: each observation is five dictionary codes (reporter, partner, period, commodity, and
 * the rest of its key: flow code, breakdown codes, goods or services), the value of its first row
 * as an exact scaled integer, that row's number and whether it became a flow — held in typed
 * arrays and found through an open-addressing hash table. Exact: two observations are the same
 * only when all five codes are, and two values only when their digits are. Private to the `io`
 * module.
 *
 * Memory per observation: 20 bytes of codes, 8 of value, 1 of scale, 4 of row, 1 of flags and
 * 5.7 to 11.4 of hash slots (the table is kept at most 70 % full), so 40–46 bytes, and up to half
 * as much again of room not used yet (the arrays grow by half when full); values past 15 digits
 * are kept as text beside.
 *
 * @internal
 */

/** Numbers texts in the order they come (`'VNM'` → 0), and gives the text of a number back. */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The number of `text`, given it on first sight. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  /** The text of number `id`. */
  text(id: number): string {
    return this.texts[id] ?? '';
  }
}

/** The codes of an observation: reporter, partner, period, commodity, and the rest of its key. */
export type ObservationCodes = readonly [number, number, number, number, number];

/** Canonical decimal text (`toFixed()` of a non-negative Decimal) with at most 15 digits. */
const SMALL_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** How full the hash table may be before it doubles (linear probing stays short below it). */
const MAX_LOAD = 0.7;
/** How much the observations' arrays grow when full (less than doubling: less unused room). */
const GROWTH = 1.5;

/** Where `value` text of an observation is held when it has more than 15 digits. */
const WIDE = -1;

/** A hash of five 32-bit codes. */
function hashOf(a: number, b: number, c: number, d: number, e: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ d ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ e ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The observations of an import; see the module's summary. */
export class ObservationTable {
  /** Observation number + 1 in each slot; 0 for an empty slot. */
  private slots = new Uint32Array(2048);
  private codes = new Uint32Array(5 * 1024);
  private mantissas = new Float64Array(1024);
  private scales = new Uint8Array(1024);
  private rows = new Uint32Array(1024);
  private imported = new Uint8Array(1024);
  private readonly wide = new Map<number, string>();
  private count = 0;

  /** @param limit - the most observations the table will be given (its arrays grow no further) */
  constructor(private limit = Number.POSITIVE_INFINITY) {}

  /** How many observations the table holds. */
  get size(): number {
    return this.count;
  }

  /** The number of the observation with these codes, or -1. */
  find([a, b, c, d, e]: ObservationCodes): number {
    const mask = this.slots.length - 1;
    const codes = this.codes;
    for (let at = hashOf(a, b, c, d, e) & mask; ; at = (at + 1) & mask) {
      const held = this.slots[at] as number;
      if (held === 0) return -1;
      const o = (held - 1) * 5;
      if (
        codes[o] === a &&
        codes[o + 1] === b &&
        codes[o + 2] === c &&
        codes[o + 3] === d &&
        codes[o + 4] === e
      ) {
        return held - 1;
      }
    }
  }

  /**
   * Adds an observation (whose codes the table does not hold yet) first seen at `row` with value
   * `value` (canonical decimal text; `[mantissa, scale]` its {@link scaledValue}); returns its
   * number.
   */
  add(
    codes: ObservationCodes,
    row: number,
    value: string,
    [mantissa, scale]: readonly [number, number],
  ): number {
    if (this.count + 1 > this.slots.length * MAX_LOAD) this.rehash();
    if (this.count === this.rows.length) this.grow();
    const id = this.count;
    this.count += 1;
    const [a, b, c, d, e] = codes;
    this.codes.set(codes, id * 5);
    this.rows[id] = row;
    this.mantissas[id] = mantissa;
    this.scales[id] = scale;
    if (mantissa === WIDE) this.wide.set(id, value);
    const mask = this.slots.length - 1;
    let at = hashOf(a, b, c, d, e) & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
    return id;
  }

  /**
   * Whether observation `id` has the value whose canonical text is `value` (`[mantissa, scale]`
   * its {@link scaledValue}).
   */
  sameValue(id: number, value: string, [mantissa, scale]: readonly [number, number]): boolean {
    const held = this.mantissas[id] as number;
    if (held === WIDE || mantissa === WIDE) return this.value(id) === value;
    return held === mantissa && this.scales[id] === scale;
  }

  /** The canonical decimal text of observation `id`'s value. */
  value(id: number): string {
    const mantissa = this.mantissas[id] as number;
    if (mantissa === WIDE) return this.wide.get(id) ?? '';
    return scaledText(mantissa, this.scales[id] as number);
  }

  /** The row observation `id` was first seen at. */
  row(id: number): number {
    return this.rows[id] as number;
  }

  /** The code number `part` (0–4) of observation `id`. */
  code(id: number, part: number): number {
    return this.codes[id * 5 + part] as number;
  }

  /** Marks observation `id` as having become a flow. */
  markImported(id: number): void {
    this.imported[id] = 1;
  }

  /** Whether observation `id` became a flow. */
  isImported(id: number): boolean {
    return this.imported[id] === 1;
  }

  /** Forgets every observation, keeping the room made for them (to check the next file). */
  clear(): void {
    const slots = this.slots;
    if (this.count * 8 < slots.length) {
      // A few observations in a big table: empty their slots, not every slot.
      const mask = slots.length - 1;
      for (let id = 0; id < this.count; id += 1) {
        let at = this.homeOf(id, mask);
        // Its slot is on its probe path (past slots emptied before it, which held others).
        while (slots[at] !== id + 1) at = (at + 1) & mask;
        slots[at] = 0;
      }
    } else slots.fill(0);
    this.wide.clear();
    this.imported.fill(0, 0, this.count);
    this.count = 0;
  }

  /**
   * Forgets every observation and lifts the limit, keeping the room: a table done with, used again
   * to check the files (no second table's room made while the first is not collected yet).
   */
  reuse(): void {
    this.clear();
    this.limit = Number.POSITIVE_INFINITY;
  }

  private grow(): void {
    let size = Math.ceil(this.rows.length * GROWTH);
    // Near the limit, straight to it: no last small step that copies every array for a few
    // per cent more room (and holds both copies at once).
    if (size * GROWTH > this.limit) size = Math.max(this.limit, this.count + 1);
    const codes = new Uint32Array(size * 5);
    codes.set(this.codes);
    this.codes = codes;
    const mantissas = new Float64Array(size);
    mantissas.set(this.mantissas);
    this.mantissas = mantissas;
    const scales = new Uint8Array(size);
    scales.set(this.scales);
    this.scales = scales;
    const rows = new Uint32Array(size);
    rows.set(this.rows);
    this.rows = rows;
    const imported = new Uint8Array(size);
    imported.set(this.imported);
    this.imported = imported;
  }

  /** The first slot an observation's probe path tries in a table of `mask + 1` slots. */
  private homeOf(id: number, mask: number): number {
    const codes = this.codes;
    const o = id * 5;
    return (
      hashOf(
        codes[o] as number,
        codes[o + 1] as number,
        codes[o + 2] as number,
        codes[o + 3] as number,
        codes[o + 4] as number,
      ) & mask
    );
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id += 1) {
      let at = this.homeOf(id, mask);
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.slots = slots;
  }
}

/** The canonical decimal text of `mantissa` × 10^-`scale` (a value of at most 15 digits). */
export function scaledText(mantissa: number, scale: number): string {
  if (scale === 0) return String(mantissa);
  const digits = String(mantissa).padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/**
 * The exact scaled-integer form of canonical decimal text (at most 15 digits): `[mantissa,
 * scale]`, or `[-1, 0]` for a wider value.
 */
export function scaledValue(value: string): [number, number] {
  const match = value.length <= 16 ? SMALL_DECIMAL.exec(value) : null;
  if (match === null) return [WIDE, 0];
  const digits = `${match[1]}${match[2] ?? ''}`;
  return digits.length <= 15 ? [Number(digits), match[2]?.length ?? 0] : [WIDE, 0];
}
