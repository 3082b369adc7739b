/**
 * Gathers the exclusions and notes of an import, grouping rows that share a reason (or note code)
 * and a message. Private to the `io` module.
 *
 * @internal
 */

import { KEPT_PROBLEMS, keptIssuesError } from '../_internal/kept-issues.js';
import { describeInput } from '../_internal/quote-input.js';
import {
  BilateralError,
  type BilateralIssue,
  type IssueHint,
  type IssuePath,
} from '../errors/index.js';
import { type ExampleGroup, ExampleGroups, sortExamples } from './_example-groups.js';
import { EXCLUSION, NOTE, type RowLedger } from './_row-ledger.js';
import { RowRuns } from './_row-runs.js';
import type {
  ExcludedRows,
  ExclusionReason,
  ImportNote,
  ImportNoteCode,
  ReportRow,
} from './import-result.js';

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
    if (group.listed === undefined && row >= group.runs.last) {
      // The row it took last, again (two notes of one row sharing a message): counted once.
      if (row > group.runs.last) group.runs.push(row);
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
}

/** How many rows each exclusion and note of a streamed import lists by default. */
const EXAMPLE_ROWS = 100;

/**
 * The `examples` option of a streamed import checked: how many rows each exclusion and note lists
 * ({@link EXAMPLE_ROWS} when not given; `Infinity` lists every row).
 *
 * @throws BilateralError `INVALID_INPUT` at `examples` for anything but a whole number of at least
 * 0 or `Infinity`
 */
export function exampleLimit(examples: unknown): number {
  if (examples === undefined) return EXAMPLE_ROWS;
  if (examples === Number.POSITIVE_INFINITY) return examples;
  if (typeof examples === 'number' && Number.isSafeInteger(examples) && examples >= 0) {
    return examples;
  }
  throw new BilateralError('INVALID_INPUT', [
    {
      path: ['examples'],
      message: `expected a whole number of at least 0 (or Infinity, to list every row), got ${describeInput(examples)}`,
    },
  ]);
}

/**
 * The exclusions and notes of a log with an example limit: counts, and the first rows of each
 * group. A note on a row is taken back when the row turns out not to be a flow
 * ({@link ImportLog.unnoteRow}), so the notes describe flows only as the rows are placed.
 */
interface Bounded {
  readonly exclusions: ExampleGroups<ExclusionReason>;
  readonly notes: ExampleGroups<ImportNoteCode>;
  /** The note groups of the row noted last, and that row. */
  readonly rowNotes: ExampleGroup<ImportNoteCode>[];
  rowNoted: number;
  /** The group of the last exclusion. */
  lastExclusion: number;
  /** Whether a row was excluded late (the groups are then put in the order of their first rows). */
  late: boolean;
  /** Every row of every group, when the caller asked for the full list. */
  readonly ledger: RowLedger | undefined;
}

/** Collects what an importer finds: fatal issues, exclusions and notes. */
export class ImportLog {
  /** The first {@link KEPT_PROBLEMS} fatal problems, in full. */
  readonly issues: BilateralIssue[] = [];
  /** How many fatal problems were found: those kept, then those only counted. */
  private found = 0;
  private readonly exclusions = new Groups<ExclusionReason>();
  private readonly noteGroups = new Groups<ImportNoteCode>();
  /** With an example limit: what is kept instead of every row. */
  private readonly bounded: Bounded | undefined;

  /**
   * `examples`: how many rows each exclusion and note lists (the first ones), the others only
   * counted — memory that does not grow with the rows, for a streamed import; without it, every
   * row is listed.
   */
  constructor(
    private readonly rowPath: IssuePath,
    /** The line of a row in the file, for CSV input; undefined for other input. */
    readonly lineOf: (row: number) => number | undefined = () => undefined,
    examples?: number,
    ledger?: RowLedger,
  ) {
    this.bounded =
      examples === undefined
        ? undefined
        : {
            exclusions: new ExampleGroups(examples),
            notes: new ExampleGroups(examples),
            rowNotes: [],
            rowNoted: -1,
            lastExclusion: -1,
            late: false,
            ledger,
          };
  }

  /** The path of a row (and optionally a field in it). */
  path(row: number, ...rest: (string | number)[]): IssuePath {
    return [...this.rowPath, row, ...rest];
  }

  /**
   * A fatal problem in a row; for CSV input the message names the line. With a `hint`, which the
   * message holds (see {@link IssueHint}).
   */
  problem(
    row: number,
    field: string | undefined,
    message: string,
    hint?: IssueHint,
  ): BilateralIssue {
    return this.addIssue(this.issueAt(row, field === undefined ? [] : [field], message, hint));
  }

