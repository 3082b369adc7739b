import * as z from 'zod/mini';
import { Decimal } from '../_internal/decimal.js';
import { SourceIdSchema } from '../_internal/id-schemas.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { parseSeriesMeasure } from '../flow/parse-series-measure.js';
import { EconomyCodeTextSchema } from '../flow/schemas.js';
import type { SeriesMeasure } from '../flow/series.js';
import { type Money, money } from '../money/index.js';
import { decimalStringWhere } from '../money/money-schema.js';
import { CurrencyCodeSchema } from '../money/schemas.js';

/** Rates above this are almost surely percentages written where a fraction belongs. */
const MAX_RATE = 5;

/**
 * A growth rate in a target's JSON form: a decimal fraction written as a string (`"0.10"` is
 * 10 % a year), greater than −1 and at most 5 (500 %) — `"10"` for 10 % is refused.
 *
 * @example
 * ```ts
 * TargetRateSchema.safeParse('0.15').success;
 * //=> true
 * TargetRateSchema.safeParse('15').success;
 * //=> false
 * ```
 *
 * @category Targets
 */
export const TargetRateSchema = decimalStringWhere(
  (text) => new Decimal(text).gt(-1) && new Decimal(text).lte(MAX_RATE),
  'must be a rate as a decimal fraction greater than -1 and at most 5, e.g. "0.10" for 10 %',
);

const YearTextSchema = z.string().check(z.regex(/^\d{4}$/, 'must be a year, e.g. "2024"'));

const RateBandSchema = z.object({ lower: TargetRateSchema, upper: TargetRateSchema }).check(
  z.superRefine((band, context) => {
    if (new Decimal(band.lower).gt(band.upper)) {
      context.issues.push({
        code: 'custom',
        input: band,
        path: ['upper'],
        message: `the band's upper rate ${band.upper} is below its lower rate ${band.lower}`,
      });
    }
  }),
);

const common = {
  /** Identifier, e.g. `"vnm-lao-2024-growth"`. */
  id: SourceIdSchema,
  reporter: EconomyCodeTextSchema,
  partner: EconomyCodeTextSchema,
  /** `turnover`, `exports` or `imports` (the singular `export` and `import` are read as aliases). */
  measure: z.enum(['turnover', 'exports', 'imports', 'export', 'import']),
  /** Id of the source that reports the target. */
  source: z.string().check(z.minLength(1)),
  /** Who set the target and when, in words. */
  setBy: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
};

function yearsInOrder(first: string, last: string, path: string, context: z.core.$RefinementCtx) {
  if (Number(last) <= Number(first)) {
    context.issues.push({
      code: 'custom',
      input: last,
      path: [path],
      message: `${last} must come after ${first}`,
    });
  }
}

const GrowthBandTargetSchema = z.object({
  kind: z.literal('growth-band'),
  ...common,
  /** The year the band applies to; the base is the year before. */
  year: YearTextSchema,
  band: RateBandSchema,
});

const AverageGrowthBandTargetSchema = z
  .object({
    kind: z.literal('average-growth-band'),
    ...common,
    /** The year growth is counted from (its value is the base). */
    baseYear: YearTextSchema,
    /** The last year of the plan period. */
    endYear: YearTextSchema,
    band: RateBandSchema,
  })
  .check(
    z.superRefine((target, context) =>
      yearsInOrder(target.baseYear, target.endYear, 'endYear', context),
    ),
  );

const LEVEL_ABOVE_ZERO = 'a level target must be greater than 0';

