import { issuesFromZod } from '../../_internal/zod-issues.js';
import { BilateralError, type IssuePath } from '../../errors/index.js';
import {
  type BorderCrossing,
  BorderCrossingSchema,
  type ParseCrossingOptions,
} from '../border-crossing.js';
import { checkCrossingRules } from './crossing-rules.js';

/**
 * Validates one crossing given as JSON (its shape with the schema, then its rules) and returns
 * it; every issue path starts with `path`. The calculations use `readCrossing` instead.
 */
export function checkCrossing(
  input: unknown,
  path: IssuePath,
  options: ParseCrossingOptions,
): BorderCrossing {
  const parsed = BorderCrossingSchema.safeParse(input);
  if (!parsed.success) {
    throw new BilateralError(
      'INVALID_CROSSING',
      issuesFromZod(parsed.error.issues, input).map((issue) => ({
        ...issue,
        path: [...path, ...issue.path],
      })),
    );
  }
  return checkCrossingRules(parsed.data, path, options);
}
