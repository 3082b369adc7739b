/**
 * What a value must be, in a user's words: the sentences a check says of a bad field, shared by
 * the schemas' issues ({@link issuesFromZod}) and the hand-written checks (the calculations'
 * crossing checker, `reconcile`), so that both say `is missing` and `must be a string, found a
 * number (5)` alike.
 *
 * @internal
 */
import { describeInput } from './quote-input.js';

/** How many allowed values a message lists before saying how many more there are. */
const LISTED_VALUES = 8;

/** What a type's name (zod's, or a hand-written check's) reads as in a message. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
};

/**
 * The value a message is about, in a tuple (`[undefined]`: nothing is there); no tuple when the
 * checked input is not known.
 */
export type Found = readonly [unknown] | undefined;

/**
 * A value named by its kind, as a message says what it found: `a number (1.5)`, `the string "x"`,
 * `true`, `null`, `an array`, `an object`.
 */
export function foundWords(value: unknown): string {
  if (typeof value === 'number') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? `the string ${describeInput(value)}` : describeInput(value);
}

/** `"a", "b" or "c"`, the list cut after {@link LISTED_VALUES} with how many more there are. */
function allowedWords(values: readonly unknown[]): string {
  const words = values.slice(0, LISTED_VALUES).map((value) => JSON.stringify(value));
  const more = values.length - words.length;
  if (more > 0) return `${words.join(', ')} and ${String(more)} more`;
  const last = words.pop();
  return words.length === 0 ? String(last) : `${words.join(', ')} or ${String(last)}`;
}

/** The allowed values as `must be` takes them: `"a"`, `"a" or "b"`, `one of "a", "b" or "c"`. */
export function oneOfValues(values: readonly unknown[]): string {
  return values.length > 2 ? `one of ${allowedWords(values)}` : allowedWords(values);
}

/**
 * `must be …`, followed by what was found (`found a number (1.5)`) when the input is known, or
 * `is missing: must be …` when nothing is there.
 */
export function mustBe(allowed: string, found: Found): string {
  if (found === undefined) return `must be ${allowed}`;
  const [value] = found;
  return value === undefined
    ? `is missing: must be ${allowed}`
    : `must be ${allowed}, found ${foundWords(value)}`;
}

/**
 * What a value of the wrong type is told, `type` named as zod names it (`string`, `object`,
 * `array` …): `is missing` when nothing is there, else `must be a string, found a number (5)`
 * (without `found …` when the input is not known).
 */
export function wrongType(type: string, found: Found): string {
  if (found !== undefined && found[0] === undefined) return 'is missing';
  return mustBe(TYPE_WORDS[type] ?? type, found);
}