  /**
   * A fatal problem, kept in `issues` while they are fewer than {@link KEPT_PROBLEMS}, else
   * counted only; returned either way.
   */
  addIssue(issue: BilateralIssue): BilateralIssue {
    this.found += 1;
    if (this.issues.length < KEPT_PROBLEMS) this.issues.push(issue);
    return issue;
  }

  /** How many fatal problems were found, the kept `issues` and those only counted. */
  get problemCount(): number {
    return this.found;
  }

  /**
   * Puts `issues` (of the `count` problems now found in all) in place of the kept ones: the
   * problems found once the input has ended, put among the others in row order.
   */
  replaceIssues(issues: readonly BilateralIssue[], count: number): void {
    this.issues.splice(0, this.issues.length, ...issues.slice(0, KEPT_PROBLEMS));
    this.found = count;
  }

  /** The `INVALID_IMPORT` error of the problems found: the kept ones, and how many in all. */
  error(): BilateralError {
    return keptIssuesError('INVALID_IMPORT', this.issues, this.found);
  }

  /** The issue of a problem at `rest` in a row; for CSV input its message names the line. */
  issueAt(
    row: number,
    rest: readonly (string | number)[],
    message: string,
    hint?: IssueHint,
  ): BilateralIssue {
    const line = this.lineOf(row);
    return {
      path: this.path(row, ...rest),
      message: line === undefined ? message : `${message} (line ${line})`,
      ...(hint === undefined ? {} : { hint }),
    };
  }

  /** A fatal problem of the input as a whole (or at a path given in full). */
  problemAt(path: IssuePath, message: string): void {
    this.addIssue({ path, message });
  }

  exclude(reason: ExclusionReason, message: string, row: number): void {
    const bounded = this.bounded;
    if (bounded === undefined) this.exclusions.add(reason, message, row);
    else {
      if (row !== bounded.rowNoted) this.settleNotes();
      const group = bounded.exclusions.group(reason, message);
      bounded.exclusions.add(group, row);
      bounded.lastExclusion = group.number;
      bounded.ledger?.record(EXCLUSION, group.number, row);
    }
  }

  /** With an example limit: the number of the group of the last exclusion (-1: none yet). */
  get lastExclusion(): number {
    return this.bounded?.lastExclusion ?? -1;
  }

  /**
   * Excludes a row whose reason was found only once the whole input was read (a repeat found in
   * a streamed import's temporary files), as if it had been excluded when read: out of the
   * exclusion numbered `from`, when it was in one (a log with an example limit only).
   */
  excludeLate(reason: ExclusionReason, message: string, row: number, from = -1): void {
    const bounded = this.bounded;
    // Only a streamed import finds rows late, and its log always has an example limit.
    if (bounded === undefined) throw new Error('excludeLate needs a log with an example limit');
    this.settleNotes();
    const groups = bounded.exclusions;
    const was = groups.list[from];
    if (was !== undefined) {
      groups.remove(was, row);
      bounded.ledger?.withdraw(EXCLUSION, from, row);
    }
    const group = groups.group(reason, message);
    groups.add(group, row);
    bounded.ledger?.record(EXCLUSION, group.number, row);
    bounded.late = true;
  }

  note(code: ImportNoteCode, message: string, row?: number): void {
    const bounded = this.bounded;
    if (bounded === undefined) {
      this.noteGroups.add(code, message, row);
      return;
    }
    const group = bounded.notes.group(code, message);
    if (row === undefined) return;
    if (row !== bounded.rowNoted) {
      this.settleNotes();
      bounded.rowNoted = row;
    }
    if (group.last !== row) bounded.rowNotes.push(group);
    bounded.notes.add(group, row);
  }

  /**
   * With an example limit: the numbers of the note groups of `row`, when it is the row noted last
   * (a streamed import keeps them beside a flow it may drop once the input has ended).
   */
  notesOf(row: number): number[] {
    const bounded = this.bounded;
    if (bounded === undefined || bounded.rowNoted !== row) return [];
    return bounded.rowNotes.map((group) => group.number);
  }

  /**
   * With an example limit: takes back the notes on `row`, the row noted last, which did not
   * become a flow (a note on a row left out would describe a flow that is not there).
   */
  unnoteRow(row: number): void {
    const bounded = this.bounded;
    if (bounded === undefined || bounded.rowNoted !== row) return;
    for (const group of bounded.rowNotes) bounded.notes.remove(group, row);
    bounded.rowNotes.length = 0;
    bounded.rowNoted = -1;
  }

