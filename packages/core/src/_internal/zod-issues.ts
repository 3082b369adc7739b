import type * as z from 'zod/mini';
import { BilateralError, type BilateralErrorCode, type BilateralIssue } from '../errors/index.js';
import { nestingIssue } from './nesting-issue.js';
import { describeInput, quoteInput } from './quote-input.js';

type ZodIssue = z.core.$ZodIssue;
type Key = string | number;

/** How many allowed values a message lists before saying how many more there are. */
const LISTED_VALUES = 8;

/** What zod's type names read as in a message. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

/** The value at `path` in `input`, own keys only; `undefined` where there is none. */
function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/**
 * A value named by its kind, as a message says what it found: `a number (1.5)`, `the string "x"`,
 * `true`, `null`, `an array`, `an object`.
 */
function foundWords(value: unknown): string {
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
function oneOf(values: readonly unknown[]): string {
  return values.length > 2 ? `one of ${allowedWords(values)}` : allowedWords(values);
}

/**
 * `must be …`, followed by what was found (`found a number (1.5)`) when the input is known, or
 * `is missing: must be …` when nothing is there.
 */
function mustBe(allowed: string, found: Found): string {
  if (found === undefined) return `must be ${allowed}`;
  const [value] = found;
  return value === undefined
    ? `is missing: must be ${allowed}`
    : `must be ${allowed}, found ${foundWords(value)}`;
}

/** A size or bound: `must have at least 1 item`, `must be at most 10`, `must be less than 5`. */
function sizeWords(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const least = issue.code === 'too_small';
  const limit = String(least ? issue.minimum : issue.maximum);
  const bound = `${least ? 'at least' : 'at most'} ${limit}`;
  const plural = limit === '1' ? '' : 's';
  if (issue.origin === 'string') return `must have ${bound} character${plural}`;
  if (issue.origin === 'array' || issue.origin === 'set') return `must have ${bound} item${plural}`;
  return issue.inclusive === false
    ? `must be ${least ? 'more' : 'less'} than ${limit}`
    : `must be ${bound}`;
}

/** The value an issue is about, in a tuple; no tuple when the checked input is not known. */
type Found = readonly [unknown] | undefined;

function describeIssue(issue: ZodIssue, found: Found): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (found !== undefined && found[0] === undefined) return 'is missing';
      return mustBe(TYPE_WORDS[issue.expected] ?? issue.expected, found);
    case 'invalid_value':
      return mustBe(oneOf(issue.values), found);
    case 'invalid_union': {
      const { options } = issue as { options?: readonly unknown[] };
      if (options !== undefined) return mustBe(oneOf(options), found);
      if (found !== undefined && found[0] === undefined) return 'is missing';
      return `matches none of the forms allowed here${found === undefined ? '' : ` (found ${foundWords(found[0])})`}`;
    }
    case 'invalid_format':
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys
        .slice(0, 10)
        .map((key) => quoteInput(key))
        .join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}`;
    case 'too_small':
    case 'too_big':
      return sizeWords(issue);
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return `is not a valid key${inner === undefined || inner === 'Invalid input' ? '' : `: it ${inner}`}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is not valid';
  }
}

/**
 * Converts zod's issues into Bilateral issues with readable messages. Given the `input` that was
 * checked, a message says what it found there: a field `is missing`, a value of the wrong type
 * named (`must be a string, found a number (1.5)`), an unknown value with the allowed ones.
 */
export function issuesFromZod(issues: readonly ZodIssue[], ...input: [unknown?]): BilateralIssue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is Key => typeof key !== 'symbol');
    const found: Found = input.length > 0 ? [valueAt(input[0], path)] : undefined;
    return { path, message: describeIssue(issue, found) };
  });
}

/**
 * Validates `input` with a zod schema; on failure throws a {@link BilateralError} with `code`
 * and every issue zod found. Input nested too deep or holding a cycle is refused first, with the
 * path where it happens (see {@link nestingIssue}).
 */
export function parseWithSchema<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: BilateralErrorCode,
): T {
  const nesting = nestingIssue(input);
  if (nesting !== undefined) throw new BilateralError(code, [nesting]);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new BilateralError(code, issuesFromZod(result.error.issues, input));
}
