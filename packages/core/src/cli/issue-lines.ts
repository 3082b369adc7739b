import { countOf, grouped } from '../_internal/count-of.js';
import { head } from '../_internal/quote-input.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import {
  type BilateralError,
  type BilateralIssue,
  formatIssuePath,
  type IssueHint,
  type IssueHintCode,
} from '../errors/index.js';
import { CLASSIFICATION_SYSTEMS } from '../infrastructure/data/classification-systems.js';
import { delimiterHint } from '../io/_records.js';

/** The flag for each delimiter, by the library's words for it (`delimiter: ';'`). */
const DELIMITER_FLAGS: ReadonlyMap<string, string> = new Map(
  (
    [
      [',', 'comma'],
      ['\t', 'tab'],
      [';', "';'"],
    ] as const
  ).map(([delimiter, name]) => [delimiterHint(delimiter).message, `--delimiter ${name}`]),
);

/**
 * Each hint in the command's words: what its user can run or set, where the library names a
 * function or an option (`listEconomies() lists them all`), or, for a hint whose words carry a
 * value (`delimiter: ';'`), the command's words for those words. A new hint code is a type error
 * here until it is worded.
 */
const COMMAND_HINTS: Readonly<Record<IssueHintCode, string | ((words: string) => string)>> = {
  LIST_ECONOMIES: '"bilateral economies" lists them all',
  DECIMAL_COMMA: '--decimal-comma',
  DELIMITER: (words) => DELIMITER_FLAGS.get(words) ?? '--delimiter',
  IMPORT_COMTRADE: '"bilateral import comtrade"',
  COMTRADE_URL: 'BILATERAL_COMTRADE_URL',
  // The command checks classes against the embedded systems only: it can name them, not take one.
  CLASSIFICATION_SYSTEMS: `the command knows the systems of ${CLASSIFICATION_SYSTEMS.map((system) => system.country).join(', ')}`,
};

/** A hint in the command's words. */
function commandWords(hint: IssueHint): string {
  const words = COMMAND_HINTS[hint.code];
  return typeof words === 'string' ? words : words(hint.message);
}

/**
 * An issue's message as the command writes it: its hint's words (for a developer, where the
 * library's message ends) in the command's words (`"QQQ" is not an economy code Bilateral knows:
 * …; "bilateral economies" lists them all`), also when a caller wrote more after them (`(line
 * 3)`). The hint says which words they are: no message is searched for a function's name.
 */
export function issueMessage(issue: Pick<BilateralIssue, 'message' | 'hint'>): string {
  const { message, hint } = issue;
  const at = hint === undefined ? -1 : message.lastIndexOf(hint.message);
  if (hint === undefined || at === -1) return message;
  return `${message.slice(0, at)}${commandWords(hint)}${message.slice(at + hint.message.length)}`;
}

/**
 * A failure's message as the command writes it (`--json`'s `error.message`): the one issue, or
 * their count (`count`, the problems found in all when `issues` keeps only the first of them:
 * `error.issueCount`) and a line per group of issues alike ({@link issueLines}' lines), at most
 * 100, in the command's words.
 */
export function issuesMessage(issues: readonly BilateralIssue[], count = issues.length): string {
  const [only] = issues;
  if (only !== undefined && count === 1) return issueLine(only);
  const lines = groupedLines(issues, '  - ', LISTED_ISSUES, count, (cut) =>
    cut ? 'error.issues keeps the first of them' : 'error.issues lists every one',
  );
  return [countOf(count, 'problem'), ...lines].join('\n');
}

/** The groups `--json`'s `error.message` lists; `error.issues` holds every issue. */
const LISTED_ISSUES = 100;
/** The paths a line of issues alike names; it counts the others. */
const SHOWN_PATHS = 3;

/** Issues of one message, said on one line: where the first of them are, and how many. */
interface IssueGroup {
  /** The first of them: one alone is written as it is ({@link issueLine}). */
  readonly first: BilateralIssue;
  /** The message, in the command's words, without the line an importer names in it. */
  readonly message: string;
  /** Whether the issues are of the input as a whole (no path). */
  readonly whole: boolean;
  /** The first issues' paths, each with its place (`rows[0].currency (line 2)`); unused when whole. */
  readonly places: string[];
  count: number;
}

