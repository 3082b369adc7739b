import * as z from 'zod/mini';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import type { Source } from '../flow/source.js';
import { checkCrossing } from './_lib/check-crossing.js';
import {
  CountryCodeSchema,
  ProvinceIdSchema,
  SlugSchema,
  SourceIdSchema,
  SourceIdsSchema,
  TextSchema,
} from './_lib/ids.js';
import type { ClassificationSystem } from './classification-system.js';
import { CLASS_CHANGES, CROSSING_MODES, CROSSING_STATUSES } from './crossing-terms.js';
import { KnownNamesSchema } from './known-names.js';
import { PartialDateSchema } from './partial-date.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

const ProvinceSchema = z.strictObject({
  /** The province as the sources name it (for Vietnam: before the 1 July 2025 merger). */
  name: TextSchema,
  /** The economy module's id of that province (`VN-QUANG-BINH`), where it has one. */
  id: z.optional(ProvinceIdSchema),
  /** Vietnam: the province it belongs to since the merger of 1 July 2025, where known. */
  after2025Merger: z.optional(TextSchema),
});

/**
 * The JSON shape of one dated entry of a side's class history.
 *
 * @example
 * ```ts
 * ClassChangeSchema.parse({
 *   date: '2020-12-22',
 *   class: 'international',
 *   from: 'main',
 *   change: 'upgraded',
 *   act: 'Resolution 183/NQ-CP of 22 Dec 2020',
 *   sources: ['resolution-183-2020'],
 * }).class;
 * //=> 'international'
 * ```
 *
 * @category Infrastructure
 */
