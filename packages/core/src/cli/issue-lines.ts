import { countOf } from '../_internal/count-of.js';
import { keptIssuesError } from '../_internal/kept-issues.js';
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
 * A failure's message as the command writes it: the library's summary (the one issue, or a line
 * per issue under their count) of the issues in the command's words; `count`, the problems found
 * in all when `issues` keeps only the first of them (`error.issueCount`).
 */
export function issuesMessage(issues: readonly BilateralIssue[], count = issues.length): string {
  // The error is made for its message alone: the summary is the library's, not a copy of it.
  const worded = issues.map((issue) => ({ path: issue.path, message: issueMessage(issue) }));
  return keptIssuesError('INVALID_INPUT', worded, count).message;
}

/** Issues printed as text; `--json` gives them all. */
const MAX_ISSUES = 50;
/** The longest message printed; longer ones (a message quoting a 50 MB input) are cut. */
const MAX_MESSAGE = 2000;

/** `text`, cut after 2,000 characters with how much was left out. */
export function cappedMessage(text: string): string {
  if (text.length <= MAX_MESSAGE) return text;
  return `${text.slice(0, MAX_MESSAGE)}… (${text.length - MAX_MESSAGE} more characters)`;
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
 * A line per issue for a terminal (`indent` then `path: message`), at most 50, then how many
 * more; `count`, the problems found in all when `issues` keeps only the first of them
 * (`error.issueCount`), then says how many were only counted.
 */
export function issueLines(
  issues: readonly BilateralIssue[],
  indent: string,
  count = issues.length,
): string[] {
  const lines = issues.slice(0, MAX_ISSUES).map((issue) => `${indent}${issueLine(issue)}`);
  const cut = count > issues.length;
  if (issues.length > MAX_ISSUES) {
    lines.push(
      `  … and ${issues.length - MAX_ISSUES} more (--json lists them${cut ? '' : ' all'})`,
    );
  }
  if (cut) {
    lines.push(`  … and ${countOf(count - issues.length, 'more problem')} (counted, not kept)`);
  }
  return lines;
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
