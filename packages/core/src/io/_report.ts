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
  readonly seen: Set<number>;
}

function add<K>(groups: Map<string, Group<K>>, key: K, message: string, row?: number): void {
  const id = `${String(key)}\u0000${message}`;
  let group = groups.get(id);
  if (group === undefined) {
    group = { key, message, rows: [], seen: new Set() };
    groups.set(id, group);
  }
  if (row !== undefined && !group.seen.has(row)) {
    group.seen.add(row);
    group.rows.push(row);
  }
}

/** Collects what an importer finds: fatal issues, exclusions and notes. */
export class ImportLog {
  readonly issues: BilateralIssue[] = [];
  private readonly exclusions = new Map<string, Group<ExclusionReason>>();
  private readonly noteGroups = new Map<string, Group<ImportNoteCode>>();

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
    add(this.exclusions, reason, message, row);
  }

  note(code: ImportNoteCode, message: string, row?: number): void {
    add(this.noteGroups, code, message, row);
  }

  excluded(): ExcludedRows[] {
    return [...this.exclusions.values()].map((group) => ({
      reason: group.key,
      count: group.rows.length,
      rows: group.rows,
      ...this.linesOf(group.rows),
      message: group.message,
    }));
  }

  notes(): ImportNote[] {
    return [...this.noteGroups.values()].map((group) => ({
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
