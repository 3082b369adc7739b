import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { BilateralError, type SafeParseResult, toSafeParse } from '../errors/index.js';
import {
  CountryCodeSchema,
  ProvinceIdSchema,
  SlugSchema,
  SourceIdSchema,
  SourceIdsSchema,
  TextSchema,
} from './_lib/ids.js';
import { KnownNamesSchema } from './known-names.js';
import { PartialDateSchema } from './partial-date.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

/**
 * Kinds of border trade infrastructure: those of Decision 259/QD-TTg (2021) and Decision
 * 52/2015/QD-TTg, and the border-gate economic zone itself.
 *
 * @example
 * ```ts
 * FACILITY_KINDS.includes('logistics-centre');
 * //=> true
 * ```
 *
 * @category Infrastructure
 */
export const FACILITY_KINDS = [
  'border-market',
  'border-gate-market',
  'economic-zone-market',
  'trade-centre',
  'supermarket',
  'shopping-mall',
  'logistics-centre',
  'warehouse',
  'fair-exhibition-centre',
  'border-gate-economic-zone',
] as const;

/**
 * One of {@link FACILITY_KINDS}.
 *
 * @example
 * ```ts
 * const kind: FacilityKind = 'border-gate-economic-zone';
 * ```
 *
 * @category Infrastructure
 */
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/**
 * The JSON shape of a {@link BorderTradeFacility}.
 *
 * @example
 * ```ts
 * BorderTradeFacilitySchema.safeParse({ id: 'x', kind: 'casino' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const BorderTradeFacilitySchema = z.strictObject({
  id: SlugSchema,
  kind: z.enum(FACILITY_KINDS),
  names: KnownNamesSchema,
  /** The crossing it serves, by id. */
  crossingId: z.optional(SlugSchema),
  /** The province it is in, when it is linked to a province rather than (or as well as) a crossing. */
  province: z.optional(
    z.strictObject({
      country: CountryCodeSchema,
      name: TextSchema,
      id: z.optional(ProvinceIdSchema),
      after2025Merger: z.optional(TextSchema),
    }),
  ),
  /** When and by what act it was set up, where known. */
  established: z.optional(
    z.strictObject({
      date: z.optional(PartialDateSchema),
      act: z.optional(TextSchema),
      sources: z.array(SourceIdSchema),
    }),
  ),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A piece of border trade infrastructure — a border market, border-gate market, market in a
 * border-gate economic zone, trade centre, supermarket, shopping mall, logistics centre,
 * warehouse, fair or exhibition centre, or a border-gate economic zone — linked to a crossing or
 * a province, with its sources.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_ECONOMIC_ZONES.map((zone) => zone.crossingId);
 * //=> ['vnm-lao-cau-treo', 'vnm-lao-lao-bao', 'vnm-lao-bo-y', 'vnm-lao-nam-giang']
 * ```
 *
 * @category Infrastructure
 */
export type BorderTradeFacility = z.infer<typeof BorderTradeFacilitySchema>;

/**
 * Validates a {@link BorderTradeFacility}; it must be linked to a crossing or a province.
 *
 * @param input - the facility, as JSON-shaped data
 * @returns the facility
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseBorderTradeFacility(VIETNAM_LAOS_ECONOMIC_ZONES[3]).established?.act;
 * //=> 'Decision 387/QD-TTg'
 * ```
 *
 * @category Infrastructure
 */
export function parseBorderTradeFacility(input: unknown): BorderTradeFacility {
  const facility = parseWithSchema(BorderTradeFacilitySchema, input, 'INVALID_INPUT');
  if (facility.crossingId === undefined && facility.province === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['crossingId'],
        message: 'a facility is linked to a crossing (crossingId) or a province',
      },
    ]);
  }
  return facility;
}

/**
 * The result form of {@link parseBorderTradeFacility}.
 *
 * @example
 * ```ts
 * safeParseBorderTradeFacility({ id: 'x', kind: 'border-market', names: { en: 'X' }, sources: ['s'] }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseBorderTradeFacility(input: unknown): SafeParseResult<BorderTradeFacility> {
  return toSafeParse(() => parseBorderTradeFacility(input));
}
