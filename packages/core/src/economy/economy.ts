import * as z from 'zod/mini';
import { EconomyCodeSchema } from './economy-code-schema.js';
import { LocalizedNamesSchema } from './localized-names.js';

const NumericCodeSchema = z
  .int()
  .check(z.minimum(0, 'must be from 0 to 999'), z.maximum(999, 'must be from 0 to 999'));

/**
 * Whether an economy is a single country or customs territory (`country`, which includes Hong
 * Kong and Taiwan) or a group of them (`aggregate`, such as the World).
 *
 * @example
 * ```ts
 * EconomyKindSchema.safeParse('aggregate').success;
 * //=> true
 * ```
 *
 * @category Economies
 */
export const EconomyKindSchema = z.enum(['country', 'aggregate']);

/**
 * The shape of an {@link Economy}: its codes in the three systems trade data uses, its kind and
 * its names.
 *
 * @example
 * ```ts
 * EconomySchema.safeParse(getEconomy('LAO')).success;
 * //=> true
 * ```
 *
 * @category Economies
 */
export const EconomySchema = z.object({
  /** ISO 3166-1 alpha-3 (`VNM`); `WLD` for the World, as the World Bank and WITS write it. */
  code: EconomyCodeSchema,
  /** ISO 3166-1 alpha-2 (`VN`); `null` for aggregates, which have none. */
  iso2: z.nullable(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "VN"')),
  ),
  /** UN M49 numeric code (`704`; the World is `1`, written `001`). */
  m49: NumericCodeSchema,
  /**
   * UN Comtrade reporter/partner code. Usually the M49 code, but not always: Comtrade codes a
   * customs territory, so India is 699 (M49 356), the USA 842 (840), France 251 (250), Italy 381
   * (380), Switzerland 757 (756), Norway 579 (578), Taiwan 490 "Other Asia, nes", the World 0.
   */
  comtradeCode: NumericCodeSchema,
  /** What Comtrade writes in `reporterISO` / `partnerISO`: the alpha-3 code, `W00`, `S19`. */
  comtradeIso: z
    .string()
    .check(z.regex(/^[A-Z0-9]{3}$/, 'must be three capital letters or digits such as "W00"')),
  kind: EconomyKindSchema,
  names: LocalizedNamesSchema,
  /** True when part of the entry is not confirmed by a source; `note` says which part. */
  uncertain: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.minLength(1))),
});

/**
 * An economy that trade statistics report on: a country, a customs territory such as Hong Kong,
 * or an aggregate such as the World. It carries the codes each data source uses for it, which do
 * not always agree (India is M49 356 but Comtrade 699), and its names in every {@link Locale}.
 *
 * @example
 * ```ts
 * const india: Economy = getEconomy('IND');
 * [india.m49, india.comtradeCode];
 * //=> [356, 699]
 * india.names.vi;
 * //=> 'Ấn Độ'
 * ```
 *
 * @category Economies
 */
export type Economy = Readonly<z.infer<typeof EconomySchema>>;