const LevelTargetSchema = z
  .object({
    kind: z.literal('level'),
    ...common,
    /** The level to reach, e.g. `{ "amount": "5000000000", "currency": "USD" }`. */
    level: z.object({
      amount: decimalStringWhere(
        (text) => new Decimal(text).gt(0),
        LEVEL_ABOVE_ZERO,
        // The level's own check below says it of a string.
        { checkedLater: true },
      ),
      currency: CurrencyCodeSchema,
    }),
    /** The year by which the level is to be reached (at the latest in that year). */
    byYear: YearTextSchema,
    /** The year the target counts from, when the source says; default: the first observed year. */
    baseYear: z.optional(YearTextSchema),
  })
  .check(
    z.superRefine((target, context) => {
      if (target.baseYear !== undefined)
        yearsInOrder(target.baseYear, target.byYear, 'byYear', context);
      if (new Decimal(target.level.amount).lte(0)) {
        context.issues.push({
          code: 'custom',
          input: target.level,
          path: ['level', 'amount'],
          message: LEVEL_ABOVE_ZERO,
        });
      }
    }),
  );

/**
 * The JSON form of a trade target, one of three kinds (see {@link Target}). Rates are decimal
 * fractions as strings (`"0.10"` = 10 %), years are text (`"2024"`), levels are Money JSON.
 *
 * @example
 * ```ts
 * TargetSchema.safeParse({
 *   kind: 'growth-band', id: 'vnm-lao-2024', reporter: 'VNM', partner: 'LAO',
 *   measure: 'turnover', source: 'seed-004', setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
 *   year: '2024', band: { lower: '0.10', upper: '0.15' },
 * }).success;
 * //=> true
 * ```
 *
 * @category Targets
 */
export const TargetSchema = z.discriminatedUnion('kind', [
  GrowthBandTargetSchema,
  AverageGrowthBandTargetSchema,
  LevelTargetSchema,
]);

/**
 * The JSON form of a {@link Target}, as {@link TargetSchema} describes it.
 *
 * @example
 * ```ts
 * const json: TargetJson = {
 *   kind: 'level', id: 'vnm-lao-4bn-2020', reporter: 'VNM', partner: 'LAO', measure: 'turnover',
 *   source: 'sggp-2019-12-31', setBy: 'Vietnam and Laos governments',
 *   level: { amount: '4000000000', currency: 'USD' }, byYear: '2020',
 * };
 * ```
 *
 * @category Targets
 */
export type TargetJson = z.infer<typeof TargetSchema>;

/**
 * What a target measures: two-way trade (turnover), or the reporter's exports or imports — a
 * {@link SeriesMeasure}, the words statements use. In JSON the singular `export` and `import` are
 * read as aliases; {@link targetToJson} writes the plural.
 *
 * @example
 * ```ts
 * const [target] = vietnamLaos.targets;
 * const measure: TargetMeasure = target.measure;
 * measure;
 * //=> 'turnover'
 * ```
 *
 * @category Targets
 */
export type TargetMeasure = SeriesMeasure;

/**
 * A band of annual growth rates, as decimal fractions (`lower` 0.10, `upper` 0.15 = 10–15 %).
 *
 * @example
 * ```ts
 * const [growth2024] = vietnamLaos.targets.filter((t) => t.kind === 'growth-band');
 * const band: RateBand = growth2024.band;
 * [band.lower, band.upper].map((rate) => `${rate.times(100).toString()} %`);
 * //=> ['10 %', '15 %']
 * ```
 *
 * @category Targets
 */
export interface RateBand {
  /** The lower rate, a decimal fraction. */
  readonly lower: Decimal;
  /** The upper rate, a decimal fraction (≥ `lower`). */
  readonly upper: Decimal;
}

/**
 * What every target has: who it concerns, what it measures, who set it and where it is reported.
 *
 * @example
 * ```ts
 * const common: TargetCommon = vietnamLaos.targets[0];
 * [common.id, common.reporter, common.partner, common.measure];
 * //=> ['vnm-lao-2024-growth', 'VNM', 'LAO', 'turnover']
 * common.setBy;
 * //=> '46th Vietnam–Laos Intergovernmental Committee, January 2024'
 * ```
 *
 * @category Targets
 */
