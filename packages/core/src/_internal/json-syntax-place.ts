/**
 * Where a JSON text breaks, for a person with an editor: the line and column (1-based, columns
 * in characters, a surrogate pair one), what was found there in words, and an excerpt of that
 * line with the place marked. Run only once a parser has refused the text: it scans the text
 * again, without building any value.
 *
 * @internal
 */

import {
  duplicateKeyOf,
  type JsonSyntaxPlace,
  lineBreaks,
  lineStartBefore,
  placeOf,
  repeatedKey,
} from './json-place.js';
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

/**
 * The place of the key a parser's `message` names as given twice in `text` (lossless-json's
 * `Duplicate key 'a' encountered at position 12`), or `undefined` for another message.
 *
 * @example
 * ```ts
 * repeatedKeyPlace('{"a": 1,\n "a": 2}', "Duplicate key 'a' encountered at position 11")?.message;
 * //=> "line 2, column 2: the key \"a\" again in its object: ` ▶\"a\": 2}`"
 * ```
 */
export function repeatedKeyPlace(text: string, message: string): JsonSyntaxPlace | undefined {
  const duplicate = duplicateKeyOf(message);
  if (duplicate === undefined) return undefined;
  const { key, at } = duplicate;
  return placeOf(
    text,
    at,
    1 + lineBreaks(text, 0, at),
    lineStartBefore(text, at),
    repeatedKey(key),
  );
}