  /** With an example limit: takes `row` out of the note group numbered `group` (its flow was dropped). */
  unnote(group: number, row: number): void {
    const bounded = this.bounded;
    const noted = bounded?.notes.list[group];
    if (bounded === undefined || noted === undefined) return;
    bounded.notes.remove(noted, row);
    const pending = bounded.rowNoted === row ? bounded.rowNotes.indexOf(noted) : -1;
    if (pending !== -1) bounded.rowNotes.splice(pending, 1);
    else bounded.ledger?.withdraw(NOTE, group, row);
  }

  /**
   * The notes on the row noted last, final once another row has an exclusion or a note (the rows
   * are placed one after the other): into the full list, when there is one.
   */
  private settleNotes(): void {
    const bounded = this.bounded;
    if (bounded === undefined) return;
    for (const group of bounded.rowNotes) {
      bounded.ledger?.record(NOTE, group.number, bounded.rowNoted);
    }
    bounded.rowNotes.length = 0;
    bounded.rowNoted = -1;
  }

  /** Appends what the full list gathered since the last call (when there is one). */
  async flushRows(): Promise<void> {
    await this.bounded?.ledger?.flush();
  }

  /** Removes the full list's files (the import failed). */
  async discardRows(): Promise<void> {
    await this.bounded?.ledger?.discard();
  }

  /**
   * Hands every row of every exclusion and note to `emit`, in batches, in the order they were
   * placed (those found once the input had ended last), when the log keeps the full list.
   */
  async emitRows(emit: (rows: readonly ReportRow[]) => void | Promise<void>): Promise<void> {
    const bounded = this.bounded;
    const ledger = bounded?.ledger;
    if (bounded === undefined || ledger === undefined) return;
    this.settleNotes();
    let batch: ReportRow[] = [];
    await ledger.readBack(
      (kind, number, row) => {
        const line = this.lineOf(row);
        const where = line === undefined ? { row } : { row, line };
        if (kind === EXCLUSION) {
          const group = bounded.exclusions.list[number];
          if (group !== undefined)
            batch.push({ reason: group.key, ...where, message: group.message });
        } else {
          const group = bounded.notes.list[number];
          if (group !== undefined)
            batch.push({ code: group.key, ...where, message: group.message });
        }
      },
      async () => {
        const full = batch;
        batch = [];
        if (full.length > 0) await emit(full);
      },
    );
  }

  /**
   * The exclusions: each group's reason, count, rows, lines (for input with lines) and message.
   * The rows and lines are made as arrays only when read.
   */
  excluded(): ExcludedRows[] {
    const bounded = this.bounded;
    if (bounded !== undefined) {
      const groups = bounded.exclusions;
      const kept = groups.list.filter((group) => group.count > 0);
      if (bounded.late) kept.sort((a, b) => groups.firstOf(a) - groups.firstOf(b));
      return kept.map((group) => {
        const { rows, lines, omitted } = this.listed(group);
        return {
          reason: group.key,
          count: group.count,
          rows,
          ...(lines === undefined ? {} : { lines }),
          ...(omitted === 0 ? {} : { omitted }),
          message: group.message,
        };
      });
    }
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
    const bounded = this.bounded;
    if (bounded !== undefined) {
      // Notes on rows left out were taken back as the rows were placed (`keep` is for whole lists).
      return bounded.notes.list.flatMap((group) => {
        // A note on rows whose every row was taken back.
        if (group.count === 0 && group.first !== -1) return [];
        const { rows, lines, omitted } = this.listed(group);
        return [
          {
            code: group.key,
            rows,
            ...(lines === undefined ? {} : { lines }),
            ...(omitted === 0 ? {} : { omitted }),
            message: group.message,
          },
        ];
      });
    }
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

  /** A bounded group's listed rows, their lines (for input with lines), and how many are not listed. */
  private listed(group: ExampleGroup<unknown>): {
    rows: number[];
    lines: number[] | undefined;
    omitted: number;
  } {
    const rows = [...sortExamples(group)];
    // Whether the input has lines, from a row of the group (none for a note on the whole input).
    const probe = rows[0] ?? group.first;
    const lines =
      probe === -1 || this.lineOf(probe) === undefined
        ? undefined
        : rows.map((row) => this.lineOf(row) as number);
    return { rows, lines, omitted: group.count - rows.length };
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
