import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { CountryCodeSchema, SlugSchema, SourceIdsSchema, TextSchema } from './_lib/ids.js';
import { PartialDateSchema } from './partial-date.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

/**
 * The JSON shape of an {@link OfficialCrossingCount}.
 *
 * @example
 * ```ts
 * OfficialCrossingCountSchema.safeParse({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const OfficialCrossingCountSchema = z.strictObject({
  id: SlugSchema,
  /** The border counted: two countries, or one (all of that country's land borders). */
  countries: z.union([
    z.tuple([CountryCodeSchema]),
    z.tuple([CountryCodeSchema, CountryCodeSchema]),
  ]),
  /** The country whose classes are counted. */
  system: CountryCodeSchema,
  /** The date the count is as of. */
  asOf: PartialDateSchema,
  /** Crossings per class of `system`, e.g. `{ international: 9, main: 6, … }`. */
  counts: z.record(SlugSchema, z.int().check(z.gte(0))),
  /** Economic zones at these crossings, when the count gives them. */
  economicZones: z.optional(z.int().check(z.gte(0))),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A count of crossings per class published by an authority — what a list of crossings should
 * add up to. {@link summarizeCrossings} compares listed rows against it and reports what is
 * missing, without ever inventing rows.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_OFFICIAL_COUNT_2024_10.counts;
 * //=> { international: 9, main: 6, secondary: 18, opening: 27 }
 * ```
 *
 * @category Infrastructure
 */
export type OfficialCrossingCount = z.infer<typeof OfficialCrossingCountSchema>;

/**
 * Validates an {@link OfficialCrossingCount}.
 *
 * @param input - the count, as JSON-shaped data
 * @returns the count
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseOfficialCrossingCount(VIETNAM_LAOS_OFFICIAL_COUNT_2024_10).economicZones;
 * //=> 9
 * ```
 *
 * @category Infrastructure
 */
export function parseOfficialCrossingCount(input: unknown): OfficialCrossingCount {
  return parseWithSchema(OfficialCrossingCountSchema, input, 'INVALID_INPUT');
}

/**
 * The result form of {@link parseOfficialCrossingCount}.
 *
 * @example
 * ```ts
 * safeParseOfficialCrossingCount({ id: 'x', counts: { main: -1 } }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseOfficialCrossingCount(
  input: unknown,
): SafeParseResult<OfficialCrossingCount> {
  return toSafeParse(() => parseOfficialCrossingCount(input));
}
