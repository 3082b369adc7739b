/**
 * Gathers the exclusions and notes of an import, grouping rows that share a reason (or note code)
 * and a message. Private to the `io` module.
 *
 * @internal
 */

import type { BilateralIssue, IssuePath } from '../errors/index.js';
import { RowRuns } from './_row-runs.js';
import type { ExcludedRows, ExclusionReason, ImportNote, ImportNoteCode } from './import-result.js';

interface Group<K> {
  readonly key: K;
  readonly message: string;
  /**
   * The rows while each comes past the last, as runs: a big file whose every row is noted keeps
   * its million rows in a few bytes.
   */
  runs: RowRuns;
  /** The rows once one came that is not past the last (`runs` is then left empty), as they came. */
  listed?: number[];
  /** The rows, as a set, with `listed`: made only once a row comes that is not past the last. */
  seen?: Set<number>;
}

/** How many rows a group holds. */
function countOf(group: Group<unknown>): number {
  return group.listed?.length ?? group.runs.size;
}

/** The rows of a group, as a new array when they are runs. */
function rowsOf(group: Group<unknown>): number[] {
  return group.listed ?? group.runs.toArray();
}

/** The rows of a group as an array it keeps (made from the runs the first time). */
function listOf(group: Group<unknown>): number[] {
  if (group.listed === undefined) {
    group.listed = group.runs.toArray();
    group.runs = new RowRuns();
  }
  return group.listed;
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
        group = { key, message, runs: new RowRuns() };
        this.byId.set(id, group);
      }
      this.last = group;
    }
    if (row === undefined) return;
    if (group.listed === undefined && row > group.runs.last) {
      group.runs.push(row);
      return;
    }
    const rows = listOf(group);
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
      if (group.listed === undefined && !group.runs.has(row)) continue;
      const rows = listOf(group);
      const at = rows.indexOf(row);
      if (at === -1) continue;
      rows.splice(at, 1);
      group.seen?.delete(row);
      if (rows.length === 0) this.byId.delete(id);
    }
    this.last = undefined;
    const id = `${String(key)}\u0000${message}`;
    const group = this.byId.get(id) ?? { key, message, runs: new RowRuns() };
    this.byId.set(id, group);
    const rows = listOf(group);
    let at = rows.length;
    while (at > 0 && (rows[at - 1] as number) > row) at -= 1;
    rows.splice(at, 0, row);
    group.seen?.add(row);
    const first = (each: Group<K>) => each.listed?.[0] ?? each.runs.first;
    const groups = [...this.byId].sort(([, a], [, b]) => first(a) - first(b));
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

  /**
   * The exclusions: each group's reason, count, rows, lines (for input with lines) and message.
   * The rows and lines are made as arrays only when read.
   */
  excluded(): ExcludedRows[] {
    return [...this.exclusions.byId.values()].map((group) => {
      const { rows, lines } = this.lazyRows(group);
      return lines === undefined
        ? {
            reason: group.key,
            count: countOf(group),
            get rows() {
              return rows();
            },
            message: group.message,
          }
        : {
            reason: group.key,
            count: countOf(group),
            get rows() {
              return rows();
            },
            get lines() {
              return lines();
            },
            message: group.message,
          };
    });
  }

  /**
   * The notes: each code's rows, lines (for input with lines) and message, made as arrays only
   * when read. With `keep`, a note on rows keeps only the rows `keep(code)` passes (when it gives
   * a test), and is left out when none pass.
   */
  notes(keep?: (code: ImportNoteCode) => ((row: number) => boolean) | undefined): ImportNote[] {
    return [...this.noteGroups.byId.values()].flatMap((group) => {
      const test = countOf(group) === 0 ? undefined : keep?.(group.key);
      let kept = countOf(group);
      if (test !== undefined) {
        kept =
          group.listed === undefined
            ? group.runs.countWhere(test)
            : group.listed.filter(test).length;
        if (kept === 0) return [];
      }
      // Every row kept: no filtering.
      const { rows, lines } = this.lazyRows(group, kept === countOf(group) ? undefined : test);
      return lines === undefined
        ? [
            {
              code: group.key,
              get rows() {
                return rows();
              },
              message: group.message,
            },
          ]
        : [
            {
              code: group.key,
              get rows() {
                return rows();
              },
              get lines() {
                return lines();
              },
              message: group.message,
            },
          ];
    });
  }

  /**
   * A group's rows (those passing `test`, when given) and their lines, each made once, when first
   * asked for; no lines when the input has none (its first row has no line).
   */
  private lazyRows(
    group: Group<unknown>,
    test?: (row: number) => boolean,
  ): { rows: () => number[]; lines: (() => number[]) | undefined } {
    let rows: number[] | undefined;
    let lines: number[] | undefined;
    const made = () => {
      rows ??= test === undefined ? rowsOf(group) : rowsOf(group).filter(test);
      return rows;
    };
    const first = group.listed?.[0] ?? group.runs.first;
    const hasLines = countOf(group) > 0 && this.lineOf(first) !== undefined;
    return {
      rows: made,
      lines: hasLines
        ? () => {
            lines ??= made().map((row) => this.lineOf(row) as number);
            return lines;
          }
        : undefined,
    };
  }
}

/** Today's date as `YYYY-MM-DD` (UTC), from an injectable clock. */
export function isoDate(now: () => Date): string {
  return now().toISOString().slice(0, 10);
}
