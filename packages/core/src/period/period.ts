/**
 * A calendar period of trade statistics. Each kind has an ISO 8601-like text form
 * (see {@link formatPeriod}):
 *
 * | kind | text | meaning |
 * |---|---|---|
 * | `year` | `2024` | the calendar year |
 * | `half` | `2024-H1` | January–June (`H2`: July–December) |
 * | `quarter` | `2024-Q3` | July–September |
 * | `month` | `2024-09` | September |
 * | `year-to-date` | `2024-01/2024-09` | January through September (the "first nine months") |
 * | `range` | `2023-11/2024-02` | any other run of whole months |
 *
 * Periods are plain readonly objects; build them with {@link parsePeriod} or as literals.
 *
 * @example
 * ```ts
 * const nineMonths: Period = { kind: 'year-to-date', year: 2024, throughMonth: 9 };
 * formatPeriod(nineMonths);
 * //=> '2024-01/2024-09'
 * ```
 *
 * @category Periods
 */
export type Period =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'half'; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'year-to-date'; readonly year: number; readonly throughMonth: number }
  | { readonly kind: 'range'; readonly start: YearMonth; readonly end: YearMonth };

/**
 * The kinds of {@link Period}.
 *
 * @example
 * ```ts
 * const kind: PeriodKind = parsePeriod('2024-01/2024-09').kind;
 * kind;
 * //=> 'year-to-date'
 * [parsePeriod('2021-Q1').kind, parsePeriod('2023-11/2024-02').kind];
 * //=> ['quarter', 'range']
 * ```
 *
 * @category Periods
 */
export type PeriodKind = Period['kind'];

/**
 * A calendar month: the year and the month number (1–12).
 *
 * @example
 * ```ts
 * const september: YearMonth = { year: 2024, month: 9 };
 * ```
 *
 * @category Periods
 */
export interface YearMonth {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
}

/**
 * Every kind of {@link Period}, from the longest fixed length to the free range.
 *
 * @example
 * ```ts
 * PERIOD_KINDS;
 * //=> ['year', 'half', 'quarter', 'month', 'year-to-date', 'range']
 * PERIOD_KINDS.filter((periodKind) => selectFlows(vietnamLaos.flows, { periodKind }).length > 0);
 * //=> ['year', 'half', 'quarter', 'year-to-date']
 * ```
 *
 * @category Periods
 */
export const PERIOD_KINDS: readonly PeriodKind[] = [
  'year',
  'half',
  'quarter',
  'month',
  'year-to-date',
  'range',
];

/** The first year a period may be in: there is no year 0 (`0000`) in the calendar periods use. */
export const MIN_YEAR = 1;
/** The last year a period may be in: the text form has four digits. */
export const MAX_YEAR = 9999;