/**
 * The line an importer names in a message: a place, as the path is. The core ends the message
 * with it (`… (line 3)`), DuckDB's engine starts it with its file's (`a.csv line 3: …`).
 */
const LINE_PLACE = / \((line \d+)\)$|^((?:[^:\n]* )?line \d+): /;

/**
 * The issues grouped by message (in the command's words, capped, less the line an importer names
 * in an issue's, where it has a path: {@link LINE_PLACE}), in the order the first of each appears.
 */
function issueGroups(issues: readonly BilateralIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const worded = cappedMessage(issueMessage(issue));
    const whole = issue.path.length === 0;
    // Of the input as a whole, the place stays in the message: no path to name it beside.
    const place = whole ? null : LINE_PLACE.exec(worded);
    const message = place === null ? worded : worded.replace(place[0], '');
    const key = `${whole ? '' : '.'}${message}`;
    const where = place === null ? '' : ` (${place[1] ?? place[2]})`;
    const at = `${whole ? '' : formatIssuePath(issue.path)}${where}`;
    const group = groups.get(key);
    if (group === undefined)
      groups.set(key, { first: issue, message, whole, places: [at], count: 1 });
    else {
      group.count += 1;
      if (group.places.length < SHOWN_PATHS) group.places.push(at);
    }
  }
  return [...groups.values()];
}

/**
 * A group's line: `flows[0].currency, flows[1].currency, flows[2].currency and 497 more (500 in
 * all): must be …`; one issue as {@link issueLine} writes it; issues of the input as a whole
 * `empty (3 times)`. When `cut` (problems past the kept ones were only counted, and may be alike
 * too), the count is of those kept: `(500 kept)`, `empty (3 kept)`.
 */
function groupLine({ first, message, whole, places, count }: IssueGroup, cut = false): string {
  if (count === 1) return issueLine(first);
  const counted = `${grouped(count)} ${cut ? 'kept' : whole ? 'times' : 'in all'}`;
  if (whole) return `${message} (${counted})`;
  const others = count - places.length;
  const more = others > 0 ? ` and ${grouped(others)} more (${counted})` : '';
  return `${places.join(', ')}${more}: ${message}`;
}

/**
 * A line per group of issues alike, every group: what `bilateral validate` prints of an invalid
 * file (`flows[0].currency, flows[1].currency, flows[2].currency and 497 more (500 in all): must
 * be …`; an issue of its own as {@link issueLine} writes it).
 */
export function everyIssueLine(issues: readonly BilateralIssue[]): string[] {
  return issueGroups(issues).map((group) => groupLine(group));
}

/**
 * At most `max` lines of `issues` grouped ({@link issueGroups}), each after `indent`, then how
 * many issues they leave out (`where` says where those are, told whether `issues` is cut), then
 * how many of `count` were only counted.
 */
function groupedLines(
  issues: readonly BilateralIssue[],
  indent: string,
  max: number,
  count: number,
  where: (cut: boolean) => string,
): string[] {
  const groups = issueGroups(issues);
  const shown = groups.slice(0, max);
  const cut = count > issues.length;
  const lines = shown.map((group) => `${indent}${groupLine(group, cut)}`);
  const left = issues.length - shown.reduce((sum, group) => sum + group.count, 0);
  if (left > 0) lines.push(`  … and ${grouped(left)} more (${where(cut)})`);
  if (cut) {
    lines.push(`  … and ${countOf(count - issues.length, 'more problem')} (counted, not kept)`);
  }
  return lines;
}

/** Lines of issues printed as text; `--json` gives them all. */
const MAX_ISSUES = 50;
/** The longest message printed; longer ones (a message quoting a 50 MB input) are cut. */
const MAX_MESSAGE = 2000;

/**
 * `text`, cut after 2,000 characters with how much was left out (`… (11,994 more characters)`),
 * never between the two halves of a surrogate pair. Characters are UTF-16 units, as
 * `quoteInput` counts them.
 */
export function cappedMessage(text: string): string {
  if (text.length <= MAX_MESSAGE) return text;
  const kept = head(text, MAX_MESSAGE);
  return `${kept}… (${grouped(text.length - kept.length)} more characters)`;
}

