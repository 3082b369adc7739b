import * as z from 'zod/mini';
import { EconomyCodeSchema } from './economy-code-schema.js';
import { LocalizedNamesSchema } from './localized-names.js';

const NumericCodeSchema = z
  .int()
  .check(z.minimum(0, 'must be from 0 to 999'), z.maximum(999, 'must be from 0 to 999'));

/**
 * Whether an economy is a single country or customs territory (`country`, which includes Hong
 * Kong and Taiwan), a group of them (`aggregate`: the World, the EU), or one of UN Comtrade's
 * special areas (`area`: "Areas, nes", bunkers), trade attributed to no country.
 *
 * The rule that keeps totals free of double counting: an aggregate's trade is the trade of its
 * members, so its flows are never added to theirs (nor theirs summed to make it); an area holds
 * trade no country holds, so it is a partner of its own beside the countries.
 *
 * @example
 * ```ts
 * EconomyKindSchema.safeParse('aggregate').success;
 * //=> true
 * ```
 *
 * @category Economies
 */
export const EconomyKindSchema = z.enum(['country', 'aggregate', 'area']);

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
  /**
   * ISO 3166-1 alpha-3 (`VNM`); `WLD` for the World and `EUN` for the EU, as the World Bank and
   * WITS write them; for UN Comtrade's special areas a code of the range ISO 3166-1 leaves to its
   * users (`XNS` "Areas, nes", `XBK` bunkers), which no country will ever be given.
   */
  code: EconomyCodeSchema,
  /** ISO 3166-1 alpha-2 (`VN`); `null` for aggregates and areas, which have none. */
  iso2: z.nullable(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "VN"')),
  ),
  /** UN M49 numeric code (`704`; the World is `1`, written `001`); `null` for the EU and the areas, which M49 does not list. */
  m49: z.nullable(NumericCodeSchema),
  /**
   * UN Comtrade reporter/partner code. Usually the M49 code, but not always: Comtrade codes a
   * customs territory, so India is 699 (M49 356), the USA 842 (840), France 251 (250), Italy 381
   * (380), Switzerland 757 (756), Norway 579 (578), Taiwan 490 "Other Asia, nes", the World 0,
   * the EU 97, "Areas, nes" 899, bunkers 837.
   */
  comtradeCode: NumericCodeSchema,
  /** What Comtrade writes in `reporterISO` / `partnerISO`: the alpha-3 code, `W00`, `S19`, `_X`. */
  comtradeIso: z
    .string()
    .check(
      z.regex(
        /^[A-Z0-9_]{2,3}$/,
        'must be two or three capital letters, digits or "_" such as "W00" or "_X"',
      ),
    ),
  kind: EconomyKindSchema,
  names: LocalizedNamesSchema,
  /** True when part of the entry is not confirmed by a source; `note` says which part. */
  uncertain: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.minLength(1))),
});

/**
 * An economy that trade statistics report on: a country, a customs territory such as Hong Kong,
 * an aggregate such as the World, or a special area of UN Comtrade such as bunkers. It carries the codes each data source uses for it, which do
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
