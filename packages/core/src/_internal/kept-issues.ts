/**
 * An error of very many problems that keeps the first of them in full and counts the others.
 *
 * @internal
 */

import { BilateralError, type BilateralErrorCode, type BilateralIssue } from '../errors/index.js';
import { countOf, grouped } from './count-of.js';
import { checkCount, wrongArgument } from './wrong-argument.js';

/**
 * How many problems an importer keeps in full; past them it only counts. A one-line JSON array of
 * twenty million numbers is twenty million problems: kept, they took more than the 4 GB of V8's
 * heap (about 300 bytes each) and ended the process; no reader can use that many lines, and
 * nothing is imported while there is one, so no row is lost. For `@bilateral/duckdb` too (from
 * `@bilateral/core/node`), so both engines keep as many.
 *
 * @example
 * ```ts
 * import { KEPT_PROBLEMS } from '@bilateral/core/node';
 * KEPT_PROBLEMS;
 * //=> 1000
 * ```
 * @category Node
 */
export const KEPT_PROBLEMS = 1000;

/**
 * The error of `count` problems of which `kept` are the first: a plain {@link BilateralError}
 * when `kept` holds every one, or else one whose `issueCount` is `count` and whose message says
 * how many more there were. For `@bilateral/duckdb` too (from `@bilateral/core/node`), so the
 * command says of its problems what it says of the core's (`… and 900 more problems (counted,
 * not kept)`, and `issueCount` in `--json`).
 *
 * @example
 * ```ts
 * import { keptIssuesError } from '@bilateral/core/node';
 * const error = keptIssuesError('INVALID_IMPORT', [{ path: ['rows', 0], message: 'bad' }], 3);
 * [error.issues.length, error.issueCount];
 * //=> [1, 3]
 * ```
 * @category Node
 */
export function keptIssuesError(
  code: BilateralErrorCode,
  kept: readonly BilateralIssue[],
  count: number,
): BilateralError {
  if (!Array.isArray(kept as unknown)) throw wrongArgument(['kept'], 'an array of issues', kept);
  checkCount('count', count);
  const error = new BilateralError(code, kept);
  const more = count - kept.length;
  if (more <= 0) return error;
  // The summary of the kept issues, told of the others: its count, and its last line (the
  // issues it lists past its own lines) saying what error.issues holds.
  const lines = kept.length === 1 ? ['', `  - ${error.message}`] : error.message.split('\n');
  if (lines.at(-1)?.startsWith('  … and ')) lines.pop();
  const body = lines.slice(1);
  const listed = body.filter((line) => line.startsWith('  - ')).length;
  const summary = [
    countOf(count, 'problem'),
    ...body,
    `  … and ${grouped(count - listed)} more (error.issues keeps the first ${grouped(kept.length)}; ${countOf(more, 'more problem')} counted, not kept)`,
  ];
  return Object.assign(error, { message: summary.join('\n'), issueCount: count });
}
