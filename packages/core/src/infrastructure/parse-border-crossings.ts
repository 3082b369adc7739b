import { nestingIssue } from '../_internal/nesting-issue.js';
import { BilateralError, type SafeParseResult, toSafeParse } from '../errors/index.js';
import { checkCrossing } from './_lib/check-crossing.js';
import { checkCrossings } from './_lib/check-crossings.js';
import type { BorderCrossing, ParseCrossingOptions } from './border-crossing.js';

/**
 * Validates a list of {@link BorderCrossing}s, each as {@link parseBorderCrossing} does, and
 * checks that their ids are unique. Issue paths start with the index (`[3, 'sides', 1, 'class']`).
 *
 * @param input - the list, as JSON-shaped data
 * @param options - the classification systems and sources to check against
 * @returns the crossings
 * @throws {@link BilateralError} `INVALID_CROSSING` or `UNKNOWN_CLASS`, naming the path
 *
 * @example
 * ```ts
 * parseBorderCrossings(VIETNAM_LAOS_CROSSINGS, { sources: INFRASTRUCTURE_SOURCES }).length;
 * //=> 28
 * ```
 *
 * @category Infrastructure
 */
export function parseBorderCrossings(
  input: unknown,
  options: ParseCrossingOptions = {},
): BorderCrossing[] {
  // A hole in the list (no JSON has one) was skipped by the check and kept in the result.
  const nesting = nestingIssue(input);
  if (nesting !== undefined) throw new BilateralError('INVALID_CROSSING', [nesting]);
  return checkCrossings(input, [], options, checkCrossing);
}

/**
 * The result form of {@link parseBorderCrossings}.
 *
 * @example
 * ```ts
 * safeParseBorderCrossings([{ id: 'x' }]).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseBorderCrossings(
  input: unknown,
  options: ParseCrossingOptions = {},
): SafeParseResult<BorderCrossing[]> {
  return toSafeParse(() => parseBorderCrossings(input, options));
}