export interface TargetCommon {
  /** Identifier, e.g. `"vnm-lao-2024-growth"`. */
  readonly id: string;
  /** The reporter whose figures the target is read against (ISO 3166-1 alpha-3). */
  readonly reporter: string;
  /** The partner (ISO 3166-1 alpha-3). */
  readonly partner: string;
  /** Turnover, exports or imports. */
  readonly measure: TargetMeasure;
  /** Id of the source that reports the target. */
  readonly source: string;
  /** Who set the target and when, in words. */
  readonly setBy: string;
  /** Anything a reader must know (uncertain dates, assumptions). */
  readonly note?: string;
}

/**
 * (a) A growth band for one year: "2024: +10–15 % on 2023".
 *
 * @example
 * ```ts
 * const bands = vietnamLaos.targets.filter((t): t is GrowthBandTarget => t.kind === 'growth-band');
 * bands.map((t) => [t.year, t.band.lower.toString(), t.band.upper.toString()]);
 * //=> [[2024, '0.1', '0.15']]
 * ```
 *
 * @category Targets
 */
export interface GrowthBandTarget extends TargetCommon {
  /** The kind. */
  readonly kind: 'growth-band';
  /** The year the band applies to; the base is `year − 1`. */
  readonly year: number;
  /** The growth band for that year over the year before. */
  readonly band: RateBand;
}

/**
 * (b) An average annual growth band over a plan period: "10–15 % a year" from `baseYear` to
 * `endYear`, compounding.
 *
 * @example
 * ```ts
 * const plans = vietnamLaos.targets.filter(
 *   (t): t is AverageGrowthBandTarget => t.kind === 'average-growth-band',
 * );
 * plans.map((t) => [t.id, t.baseYear, t.endYear]);
 * //=> [['vnm-lao-joint-statement-2024', 2023, 2030], ['vnm-lao-2021-2025-pledge', 2020, 2025]]
 * ```
 *
 * @category Targets
 */
export interface AverageGrowthBandTarget extends TargetCommon {
  /** The kind. */
  readonly kind: 'average-growth-band';
  /** The year growth is counted from. */
  readonly baseYear: number;
  /** The last year of the plan period. */
  readonly endYear: number;
  /** The band of compound annual growth rates. */
  readonly band: RateBand;
}

/**
 * (c) A level by a date: "US$4 billion of two-way trade by 2020".
 *
 * @example
 * ```ts
 * const levels = vietnamLaos.targets.filter((t): t is LevelTarget => t.kind === 'level');
 * levels.map((t) => [t.id, t.level.amount.toString(), t.byYear]);
 * //=> [['vnm-lao-5-billion', '5000000000', 2030]]
 * ```
 *
 * @category Targets
 */
export interface LevelTarget extends TargetCommon {
  /** The kind. */
  readonly kind: 'level';
  /** The level to reach. */
  readonly level: Money;
  /** The year by which it is to be reached. */
  readonly byYear: number;
  /** The year the target counts from, when known; otherwise the first observed year is used. */
  readonly baseYear?: number;
}

/**
 * A trade target, one of three kinds (DOMAIN §1): a growth band for one year, an average annual
 * growth band over a plan period, or a level by a date. Rates are Decimal fractions, levels Money.
 * Read it from JSON with {@link parseTarget}.
 *
 * @example
 * ```ts
 * const target: Target = parseTarget({
 *   kind: 'average-growth-band', id: 'vnm-lao-joint-statement-2024', reporter: 'VNM', partner: 'LAO',
 *   measure: 'turnover', source: 'seed-002', setBy: 'Vietnam–Laos Joint Statement, September 2024',
 *   baseYear: '2023', endYear: '2025', band: { lower: '0.10', upper: '0.15' },
 * });
 * target.kind;
 * //=> 'average-growth-band'
 * ```
 *
 * @category Targets
 */
export type Target = GrowthBandTarget | AverageGrowthBandTarget | LevelTarget;

const bandFromJson = (band: { lower: string; upper: string }): RateBand =>
  Object.freeze({ lower: new Decimal(band.lower), upper: new Decimal(band.upper) });

