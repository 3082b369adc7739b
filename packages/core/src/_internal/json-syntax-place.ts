/**
 * Where a JSON text breaks, for a person with an editor: the line and column (1-based, columns
 * in characters, a surrogate pair one), what was found there in words, and an excerpt of that
 * line with the place marked. Run only once a parser has refused the text: it scans the text
 * again, without building any value.
 *
 * @internal
 */

import type { JsonSyntaxPlace } from './json-place.js';
import { JsonScanner, JsonSyntaxError } from './json-scanner.js';

export type { JsonSyntaxPlace } from './json-place.js';

/** A listener of nothing: the scan only looks for the error. */
const NOTHING = { valueStart() {}, valueEnd() {}, key() {} };

/**
 * The place of the first syntax error in `text` (a BOM already dropped), or `undefined` when
 * it is well-formed JSON (a parser refused it for another reason: a duplicate key, its depth).
 *
 * @example
 * ```ts
 * jsonSyntaxPlace('{"a": 1,\n "b": }')?.message;
 * //=> "line 2, column 7: a '}' where a value was expected: ` \"b\": ▶}`"
 * ```
 */
export function jsonSyntaxPlace(text: string): JsonSyntaxPlace | undefined {
  try {
    const scanner = new JsonScanner(NOTHING);
    scanner.push(text);
    scanner.end();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.place;
    throw error;
  }
}