/**
 * An issue as `--json` prints it: its path as an array, its message (hint included) capped, and
 * its hint, if it has one, as data: its stable code and the command's words for it (`{ code:
 * 'LIST_ECONOMIES', message: '"bilateral economies" lists them all' }`), so a program need not
 * look for them in the message.
 */
export function issueJson(issue: BilateralIssue): BilateralIssue {
  const message = cappedMessage(issueMessage(issue));
  if (issue.hint === undefined) return { path: issue.path, message };
  return {
    path: issue.path,
    message,
    hint: { code: issue.hint.code, message: commandWords(issue.hint) },
  };
}

/** `flows[0].value: must be a decimal number`, or the message alone for the input as a whole. */
export function issueLine(issue: BilateralIssue): string {
  const message = cappedMessage(issueMessage(issue));
  return issue.path.length === 0 ? message : `${formatIssuePath(issue.path)}: ${message}`;
}

/**
 * A line per group of issues alike for a terminal (`indent` then `path: message`; issues of one
 * message on one line, with their first three paths and how many in all, or how many kept when
 * `count` says others were only counted), at most 50, then how
 * many issues more; `count`, the problems found in all when `issues` keeps only the first of
 * them (`error.issueCount`), then says how many were only counted. `--json` lists each issue.
 */
export function issueLines(
  issues: readonly BilateralIssue[],
  indent: string,
  count = issues.length,
): string[] {
  return groupedLines(issues, indent, MAX_ISSUES, count, (cut) =>
    cut ? '--json lists them' : '--json lists them all',
  );
}

/**
 * What a command writes of an input with problems: `head` then their count (`one.csv: 1,500
 * problems; nothing was written`), then {@link issueLines}.
 */
export function problemLines(head: string, error: BilateralError): string[] {
  const count = error.issueCount ?? error.issues.length;
  return [
    `${head}${countOf(count, 'problem')}; nothing was written`,
    ...issueLines(error.issues, '  ', count),
  ];
}

/**
 * An input's problems as every command reports them (the `bilateral` command and
 * `bilateral-embed`, which `@bilateral/core/node` exports it for): `message`, for `--json`'s
 * `error.message`, is `file` then the issues' message; `issues`, for `--json`'s `error.issues`,
 * each with its path and hint; `lines`, for a terminal, are `file` then
 * the one problem, or their count and a line per group of issues alike. The
 * program puts its name before the first line.
 *
 * @param file - the file as messages show it, with its `: ` (`'trade.json: '`), or `''`
 * @param error - the problems (a `FileError`'s `error`)
 * @returns the message, the issues and the lines
 * @example
 * ```ts
 * import { BilateralError } from '@bilateral/core';
 * import { problemsReport } from '@bilateral/core/node';
 * const missing = { message: 'is missing' };
 * const error = new BilateralError('INVALID_DATASET', [
 *   { path: ['id'], ...missing },
 *   { path: ['title'], ...missing },
 * ]);
 * problemsReport('trade.json: ', error).lines; //=> ['trade.json: 2 problems:', '  - id, title: is missing']
 * problemsReport('trade.json: ', error).message; //=> 'trade.json: 2 problems\n  - id, title: is missing'
 * ```
 *
 * @category Node
 */
export function problemsReport(
  file: string,
  error: BilateralError,
): {
  readonly message: string;
  readonly issues: readonly BilateralIssue[];
  readonly lines: readonly string[];
} {
  if (typeof file !== 'string')
    throw wrongArgument(['file'], "the file as messages show it, or ''", file);
  if (!Array.isArray((error as Partial<BilateralError> | null | undefined)?.issues)) {
    throw wrongArgument(['error'], 'a BilateralError', error);
  }
  const { issues, issueCount } = error;
  const [only] = issues;
  const count = issueCount ?? issues.length;
  const summary = only !== undefined && count === 1 ? issueLine(only) : countOf(count, 'problem');
  return {
    message: `${file}${issuesMessage(issues, issueCount)}`,
    issues: issues.map(issueJson),
    lines:
      count > 1
        ? [`${file}${summary}:`, ...issueLines(issues, '  - ', count)]
        : [`${file}${summary}`],
  };
}