/**
 * Validates a target in its JSON form and returns the rich model (Decimal rates, year numbers,
 * Money levels).
 *
 * @param input - the JSON value
 * @returns the target
 * @throws {@link BilateralError} `INVALID_TARGET` naming each bad field (a rate written as a
 * percentage, a reversed band, an end year before the base year, …)
 *
 * @example
 * ```ts
 * parseTarget({
 *   kind: 'growth-band', id: 'vnm-lao-2024', reporter: 'VNM', partner: 'LAO', measure: 'turnover',
 *   source: 'seed-004', setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
 *   year: '2024', band: { lower: '0.10', upper: '0.15' },
 * }).band.upper.toString();
 * //=> '0.15'
 * ```
 *
 * @category Targets
 */
export function parseTarget(input: unknown): Target {
  const json = parseWithSchema(TargetSchema, input, 'INVALID_TARGET');
  const base = {
    id: json.id,
    reporter: json.reporter,
    partner: json.partner,
    measure: parseSeriesMeasure(json.measure),
    source: json.source,
    setBy: json.setBy,
    ...(json.note === undefined ? {} : { note: json.note }),
  };
  switch (json.kind) {
    case 'growth-band':
      return Object.freeze({
        ...base,
        kind: json.kind,
        year: Number(json.year),
        band: bandFromJson(json.band),
      });
    case 'average-growth-band':
      return Object.freeze({
        ...base,
        kind: json.kind,
        baseYear: Number(json.baseYear),
        endYear: Number(json.endYear),
        band: bandFromJson(json.band),
      });
    case 'level':
      return Object.freeze({
        ...base,
        kind: json.kind,
        level: money(json.level.amount, json.level.currency),
        byYear: Number(json.byYear),
        ...(json.baseYear === undefined ? {} : { baseYear: Number(json.baseYear) }),
      });
  }
}

/**
 * The result form of {@link parseTarget}.
 *
 * @example
 * ```ts
 * safeParseTarget({ kind: 'growth-band', band: { lower: '10', upper: '15' } }).success;
 * //=> false
 * ```
 *
 * @category Targets
 */
export function safeParseTarget(input: unknown): SafeParseResult<Target> {
  return toSafeParse(() => parseTarget(input));
}

/**
 * Writes a target in its JSON form; {@link parseTarget} reads it back unchanged.
 *
 * @example
 * ```ts
 * const target = vietnamLaos.targets[1]; // 'vnm-lao-joint-statement-2024'
 * targetToJson(target).kind;
 * //=> 'average-growth-band'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `target` for what is no object of a target's kind
 *
 * @category Targets
 */
export function targetToJson(target: Target): TargetJson {
  if (!isRecord(target) || !['growth-band', 'average-growth-band', 'level'].includes(target.kind)) {
    throw wrongArgument(['target'], "a target (parseTarget's, or a dataset's)", target);
  }
  const base = {
    id: target.id,
    reporter: target.reporter,
    partner: target.partner,
    measure: target.measure,
    source: target.source,
    setBy: target.setBy,
    ...(target.note === undefined ? {} : { note: target.note }),
  };
  const band = (b: RateBand) => ({ lower: b.lower.toFixed(), upper: b.upper.toFixed() });
  switch (target.kind) {
    case 'growth-band':
      return { kind: 'growth-band', ...base, year: String(target.year), band: band(target.band) };
    case 'average-growth-band':
      return {
        kind: 'average-growth-band',
        ...base,
        baseYear: String(target.baseYear),
        endYear: String(target.endYear),
        band: band(target.band),
      };
    case 'level':
      return {
        kind: 'level',
        ...base,
        level: { amount: target.level.amount.toFixed(), currency: target.level.currency },
        byYear: String(target.byYear),
        ...(target.baseYear === undefined ? {} : { baseYear: String(target.baseYear) }),
      };
  }
}
