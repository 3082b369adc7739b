import * as z from 'zod/mini';
import { safeParsePeriod } from './safe-parse-period.js';

/**
 * The JSON form of a period: its text (`2024`, `2024-H1`, `2024-Q3`, `2024-09`,
 * `2024-01/2024-09`), checked with {@link parsePeriod}.
 *
 * @example
 * ```ts
 * PeriodTextSchema.safeParse('2024-Q5').success;
 * //=> false
 * ```
 *
 * @category Periods
 */
export const PeriodTextSchema = z.string().check(
  z.refine((text) => safeParsePeriod(text).success, {
    error: (issue) => {
      const result = safeParsePeriod(String(issue.input));
      return result.success ? 'is not a period' : result.error.message;
    },
  }),
);
