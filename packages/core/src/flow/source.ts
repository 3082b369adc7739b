import * as z from 'zod/mini';
import { calendarDateProblem } from '../_internal/calendar-date.js';
import { SourceIdSchema } from '../_internal/id-schemas.js';
import { quoteInput } from '../_internal/quote-input.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';

/**
 * The JSON shape of a {@link Source}: who published a figure, where and when.
 *
 * @example
 * ```ts
 * const [source] = vietnamLaosDocument.sources;
 * SourceSchema.safeParse(source).success;
 * //=> true
 * SourceSchema.safeParse({ ...source, date: '24/10/2024' }).success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export const SourceSchema = z.object({
  /** Identifier used by flows, statements, crossings and facilities, e.g. `"seed-004"`. */
  id: SourceIdSchema,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** Publication date, `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known). */
  date: z.string().check(
    z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
      error: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
      abort: true,
    }),
    z.refine((text) => calendarDateProblem(text) === undefined, {
      error: (issue) =>
        `${quoteInput(String(issue.input))} is not a date: ${calendarDateProblem(String(issue.input))}`,
    }),
  ),
  /** Where the source can be read: an `http:` or `https:` URL (never `javascript:` or `data:`). */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' })),
  /** BCP 47 language of the source, e.g. `"en"`, `"vi"`; optional (nothing reads it to compute). */
  language: z.optional(
    z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag')),
  ),
  note: z.optional(z.string()),
});

/**
 * A publication that figures are taken from.
 *
 * @example
 * ```ts
 * const source: Source = {
 *   id: 'seed-004',
 *   publisher: 'Ministry of Industry and Trade of Vietnam',
 *   title: 'Promoting border trade, strengthening Vietnam–Laos trade relations',
 *   date: '2024-10-24',
 *   language: 'en',
 * };
 * ```
 *
 * @category Flows
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * Validates a {@link Source}.
 *
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseSource({ id: 'x', publisher: 'P', title: 'T', date: '2024', language: 'en' }).id;
 * //=> 'x'
 * ```
 *
 * @category Flows
 */
export function parseSource(input: unknown): Source {
  return parseWithSchema(SourceSchema, input, 'INVALID_INPUT');
}

/**
 * The result form of {@link parseSource}.
 *
 * @example
 * ```ts
 * safeParseSource({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export function safeParseSource(input: unknown): SafeParseResult<Source> {
  return toSafeParse(() => parseSource(input));
}
