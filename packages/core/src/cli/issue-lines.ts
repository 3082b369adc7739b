import { type HintWords, issuesSummary, issueText } from '../_internal/issue-text.js';
import { type BilateralIssue, formatIssuePath, type IssueHintCode } from '../errors/index.js';

/**
 * Each hint in the command's words: what its user can run, where the library names a function
 * (`listEconomies() lists them all`). A new hint code is a type error here until it is worded.
 */
const COMMAND_HINTS: Readonly<Record<IssueHintCode, string>> = {
  LIST_ECONOMIES: '"bilateral economies" lists them all',
};

const commandWords: HintWords = (hint) => COMMAND_HINTS[hint.code];

/**
 * An issue's message as the command writes it: its hint after it, in the command's words
 * (`"QQQ" is not an economy code Bilateral knows: …; "bilateral economies" lists them all`).
 */
export function issueMessage(issue: Pick<BilateralIssue, 'message' | 'hint'>): string {
  return issueText(issue, commandWords);
}

/**
 * A failure's message as the command writes it: the one issue, or a line per issue under their
 * count, each hint in the command's words.
 */
export function issuesMessage(issues: readonly BilateralIssue[]): string {
  return issuesSummary(issues, commandWords);
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

/** An issue as `--json` prints it: its path as an array, its message (hint included) capped. */
export function issueJson(issue: BilateralIssue): BilateralIssue {
  return { path: issue.path, message: cappedMessage(issueMessage(issue)) };
}

/** `flows[0].value: must be a decimal number`, or the message alone for the input as a whole. */
export function issueLine(issue: BilateralIssue): string {
  const message = cappedMessage(issueMessage(issue));
  return issue.path.length === 0 ? message : `${formatIssuePath(issue.path)}: ${message}`;
}

/**
 * A line per issue for a terminal (`indent` then `path: message`), at most 50, then how many
 * more.
 */
export function issueLines(issues: readonly BilateralIssue[], indent: string): string[] {
  const lines = issues.slice(0, MAX_ISSUES).map((issue) => `${indent}${issueLine(issue)}`);
  if (issues.length > MAX_ISSUES) {
    lines.push(`  … and ${issues.length - MAX_ISSUES} more (--json lists them all)`);
  }
  return lines;
}
