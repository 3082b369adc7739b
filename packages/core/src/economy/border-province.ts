import * as z from 'zod/mini';
import { calendarDateProblem } from '../_internal/calendar-date.js';
import { EconomyCodeSchema } from './economy-code-schema.js';
import { LocalizedNamesSchema } from './localized-names.js';

const ProvinceIdSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Z]{2}(?:-[A-Z0-9]+)+$/,
      'must be an ISO 3166-1 alpha-2 country code and the ASCII name in capitals, joined by "-" (e.g. "VN-DIEN-BIEN")',
    ),
  );

const CalendarDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine((text) => calendarDateProblem(text) === undefined, {
    error: (issue) => `is not a calendar date: ${calendarDateProblem(String(issue.input))}`,
  }),
);

/**
 * The shape of a {@link BorderProvince}.
 *
 * @example
 * ```ts
 * BorderProvinceSchema.safeParse(getProvince('LA-HOUAPHANH')).success;
 * //=> true
 * ```
 *
 * @category Economies
 */
export const BorderProvinceSchema = z
  .object({
    /**
     * `{ISO 3166-1 alpha-2}-{name}`: the country's alpha-2 code, then the ASCII name in capitals
     * with words joined by "-" (`VN-DIEN-BIEN`, `LA-HOUAPHANH`, `CN-XISHUANGBANNA`). These are
     * Bilateral's ids, not ISO 3166-2 codes.
     */
    id: ProvinceIdSchema,
    /** The country, as an economy code (`VNM`, `LAO`, `CHN`). */
    country: EconomyCodeSchema,
    names: LocalizedNamesSchema,
    /**
     * The countries across whose land border the unit lies, among those the table covers
     * (`VNM`, `LAO`, `CHN`), in the table's order of them: `['LAO', 'CHN']` for Điện Biên, `[]`
     * for Bokeo (on Laos' borders with Myanmar and Thailand only). Borders with other countries
     * (Myanmar, Thailand, Cambodia) are not recorded; the `note` may name them. Where each fact
     * comes from: `provinces.ts`. Each country once, never the unit's own.
     */
    borders: z.array(EconomyCodeSchema),
    /** The first-level unit a second-level one belongs to (a Chinese prefecture's province). */
    parent: z.optional(ProvinceIdSchema),
    /** The unit that took this one's place from `since` on (a merger, or a change of status). */
    mergedInto: z.optional(ProvinceIdSchema),
    /** First day (`YYYY-MM-DD`) on which `mergedInto` is in force. */
    since: z.optional(CalendarDateSchema),
    /** True when part of the entry is not confirmed by a source; `note` says which part. */
    uncertain: z.optional(z.boolean()),
    note: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((province) => (province.mergedInto === undefined) === (province.since === undefined), {
      message: 'mergedInto and since go together: give both or neither',
      path: ['since'],
    }),
    z.refine((province) => !province.borders.includes(province.country), {
      message: 'must not name the province’s own country: a border is with another one',
      path: ['borders'],
    }),
    z.refine((province) => new Set(province.borders).size === province.borders.length, {
      message: 'must name each country once',
      path: ['borders'],
    }),
  );

/**
 * A province (or prefecture) along a border that Bilateral's datasets deal with: the Vietnamese
 * and Lao provinces of the Vietnam–Laos border, the Lao provinces on the Laos–China border, and
 * Yunnan with its border prefectures; `borders` says which of those borders it lies on. A unit
 * that was merged away keeps its entry, with `mergedInto` and `since`, so figures published
 * before the merger still name it.
 *
 * @example
 * ```ts
 * const quangBinh: BorderProvince = getProvince('VN-QUANG-BINH');
 * [quangBinh.names.vi, quangBinh.mergedInto, quangBinh.since];
 * //=> ['Quảng Bình', 'VN-QUANG-TRI', '2025-07-01']
 * ```
 *
 * @category Economies
 */
export type BorderProvince = Readonly<z.infer<typeof BorderProvinceSchema>>;
