import { type BilateralIssue, formatIssuePath, type IssueHint } from '../errors/bilateral-error.js';

/** How a hint is worded: the library's own words (its `message`) unless a program words it. */
export type HintWords = (hint: IssueHint) => string;

/** A hint in the library's words: its `message` (`listEconomies() lists them all`). */
const libraryWords: HintWords = (hint) => hint.message;

/**
 * An issue's message with its hint after it, the hint in `words` (the library's by default):
 * `"XYZ" is not a known economy code: …; listEconomies() lists them all`.
 */
export function issueText(
  issue: Pick<BilateralIssue, 'message' | 'hint'>,
  words: HintWords = libraryWords,
): string {
  return issue.hint === undefined ? issue.message : `${issue.message}; ${words(issue.hint)}`;
}

/** How many issues a summary lists; the issues themselves hold every one. */
const LISTED_ISSUES = 100;

/**
 * A {@link BilateralError}'s message: its one issue, or a line per issue (the first 100) under
 * their count; each issue's hint in `words`.
 */
export function issuesSummary(
  issues: readonly BilateralIssue[],
  words: HintWords = libraryWords,
): string {
  const lines = issues.slice(0, LISTED_ISSUES).map((issue) => {
    const text = issueText(issue, words);
    return issue.path.length === 0 ? text : `${formatIssuePath(issue.path)}: ${text}`;
  });
  if (issues.length === 1) return lines[0] ?? '';
  const more = issues.length - lines.length;
  const rest = more > 0 ? `\n  … and ${more} more (error.issues lists every one)` : '';
  return `${issues.length} problems\n${lines.map((line) => `  - ${line}`).join('\n')}${rest}`;
}
