import * as z from 'zod/mini';
import { calendarDateProblem } from '../_internal/calendar-date.js';

/**
 * A calendar date known to the day, the month or the year: `2020-12-22`, `2014-06` or `2009`.
 * Laws and news give dates at all three precisions; a partial date covers its whole month or
 * year, and date queries say when their answer falls inside such a span (`approximate`).
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse('2014-06').success;
 * //=> true
 * PartialDateSchema.safeParse('2014-13').success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const PartialDateSchema = z.string().check(
  z.refine((text) => calendarDateProblem(text) === undefined, {
    error: (issue) => calendarDateProblem(String(issue.input)) ?? 'is not a date',
  }),
);

/**
 * A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see {@link PartialDateSchema}).
 *
 * @example
 * ```ts
 * const upgraded: PartialDate = '2014-06';
 * ```
 *
 * @category Infrastructure
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;
