import { type BilateralIssue, formatIssuePath } from '../errors/index.js';

/** Issues printed as text; `--json` gives them all. */
const MAX_ISSUES = 50;
/** The longest message printed; longer ones (a message quoting a 50 MB input) are cut. */
const MAX_MESSAGE = 2000;

/** `text`, cut after 2,000 characters with how much was left out. */
export function cappedMessage(text: string): string {
  if (text.length <= MAX_MESSAGE) return text;
  return `${text.slice(0, MAX_MESSAGE)}… (${text.length - MAX_MESSAGE} more characters)`;
}

/** An issue as `--json` prints it: its path as an array, its message capped. */
export function issueJson(issue: BilateralIssue): BilateralIssue {
  return { path: issue.path, message: cappedMessage(issue.message) };
}

/** `flows[0].value: must be a decimal number`, or the message alone for the input as a whole. */
export function issueLine(issue: BilateralIssue): string {
  const message = cappedMessage(issue.message);
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
