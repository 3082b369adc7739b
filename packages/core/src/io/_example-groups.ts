/**
 * The exclusions or notes of a streamed import, grouped by reason (or note code) and message, in
 * bounded memory: each group keeps its count and its first rows (up to a limit), not every row.
 * Private to the `io` module.
 *
 * @internal
 */

/** A group: its key and message, how many rows it holds, and the first of them. */
export interface ExampleGroup<K> {
  readonly key: K;
  readonly message: string;
  /** The group's number, in the order the groups were made. */
  readonly number: number;
  /** How many rows the group holds. */
  count: number;
  /** Its first rows (at most the limit), rising once {@link sorted} is true. */
  readonly examples: number[];
  /** Whether `examples` rise (a row that came before the last makes it false until sorted). */
  sorted: boolean;
  /** The row added last (a row added again straight after is the same row: counted once). */
  last: number;
  /** The first row ever added, -1 before any (kept when rows are taken out). */
  first: number;
}

/** The groups of rows by key and message, each keeping its count and its first rows. */
export class ExampleGroups<K> {
  /** The groups, by number. */
  readonly list: ExampleGroup<K>[] = [];
  private readonly byId = new Map<string, ExampleGroup<K>>();
  private lastUsed: ExampleGroup<K> | undefined;

  /** `limit`: how many rows each group lists (a whole number, or `Infinity` for all). */
  constructor(private readonly limit: number) {}

  /** The group of `key` and `message`, made when new. */
  group(key: K, message: string): ExampleGroup<K> {
    const used = this.lastUsed;
    if (used !== undefined && used.key === key && used.message === message) return used;
    const id = `${String(key)}\u0000${message}`;
    let group = this.byId.get(id);
    if (group === undefined) {
      group = {
        key,
        message,
        number: this.list.length,
        count: 0,
        examples: [],
        sorted: true,
        last: -1,
        first: -1,
      };
      this.byId.set(id, group);
      this.list.push(group);
    }
    this.lastUsed = group;
    return group;
  }

  /**
   * Adds `row` to `group` (nothing when it is the row added to it last). The listed rows stay the
   * group's first ones: a row past them is listed only while every row is and there is room.
   */
  add(group: ExampleGroup<K>, row: number): void {
    if (row === group.last) return;
    group.last = row;
    const { examples } = group;
    const everyRow = examples.length === group.count;
    group.count += 1;
    if (group.first === -1 || row < group.first) group.first = row;
    if (everyRow && examples.length < this.limit) {
      if (row < (examples[examples.length - 1] ?? -1)) group.sorted = false;
      examples.push(row);
      return;
    }
    if (examples.length === 0) return;
    sortExamples(group);
    if (row > (examples[examples.length - 1] as number)) return;
    examples.splice(placeOf(examples, row), 0, row);
    if (examples.length > this.limit) examples.pop();
  }

  /** Takes `row` out of `group` (a row of it whose fate changed). */
  remove(group: ExampleGroup<K>, row: number): void {
    group.count -= 1;
    if (group.last === row) group.last = -1;
    const { examples } = group;
    const at = examples[examples.length - 1] === row ? examples.length - 1 : examples.indexOf(row);
    if (at !== -1) examples.splice(at, 1);
  }

  /** The group's first row now (its first ever, when every listed row was taken out). */
  firstOf(group: ExampleGroup<K>): number {
    sortExamples(group);
    return group.examples[0] ?? group.first;
  }
}

/** Sorts a group's rows, once they no longer rise. */
export function sortExamples(group: ExampleGroup<unknown>): readonly number[] {
  if (!group.sorted) {
    group.examples.sort((a, b) => a - b);
    group.sorted = true;
  }
  return group.examples;
}

/** Where `row` goes among rising `rows`. */
function placeOf(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rows[middle] as number) < row) low = middle + 1;
    else high = middle;
  }
  return low;
}
