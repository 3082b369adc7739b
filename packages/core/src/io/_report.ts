/**
 * Gathers the exclusions and notes of an import, grouping rows that share a reason (or note code)
 * and a message. Private to the `io` module.
 *
 * @internal
 */

import type { BilateralIssue, IssuePath } from '../errors/index.js';
import type { ExcludedRows, ExclusionReason, ImportNote, ImportNoteCode } from './import-result.js';

interface Group<K> {
  readonly key: K;
  readonly message: string;
  readonly rows: number[];
  /**
   * The rows, as a set: made only once a row comes that is not past the last one (while rows
   * come in order, each is new, and a big file's million rows need no set).
   */
  seen?: Set<number>;
}

/** The groups of rows by key and message, with the last group used at hand. */
class Groups<K> {
  readonly byId = new Map<string, Group<K>>();
  private last: Group<K> | undefined;

  add(key: K, message: string, row?: number): void {
    let group = this.last;
    if (group === undefined || group.key !== key || group.message !== message) {
      const id = `${String(key)}\u0000${message}`;
      group = this.byId.get(id);
      if (group === undefined) {
        group = { key, message, rows: [] };
        this.byId.set(id, group);
      }
      this.last = group;
    }
    if (row === undefined) return;
    const { rows } = group;
    if (
      group.seen === undefined &&
      (rows.length === 0 || row > (rows[rows.length - 1] as number))
    ) {
      rows.push(row);
      return;
    }
    group.seen ??= new Set(rows);
    if (!group.seen.has(row)) {
      group.seen.add(row);
      rows.push(row);
    }
  }

  /**
   * Moves `row` (whose fate was known only once the whole input was read) to the group of `key`
   * and `message`: out of any other group, into its place among the rows in order. The groups
   * then come in the order of their first rows, as when every row is placed as it is read.
   */
  addLate(key: K, message: string, row: number): void {
    for (const [id, group] of this.byId) {
      const at = group.rows.indexOf(row);
      if (at === -1) continue;
      group.rows.splice(at, 1);
      group.seen?.delete(row);
      if (group.rows.length === 0) this.byId.delete(id);
    }
    this.last = undefined;
    const id = `${String(key)}\u0000${message}`;
    const group = this.byId.get(id) ?? { key, message, rows: [] };
    this.byId.set(id, group);
    let at = group.rows.length;
    while (at > 0 && (group.rows[at - 1] as number) > row) at -= 1;
    group.rows.splice(at, 0, row);
    group.seen?.add(row);
    const groups = [...this.byId].sort(
      ([, a], [, b]) => (a.rows[0] as number) - (b.rows[0] as number),
    );
    this.byId.clear();
    for (const [groupId, each] of groups) this.byId.set(groupId, each);
  }
}

/** Collects what an importer finds: fatal issues, exclusions and notes. */
export class ImportLog {
  readonly issues: BilateralIssue[] = [];
  private readonly exclusions = new Groups<ExclusionReason>();
  private readonly noteGroups = new Groups<ImportNoteCode>();

  constructor(
    private readonly rowPath: IssuePath,
    private readonly lineOf: (row: number) => number | undefined = () => undefined,
  ) {}

  /** The path of a row (and optionally a field in it). */
  path(row: number, ...rest: (string | number)[]): IssuePath {
    return [...this.rowPath, row, ...rest];
  }

  /** A fatal problem in a row; for CSV input the message names the line. */
  problem(row: number, field: string | undefined, message: string): void {
    const line = this.lineOf(row);
    this.issues.push({
      path: field === undefined ? this.path(row) : this.path(row, field),
      message: line === undefined ? message : `${message} (line ${line})`,
    });
  }

  /** A fatal problem of the input as a whole (or at a path given in full). */
  problemAt(path: IssuePath, message: string): void {
    this.issues.push({ path, message });
  }

  exclude(reason: ExclusionReason, message: string, row: number): void {
    this.exclusions.add(reason, message, row);
  }

  /**
   * Excludes a row whose reason was found only once the whole input was read (a repeat found in
   * a streamed import's temporary files), as if it had been excluded when read.
   */
  excludeLate(reason: ExclusionReason, message: string, row: number): void {
    this.exclusions.addLate(reason, message, row);
  }

  note(code: ImportNoteCode, message: string, row?: number): void {
    this.noteGroups.add(code, message, row);
  }

  excluded(): ExcludedRows[] {
    return [...this.exclusions.byId.values()].map((group) => ({
      reason: group.key,
      count: group.rows.length,
      rows: group.rows,
      ...this.linesOf(group.rows),
      message: group.message,
    }));
  }

  notes(): ImportNote[] {
    return [...this.noteGroups.byId.values()].map((group) => ({
      code: group.key,
      rows: group.rows,
      ...this.linesOf(group.rows),
      message: group.message,
    }));
  }

  /** `{ lines }` of the rows when the input has lines (CSV), otherwise nothing. */
  private linesOf(rows: readonly number[]): { lines?: number[] } {
    const lines = rows.map(this.lineOf);
    return rows.length > 0 && lines.every((line) => line !== undefined) ? { lines } : {};
  }
}

/** Today's date as `YYYY-MM-DD` (UTC), from an injectable clock. */
export function isoDate(now: () => Date): string {
  return now().toISOString().slice(0, 10);
}