export const ClassChangeSchema = z.strictObject({
  /** When the class took effect (or was recorded), to the day, month or year. */
  date: PartialDateSchema,
  /** The class from this date, under the side's country's system. */
  class: SlugSchema,
  /** The class before this change, when the source says. */
  from: z.optional(SlugSchema),
  change: z.enum(CLASS_CHANGES),
  /** The act that made the change, e.g. `"Resolution 183/NQ-CP of 22 Dec 2020"`. */
  act: z.optional(TextSchema),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * One dated entry of a side's class history (see {@link ClassChangeSchema}).
 *
 * @example
 * ```ts
 * const change: ClassChange = {
 *   date: '2014-06',
 *   class: 'international',
 *   from: 'main',
 *   change: 'upgraded',
 *   sources: ['vietnam-vn-quang-tri-2024-04'],
 * };
 * ```
 *
 * @category Infrastructure
 */
export type ClassChange = z.infer<typeof ClassChangeSchema>;

/**
 * The JSON shape of one side of a crossing: its country, province, local gate name and its
 * class under that country's own system (the two sides are classed independently).
 *
 * @example
 * ```ts
 * CrossingSideSchema.parse({ country: 'LAO', gate: 'Densavanh', class: 'international' }).gate;
 * //=> 'Densavanh'
 * ```
 *
 * @category Infrastructure
 */
export const CrossingSideSchema = z.strictObject({
  country: CountryCodeSchema,
  province: z.optional(ProvinceSchema),
  /** District, county or prefecture, where the sources give it. */
  locality: z.optional(TextSchema),
  /** The gate's local name on this side. */
  gate: z.optional(TextSchema),
  /** Other spellings of the local name (`Pang Hốc` for `Sop Hun`). */
  aliases: z.optional(z.array(TextSchema)),
  /** The class now, under this side's system; absent when no source gives it. */
  class: z.optional(SlugSchema),
  /** Dated classes, oldest first; the last one is `class`. */
  classHistory: z.optional(z.array(ClassChangeSchema)),
  sources: z.optional(z.array(SourceIdSchema)),
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * One side of a crossing (see {@link CrossingSideSchema}).
 *
 * @example
 * ```ts
 * const side: CrossingSide = {
 *   country: 'VNM',
 *   province: { name: 'Quảng Bình', id: 'VN-QUANG-BINH', after2025Merger: 'Quảng Trị' },
 *   gate: 'Cha Lo',
 *   class: 'international',
 * };
 * ```
 *
 * @category Infrastructure
 */
export type CrossingSide = z.infer<typeof CrossingSideSchema>;

/**
 * The JSON shape of a dated status period. `from` and `to` are inclusive; a partial date covers
 * its whole month or year; a period without `from` covers every earlier day and one without `to`
 * is still running.
 *
 * @example
 * ```ts
 * StatusPeriodSchema.parse({ status: 'open', from: '2023-09-11', sources: ['x'] }).status;
 * //=> 'open'
 * ```
 *
 * @category Infrastructure
 */
export const StatusPeriodSchema = z.strictObject({
  status: z.enum(CROSSING_STATUSES),
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A dated status period (see {@link StatusPeriodSchema}).
 *
 * @example
 * ```ts
 * const period: StatusPeriod = { status: 'open', from: '2024-01', sources: ['x'] };
 * ```
 *
 * @category Infrastructure
 */
export type StatusPeriod = z.infer<typeof StatusPeriodSchema>;

const ModeSchema = z.strictObject({
  mode: z.enum(CROSSING_MODES),
  /** When this mode began, where known (the China–Laos Railway: `2021-12-03`). */
  since: z.optional(PartialDateSchema),
  sources: z.optional(z.array(SourceIdSchema)),
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

const CoordinatesSchema = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  /** `exact` (the gate itself), `approximate` (within a few km) or `locality` (the commune or town). */
  precision: z.enum(['exact', 'approximate', 'locality']),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
});

/**
 * The JSON shape of a {@link BorderCrossing}.
 *
 * @example
 * ```ts
 * BorderCrossingSchema.safeParse({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const BorderCrossingSchema = z.strictObject({
  /** Stable id, e.g. `"vnm-lao-nam-giang"`. */
  id: SlugSchema,
  /** Names of the pair, e.g. `{ en: 'Nam Giang – Dak Ta Ok', vi: 'Nam Giang – Đắc Tà Oọc' }`. */
  names: KnownNamesSchema,
  aliases: z.optional(z.array(TextSchema)),
  /** The two sides, each in its own country and classed under that country's system. */
  sides: z.tuple([CrossingSideSchema, CrossingSideSchema]),
  modes: z.array(ModeSchema).check(z.minLength(1)),
  /** Dated status periods, oldest first, not overlapping. Empty or absent when not sourced. */
  status: z.optional(z.array(StatusPeriodSchema)),
  /** Id of the economic zone (a `BorderTradeFacility`) attached to the crossing. */
  economicZoneId: z.optional(SlugSchema),
  coordinates: z.optional(CoordinatesSchema),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A land border crossing between two countries: a pair of gates, one per side, each classed
 * under its own country's system and with its own dated class history; its modes, dated status
 * periods, economic zone, coordinates and sources. Values not firmly sourced carry an
 * `uncertain` marker.
 *
 * @example
 * ```ts
 * const namGiang = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-nam-giang');
 * namGiang?.sides.map((side) => side.class);
 * //=> ['international', 'international']
 * ```
 *
 * @category Infrastructure
 */
export type BorderCrossing = z.infer<typeof BorderCrossingSchema>;

/**
 * Options of {@link parseBorderCrossing}.
 *
 * @example
 * ```ts
 * parseBorderCrossing(VIETNAM_LAOS_CROSSINGS[0], { sources: INFRASTRUCTURE_SOURCES }).id;
 * //=> 'vnm-lao-tay-trang'
 * ```
 *
 * @category Infrastructure
 */
export interface ParseCrossingOptions {
  /** The systems classes are checked against (default {@link CLASSIFICATION_SYSTEMS}). */
  readonly systems?: readonly ClassificationSystem[];
  /** When given, every source id the crossing cites must be one of these. */
  readonly sources?: readonly Pick<Source, 'id'>[];
}

/**
 * Validates a {@link BorderCrossing}: its shape; two sides in two different countries; class
 * histories in date order, consistent with `from` and ending in the side's `class`; status
 * periods that end after they start and do not overlap; no mode listed twice; and every class a
 * class of that side's country's system.
 *
 * @param input - the crossing, as JSON-shaped data
 * @param options - the classification systems to check classes against, and the known sources
 * @returns the crossing
 * @throws {@link BilateralError} `INVALID_CROSSING` naming each bad field (e.g.
 *   `sides[1].country`, `status[2]`); `UNKNOWN_CLASS` naming each class its system lacks
 *
 * @example
 * ```ts
 * parseBorderCrossing(VIETNAM_LAOS_CROSSINGS[0]).id;
 * //=> 'vnm-lao-tay-trang'
 * const [vn] = VIETNAM_LAOS_CROSSINGS[0].sides;
 * const result = safeParseBorderCrossing({ ...VIETNAM_LAOS_CROSSINGS[0], sides: [vn, vn] });
 * result.success ? [] : result.error.issues[0]?.path;
 * //=> ['sides', 1, 'country']
 * ```
 *
 * @category Infrastructure
 */
export function parseBorderCrossing(
  input: unknown,
  options: ParseCrossingOptions = {},
): BorderCrossing {
  return checkCrossing(input, [], options);
}

/**
 * The result form of {@link parseBorderCrossing}.
 *
 * @example
 * ```ts
 * safeParseBorderCrossing({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseBorderCrossing(
  input: unknown,
  options: ParseCrossingOptions = {},
): SafeParseResult<BorderCrossing> {
  return toSafeParse(() => parseBorderCrossing(input, options));
}
