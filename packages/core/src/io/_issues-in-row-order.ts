/**
 * Puts the issues a streamed import finds once the input has ended (in its temporary files) among
 * those found as the rows were read. Private to the `io` module.
 *
 * @internal
 */

import type { BilateralIssue } from '../errors/index.js';

/** The row an issue is about (`['rows', 41, …]`), or -1 (the header, the input as a whole). */
function rowOf(issue: BilateralIssue): number {
  const [first, row] = issue.path;
  return first === 'rows' && typeof row === 'number' ? row : -1;
}

/**
 * `issues` (in the order of their rows) with `late` (found once the whole input was read) put
 * where they would have been had they been found as their rows were read.
 */
export function inRowOrder(
  issues: readonly BilateralIssue[],
  late: readonly BilateralIssue[],
): BilateralIssue[] {
  if (late.length === 0) return [...issues];
  const pending = [...late].sort((a, b) => rowOf(a) - rowOf(b));
  const merged: BilateralIssue[] = [];
  let next = 0;
  for (const issue of issues) {
    while (next < pending.length && rowOf(pending[next] as BilateralIssue) < rowOf(issue)) {
      merged.push(pending[next] as BilateralIssue);
      next += 1;
    }
    merged.push(issue);
  }
  return [...merged, ...pending.slice(next)];
}
