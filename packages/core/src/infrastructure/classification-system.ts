import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import {
  BilateralError,
  type BilateralIssue,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { CountryCodeSchema, SlugSchema, SourceIdSchema, TextSchema } from './_lib/ids.js';
import { KnownNamesSchema } from './known-names.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

/**
 * Who may use a crossing, from the widest audience to the narrowest: nationals of third
 * countries, citizens of the two neighbouring countries, residents of the border provinces,
 * and border residents (of the border communes or villages).
 *
 * @example
 * ```ts
 * AUDIENCES[0];
 * //=> 'third-country-nationals'
 * ```
 *
 * @category Infrastructure
 */
export const AUDIENCES = [
  'third-country-nationals',
  'citizens-of-both-countries',
  'border-province-residents',
  'border-residents',
] as const;

/**
 * One of {@link AUDIENCES}.
 *
 * @example
 * ```ts
 * const who: Audience = 'border-residents';
 * ```
 *
 * @category Infrastructure
 */
export type Audience = (typeof AUDIENCES)[number];

/**
 * Kinds of goods a crossing may pass: commercial import and export, border trade (trade by
 * traders and border residents under the border-trade rules), and the small exchange of goods
 * between border residents.
 *
 * @example
 * ```ts
 * GOODS_KINDS.includes('border-trade');
 * //=> true
 * ```
 *
 * @category Infrastructure
 */
export const GOODS_KINDS = ['import-export', 'border-trade', 'border-resident-exchange'] as const;

/**
 * One of {@link GOODS_KINDS}.
 *
 * @example
 * ```ts
 * const goods: GoodsKind = 'import-export';
 * ```
 *
 * @category Infrastructure
 */
export type GoodsKind = (typeof GOODS_KINDS)[number];

/**
 * Who opens or upgrades a crossing: the national government (Vietnam's Government, China's
 * State Council), a provincial authority with the national government's approval, or a
 * provincial authority alone.
 *
 * @example
 * ```ts
 * AUTHORITIES.length;
 * //=> 3
 * ```
 *
 * @category Infrastructure
 */
export const AUTHORITIES = [
  'national-government',
  'provincial-authority-with-national-approval',
  'provincial-authority',
] as const;

/**
 * One of {@link AUTHORITIES}.
 *
 * @example
 * ```ts
 * const opener: Authority = 'national-government';
 * ```
 *
 * @category Infrastructure
 */
export type Authority = (typeof AUTHORITIES)[number];

const LegalActSchema = z.strictObject({
  /** The act, e.g. `"Decree 112/2014/ND-CP"`. */
  act: TextSchema,
  /** The article or clause, where one is meant. */
  provision: z.optional(TextSchema),
  note: z.optional(TextSchema),
  sources: z.array(SourceIdSchema),
});

const GoodsAllowanceSchema = z.strictObject({
  kind: z.enum(GOODS_KINDS),
  /** A condition: `provincial-listing` means only where the province lists the crossing for it. */
  requires: z.optional(z.enum(['provincial-listing'])),
  note: z.optional(TextSchema),
});

/**
 * The JSON shape of one legal class of crossing under one country's system.
 *
 * @example
 * ```ts
 * CrossingClassSchema.safeParse({ id: 'main' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const CrossingClassSchema = z.strictObject({
  /** Identifier within its system, e.g. `"secondary"`, `"class-2-port"`. */
  id: SlugSchema,
  names: KnownNamesSchema,
  /** Openness rank within the system: higher is more open; used by rankings. */
  level: z.int().check(z.gte(0)),
  /** Who may cross (see {@link AUDIENCES}); empty for a goods-only lane. */
  crossers: z.array(z.enum(AUDIENCES)),
  /** A lane for goods vehicles only (Vietnam's customs-clearance lanes since 2023). */
  cargoOnly: z.optional(z.boolean()),
  /** Goods the class may pass; absent when the system's rules for goods are not recorded. */
  goods: z.optional(z.array(GoodsAllowanceSchema)),
  /** Classes of gate this class belongs to (a lane belongs to an international or main gate). */
  partOf: z.optional(z.array(SlugSchema)),
  openedBy: z.optional(z.enum(AUTHORITIES)),
  upgradedBy: z.optional(z.enum(AUTHORITIES)),
  /** The authority in the law's own words, e.g. "provincial People's Committee". */
  authorityNote: z.optional(TextSchema),
  legalBasis: z.array(LegalActSchema),
  sources: z.array(SourceIdSchema),
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * One legal class of crossing (see {@link CrossingClassSchema}).
 *
 * @example
 * ```ts
 * const opening: CrossingClass = {
 *   id: 'opening',
 *   names: { en: 'border opening', vi: 'lối mở biên giới' },
 *   level: 1,
 *   crossers: ['border-residents'],
 *   legalBasis: [],
 *   sources: ['decree-112-2014'],
 * };
 * ```
 *
 * @category Infrastructure
 */
export type CrossingClass = z.infer<typeof CrossingClassSchema>;

/**
 * The JSON shape of a country's classification system for land crossings: its classes, from
 * the most open to the least, with who may cross, what goods, who opens them and the law.
 *
 * @example
 * ```ts
 * ClassificationSystemSchema.safeParse({ id: 'x', country: 'VNM' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const ClassificationSystemSchema = z.strictObject({
  id: SlugSchema,
  /** The country whose law this is (ISO 3166-1 alpha-3); each side of a crossing uses its own. */
  country: CountryCodeSchema,
  names: KnownNamesSchema,
  legalBasis: z.array(LegalActSchema),
  /** The classes, in the order {@link classifyCrossing} tries them (most open first). */
  classes: z.array(CrossingClassSchema).check(z.minLength(1)),
  sources: z.array(SourceIdSchema),
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A country's classification system for land crossings (see {@link ClassificationSystemSchema}).
 * The embedded ones are {@link VIETNAM_BORDER_GATE_SYSTEM}, {@link LAOS_CHECKPOINT_SYSTEM} and
 * {@link CHINA_PORT_SYSTEM}.
 *
 * @example
 * ```ts
 * VIETNAM_BORDER_GATE_SYSTEM.classes.map((c) => c.id);
 * //=> ['international', 'main', 'secondary', 'opening', 'clearance-lane']
 * ```
 *
 * @category Infrastructure
 */
export type ClassificationSystem = z.infer<typeof ClassificationSystemSchema>;

/**
 * Validates a {@link ClassificationSystem}: its shape, unique class ids, and `partOf` lists that
 * name classes of the same system.
 *
 * @param input - the system, as JSON-shaped data
 * @returns the system
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field; `UNKNOWN_CLASS` for a
 *   `partOf` naming a class the system does not have
 *
 * @example
 * ```ts
 * parseClassificationSystem(LAOS_CHECKPOINT_SYSTEM).classes.length;
 * //=> 3
 * ```
 *
 * @category Infrastructure
 */
export function parseClassificationSystem(input: unknown): ClassificationSystem {
  const system = parseWithSchema(ClassificationSystemSchema, input, 'INVALID_INPUT');
  const seen = new Map<string, number>();
  const duplicates: BilateralIssue[] = [];
  system.classes.forEach((cls, index) => {
    const first = seen.get(cls.id);
    if (first !== undefined) {
      duplicates.push({
        path: ['classes', index, 'id'],
        message: `class "${cls.id}" is already defined at classes[${first}]`,
      });
    } else seen.set(cls.id, index);
  });
  if (duplicates.length > 0) throw new BilateralError('INVALID_INPUT', duplicates);
  const unknown: BilateralIssue[] = [];
  system.classes.forEach((cls, index) => {
    cls.partOf?.forEach((id, j) => {
      if (!seen.has(id)) {
        unknown.push({
          path: ['classes', index, 'partOf', j],
          message: `"${id}" is not a class of ${system.id}`,
        });
      }
    });
  });
  if (unknown.length > 0) throw new BilateralError('UNKNOWN_CLASS', unknown);
  return system;
}

/**
 * The result form of {@link parseClassificationSystem}.
 *
 * @example
 * ```ts
 * safeParseClassificationSystem({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseClassificationSystem(
  input: unknown,
): SafeParseResult<ClassificationSystem> {
  return toSafeParse(() => parseClassificationSystem(input));
}
