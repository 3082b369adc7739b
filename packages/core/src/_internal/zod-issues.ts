import type * as z from 'zod/mini';
import { BilateralError, type BilateralErrorCode, type BilateralIssue } from '../errors/index.js';
import { type Found, foundWords, mustBe, oneOfValues, wrongType } from './must-be.js';
import { nestingIssue } from './nesting-issue.js';
import { quoteInput } from './quote-input.js';

type ZodIssue = z.core.$ZodIssue;
type Key = string | number;

/** The value at `path` in `input`, own keys only; `undefined` where there is none. */
function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
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

function describeIssue(issue: ZodIssue, found: Found): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue.expected, found);
    case 'invalid_value':
      return mustBe(oneOfValues(issue.values), found);
    case 'invalid_union': {
      const { options } = issue as { options?: readonly unknown[] };
      if (options !== undefined) return mustBe(oneOfValues(options), found);
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
