import type * as z from 'zod/mini';
import { BilateralError, type BilateralErrorCode, type BilateralIssue } from '../errors/index.js';
import { nestingIssue } from './nesting-issue.js';
import { quoteInput } from './quote-input.js';

type ZodIssue = z.core.$ZodIssue;

function describeIssue(issue: ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys
        .slice(0, 10)
        .map((key) => quoteInput(key))
        .join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}`;
    case 'too_small':
      return `must have at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    default:
      return 'is not valid';
  }
}

/** Converts zod's issues into Bilateral issues with readable messages. */
export function issuesFromZod(issues: readonly ZodIssue[]): BilateralIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: describeIssue(issue),
  }));
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
  throw new BilateralError(code, issuesFromZod(result.error.issues));
}
