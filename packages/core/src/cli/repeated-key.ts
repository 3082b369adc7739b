import { type JsonSyntaxPlace, repeatedKey } from '../_internal/json-place.js';
import { JsonScanner } from '../_internal/json-scanner.js';

/** Thrown inside the scan to stop it at the first repeated key. */
class Found extends Error {
  constructor(readonly place: JsonSyntaxPlace | undefined) {
    super('repeated key');
  }
}

/**
 * The place of the first key given twice in one object of JSON text that `JSON.parse` read (which
 * keeps the last value and drops the others unsaid), as the streamed import tells it: `line 2,
 * column 3: the key "value" again in its object: …`. Keys are compared as read (`"\u0069d"` is
 * `"id"`). Undefined when every key of every object is its own. Stricter than the import's reader
 * (`io/_json-records.ts`), which, as lossless-json, takes a key given again with an equal value:
 * this scan sees keys, not values (`JSON.parse` kept only the last), so any repeat is refused.
 *
 * @example
 * ```ts
 * firstRepeatedKey('{"a": 1,\n "a": 2}')?.message;
 * //=> 'line 2, column 2: the key "a" again in its object: ` ▶"a": 2}`'
 * firstRepeatedKey('{"a": {"a": 1}}');
 * //=> undefined
 * ```
 */
export function firstRepeatedKey(text: string): JsonSyntaxPlace | undefined {
  // The keys of each object open, by depth.
  const keys: Set<string>[] = [];
  const scanner = new JsonScanner({
    valueStart(_at, depth, code) {
      if (code === 0x7b) keys[depth] = new Set();
    },
    valueEnd() {},
    key(start, end, depth) {
      const quoted = scanner.text(start, end);
      const key: string = quoted.includes('\\') ? JSON.parse(quoted) : quoted.slice(1, -1);
      const seen = keys[depth - 1];
      if (seen?.has(key)) throw new Found(scanner.placeAt(start, repeatedKey(key)));
      seen?.add(key);
    },
  });
  try {
    scanner.push(text);
    scanner.end();
  } catch (error) {
    if (error instanceof Found) return error.place;
    throw error;
  }
  return undefined;
}
