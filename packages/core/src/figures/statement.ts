import * as z from 'zod/mini';
import { Decimal } from '../_internal/decimal.js';
import { isDecimalText, isNegativeDecimalText } from '../_internal/decimal-text.js';
import { SourceIdSchema } from '../_internal/id-schemas.js';
import { capInput, quoteInput } from '../_internal/quote-input.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { EconomyCodeTextSchema } from '../flow/trade-flow-schema.js';
import { isCurrencyCode } from '../money/currency.js';
import { CurrencyCodeSchema, decimalStringWhere } from '../money/money-schema.js';
import { PeriodTextSchema } from '../period/period-schema.js';
import { boundIssues } from './_bound-issues.js';
import { readPublishedRate, statementWithBound } from './_from-json.js';
import { otherCurrencyOf } from './_text.js';
import { safeParsePublishedAmount } from './parse-published-amount.js';
import type { LowerBound, PublishedAmount } from './published-amount.js';

const PositiveDecimalSchema = decimalStringWhere(
  (text) => /[1-9]/.test(text) && !text.startsWith('-'),
  'must be greater than 0',
);

const RoundingSchema = z.enum(['nearest', 'truncate']);

const LowerBoundSchema = z.enum(['at-least', 'more-than']);

/**
 * Whether decimal text is within `[low, high]`, compared exactly (`Number` would take
 * `"-100.0000000000000000001"` for −100). Text that is not plain decimal text passes: the value's
 * own check reports it.
 */
function within(text: string, low: number, high?: number): boolean {
  if (!isDecimalText(text)) return true;
  const value = new Decimal(text);
  return value.gte(low) && (high === undefined || value.lte(high));
}

/**
 * Adds the issues of a published figure's `value` against what its `text` reads as: when the
 * text can be read, the values must be equal; when it cannot (`read` undefined), the precision
 * must be given.
 */
function addTextValueIssues(
  json: { text: string; value: string; precision?: string | undefined },
  read: { value: Decimal } | undefined,
  context: z.core.$RefinementCtx,
): void {
  if (read === undefined) {
    if (json.precision === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `the text ${quoteInput(json.text, 200)} cannot be read, so the precision must be given`,
        input: json,
      });
    }
    return;
  }
  if (!read.value.eq(json.value)) {
    context.addIssue({
      code: 'custom',
      path: ['value'],
      message: `${capInput(json.value, 200)} does not match the text ${quoteInput(json.text, 200)}, which says ${read.value.toString()}`,
      input: json,
    });
  }
}

/**
 * The messages saying an amount's text names another currency than `currency`: "more than THB
 * 500 million" is no figure in US dollars, as `parsePublishedAmount` refuses it
 * (`CURRENCY_MISMATCH`), nor "超过5亿日元" or "ຫຼາຍກວ່າ 500 ລ້ານກີບ", which it does not read
 * (`otherCurrencyOf`), nor "超过5亿克朗", a krone, krona or koruna (DKK, NOK, SEK, CZK or ISK: any
 * of those it may be). Empty when the text names none other.
 */
function otherCurrencyMessages(
  text: string,
  currency: string,
  result: SafeParseResult<PublishedAmount>,
): string[] {
  if (result.success) return [];
  if (result.error.code === 'CURRENCY_MISMATCH') {
    return result.error.issues.map(({ message }) => `the text ${message}`);
  }
  const others = otherCurrencyOf(text);
  if (others === undefined || others.includes(currency)) return [];
  const last = others[others.length - 1];
  const codes = others.length > 1 ? `${others.slice(0, -1).join(', ')} or ${last}` : last;
  return [`the text ${quoteInput(text, 200)} is in ${codes}, not ${currency}`];
}

/**
 * A check that an amount's text is in its `currency` (else one issue at `currency`, and no other
 * about the text: a text in another currency needs no precision) and its `value` agrees with it.
 */
function amountAgreesWithText() {
  return z.superRefine<{
    text: string;
    value: string;
    currency: string;
    precision?: string | undefined;
  }>((json, context) => {
    // Other checks report a malformed value or currency; compare with the text only when sound.
    if (!isDecimalText(json.value) || !isCurrencyCode(json.currency)) return;
    const result = safeParsePublishedAmount(json.text, { currency: json.currency });
    const others = otherCurrencyMessages(json.text, json.currency, result);
    for (const message of others) {
      context.addIssue({ code: 'custom', path: ['currency'], message, input: json });
    }
    if (others.length === 0) {
      addTextValueIssues(json, result.success ? result.data : undefined, context);
    }
  });
}

/** A check that a published rate's `value` agrees with its `text` (see `addTextValueIssues`). */
function rateAgreesWithText() {
  return z.superRefine<{ text: string; value: string; precision?: string | undefined }>(
    (json, context) => {
      // Other checks report a malformed value.
      if (isDecimalText(json.value))
        addTextValueIssues(json, readPublishedRate(json.text), context);
    },
  );
}

/**
 * A check that a published figure's `rounding` and `bound` agree with the bound its text states
 * (see `boundIssues`, which `datasetFromCompact` applies too).
 */
function boundsAgreeWithText(figure: 'amount' | 'rate') {
  return z.superRefine<{ text: string; rounding?: unknown; bound?: unknown }>((json, context) => {
    if (typeof json.text !== 'string') return;
    for (const { path, message } of boundIssues(json, figure)) {
      context.addIssue({ code: 'custom', path: [path], message, input: json });
    }
  });
}

/**
 * What a trade statement is about: the reporter's total trade with the partner, its exports to
 * the partner, or its imports from the partner.
 *
 * @example
 * ```ts
 * StatementSubjectSchema.safeParse('exports').success;
 * //=> true
 * StatementSubjectSchema.safeParse('export').success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export const StatementSubjectSchema = z.enum(['turnover', 'exports', 'imports']);

/**
 * The JSON of a published amount inside a statement: the text as published, and the value,
 * currency and (unless the text shows it) precision in units of the currency. When the text can
 * be read ({@link parsePublishedAmount}), its value and currency must agree with the fields.
 *
 * @example
 * ```ts
 * PublishedAmountJsonSchema.safeParse({ text: 'US$1.5 billion', value: '1600000000', currency: 'USD' }).success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export const PublishedAmountJsonSchema = z
  .object({
    /** The figure as published: `"US$1.5 billion"`, `"1,5 tỷ USD"`. */
    text: z.string().check(z.minLength(1)),
    /** The stated value in units of the currency: `"1500000000"`. */
    value: decimalStringWhere(
      (text) => !isNegativeDecimalText(text),
      'a published amount cannot be negative',
    ),
    currency: CurrencyCodeSchema,
    /** The rounding step in units of the currency; the one the text shows unless given. */
    precision: z.optional(PositiveDecimalSchema),
    /** `'nearest'` unless given, `'truncate'` for a lower bound (`bound`, or one its text states). */
    rounding: z.optional(RoundingSchema),
    /**
     * The lower bound the figure was published as: `'at-least'` (≥, "at least US$565 million",
     * "ít nhất", "至少") or `'more-than'` (>, "more than", "hơn", "超过"); read from the text unless
     * given (see `LowerBound`), and then it must agree with it. `parseStatement` and `parseDataset`
     * record it, `'more-than'` for a figure given `rounding: 'truncate'` whose text states none.
     */
    bound: z.optional(LowerBoundSchema),
  })
  .check(
    amountAgreesWithText(),
    boundsAgreeWithText('amount'),
    z.superRefine((json, context) => {
      const { value, precision } = json;
      if (precision === undefined || !isDecimalText(value) || !isDecimalText(precision)) return;
      if (!new Decimal(value).isZero() && new Decimal(precision).gt(new Decimal(value).abs())) {
        context.addIssue({
          code: 'custom',
          path: ['precision'],
          message: `a rounding step of ${precision} is coarser than the value ${value} it rounds`,
          input: json,
        });
      }
    }),
  );

/**
 * A published amount's JSON as {@link PublishedAmountJsonSchema} takes it: a lower bound maybe
 * not recorded yet (a truncated figure without `bound`, a bound only its text states).
 *
 * @example
 * ```ts
 * const given: PublishedAmountFields = { text: 'US$565 million', value: '565000000', currency: 'USD', rounding: 'truncate' };
 * lowerBoundOf(given); //=> 'more-than'
 * ```
 *
 * @category Figures
 */
export type PublishedAmountFields = z.infer<typeof PublishedAmountJsonSchema>;

/**
 * The JSON form of a published amount inside a statement, as `parseStatement`, `parseDataset`
 * and the compact readers return it: a figure rounded `'truncate'` (a lower bound) records its
 * `bound` beside it, and a `bound` its `rounding: 'truncate'`, so that what reads it reads the
 * bound and guesses nothing (a statement built in code without one fails to compile).
 *
 * @example
 * ```ts
 * const turnover: PublishedAmountJson = { text: 'US$338.6 million', value: '338600000', currency: 'USD' };
 * const exports: PublishedAmountJson = {
 *   text: 'more than US$565 million', value: '565000000', currency: 'USD',
 *   rounding: 'truncate', bound: 'more-than',
 * };
 * ```
 *
 * @category Figures
 */
export type PublishedAmountJson = Omit<PublishedAmountFields, 'rounding' | 'bound'> &
  (
    | { rounding?: 'nearest' | undefined; bound?: undefined }
    | { rounding: 'truncate'; bound: LowerBound }
  );

/**
 * The JSON of a published rate inside a statement, in percent: the text as published, the
 * value (negative when down, never below −100) and, unless the text shows it, the precision in
 * percentage points. When the text can be read ({@link parsePublishedRate}), its value must
 * agree.
 *
 * @example
 * ```ts
 * PublishedRateJsonSchema.safeParse({ text: 'down 1.1%', value: '1.1' }).success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export const PublishedRateJsonSchema = z
  .object({
    /** The rate as published: `"up 25.5%"`, `"tăng 25,5%"`. */
    text: z.string().check(z.minLength(1)),
    /** The rate in percent, negative when down: `"25.5"`, `"-1.1"`. */
    value: decimalStringWhere(
      (text) => within(text, -100),
      'a trade value cannot fall by more than 100 %',
    ),
    /** The rounding step in percentage points; the one the text shows unless given. */
    precision: z.optional(PositiveDecimalSchema),
    /** `'nearest'` unless given. */
    rounding: z.optional(RoundingSchema),
  })
  .check(rateAgreesWithText(), boundsAgreeWithText('rate'));

/**
 * The JSON form of a published rate inside a statement.
 *
 * @example
 * ```ts
 * const growth: PublishedRateJson = { text: 'up 24%', value: '24' };
 * ```
 *
 * @category Figures
 */
export type PublishedRateJson = z.infer<typeof PublishedRateJsonSchema>;

const PartySchema = z
  .string()
  .check(
    z.regex(
      /^[A-Z][A-Z0-9]{2,9}$/,
      'must be an ISO 3166-1 alpha-3 code, "WLD" for the World, or a group code such as "ASEAN"',
    ),
  );

const common = {
  /** Unique within a set of statements: `"seed-003-turnover"`. */
  id: SourceIdSchema,
  /** Id of the `Source` the statement comes from. */
  source: SourceIdSchema,
  /** Whose statistics: the economy whose exports and imports these are. */
  reporter: EconomyCodeTextSchema,
  partner: EconomyCodeTextSchema,
  /** `2021-Q1`, `2024-01/2024-09`, … (see `parsePeriod`). */
  period: PeriodTextSchema,
  /** True when the statement is weakly sourced or its reading is uncertain; `note` says why. */
  uncertain: z.optional(z.boolean()),
  note: z.optional(z.string()),
};

const LevelStatementSchema = z.object({
  ...common,
  kind: z.literal('level'),
  subject: StatementSubjectSchema,
  amount: PublishedAmountJsonSchema,
});

const GrowthStatementSchema = z.object({
  ...common,
  kind: z.literal('growth'),
  subject: StatementSubjectSchema,
  rate: PublishedRateJsonSchema,
  /** Compared with the same period a year earlier (the only comparison for now). */
  comparison: z.optional(z.literal('year-on-year')),
  /** The currency the rate was computed in, when the source says (CNY and USD rates differ). */
  currency: z.optional(CurrencyCodeSchema),
});

const ShareStatementSchema = z.object({
  ...common,
  kind: z.literal('share'),
  subject: StatementSubjectSchema,
  /** The part's share of the whole, in percent (0 to 100). */
  share: PublishedRateJsonSchema.check(
    z.refine((json) => within(json.value, 0, 100), {
      message: 'a share must be between 0 and 100 %',
      path: ['value'],
    }),
  ),
  /** The whole the part is a share of, for the same period; the whole may be unstated. */
  whole: z.object({
    reporter: EconomyCodeTextSchema,
    partner: PartySchema,
    subject: StatementSubjectSchema,
  }),
});

const BalanceStatementSchema = z.object({
  ...common,
  kind: z.literal('balance'),
  subject: z.literal('balance'),
  /** Whose surplus or deficit it is: the reporter or the partner. */
  side: EconomyCodeTextSchema,
  claim: z.enum(['surplus', 'deficit']),
  /** The claim as published: `"Laos continues to maintain a trade surplus with Vietnam"`. */
  text: z.string().check(z.minLength(1)),
  /** The size of the surplus or deficit, when stated (a positive amount). */
  amount: z.optional(PublishedAmountJsonSchema),
});

/**
 * The JSON form of a **statement**: something a source published about bilateral trade that is
 * not a plain flow — a level (`"turnover reached US$1.5 billion"`), a growth rate on the same
 * period a year earlier (`"up 25.5%"`), a share of a whole (`"2.4% of Vietnam's exports to
 * ASEAN"`), or a surplus/deficit claim. Values are decimal strings in units of the currency (or
 * percent), and the text as published is kept. {@link reconcile} checks a set of statements
 * against each other.
 *
 * @example
 * ```ts
 * StatementSchema.safeParse({
 *   id: 'seed-003-exports', source: 'seed-003', kind: 'level',
 *   reporter: 'VNM', partner: 'LAO', period: '2021-Q1', subject: 'exports',
 *   amount: { text: 'US$159.6 million', value: '159600000', currency: 'USD' },
 * }).success;
 * //=> true
 * ```
 *
 * @category Figures
 */
export const StatementSchema = z
  .discriminatedUnion('kind', [
    LevelStatementSchema,
    GrowthStatementSchema,
    ShareStatementSchema,
    BalanceStatementSchema,
  ])
  .check(
    z.superRefine((statement, context) => {
      if (statement.reporter === statement.partner) {
        context.addIssue({
          code: 'custom',
          path: ['partner'],
          message: `the partner is the reporter (${statement.reporter}); a statement is about trade between two economies`,
          input: statement,
        });
      }
      if (
        statement.kind === 'balance' &&
        statement.side !== statement.reporter &&
        statement.side !== statement.partner
      ) {
        context.addIssue({
          code: 'custom',
          path: ['side'],
          message: `the side must be the reporter (${statement.reporter}) or the partner (${statement.partner})`,
          input: statement,
        });
      }
    }),
  );

/**
 * A statement as {@link StatementSchema} describes it: a level, a growth rate, a share or a
 * balance claim, with its id, source, reporter, partner, period and subject.
 *
 * @example
 * ```ts
 * const claim: Statement = {
 *   id: 'seed-004-balance', source: 'seed-004', kind: 'balance',
 *   reporter: 'VNM', partner: 'LAO', period: '2024-01/2024-09', subject: 'balance',
 *   side: 'LAO', claim: 'surplus',
 *   text: 'Laos continues to maintain a trade surplus with Vietnam',
 * };
 * ```
 *
 * @category Figures
 */
export type Statement = StatementFields extends infer S
  ? // Each kind of statement with its amount's lower bound recorded (PublishedAmountJson); written
    // here, not as a type of its own, which the API docs would have to show (TypeDoc: notExported).
    S extends { amount: PublishedAmountFields }
    ? Omit<S, 'amount'> & { amount: PublishedAmountJson }
    : S extends { amount?: PublishedAmountFields | undefined }
      ? Omit<S, 'amount'> & { amount?: PublishedAmountJson | undefined }
      : S
  : never;

/**
 * A statement's JSON as {@link StatementSchema} takes it: its amount's lower bound maybe not
 * recorded yet ({@link PublishedAmountFields}); `parseStatement` records it.
 *
 * @example
 * ```ts
 * const given: StatementFields = {
 *   id: 'lao-vn-2023-h1-exports', source: 'thestar', kind: 'level',
 *   reporter: 'LAO', partner: 'VNM', period: '2023-H1', subject: 'exports',
 *   amount: { text: 'US$565 million', value: '565000000', currency: 'USD', rounding: 'truncate' },
 * };
 * const read: Statement = parseStatement(given);
 * read.kind === 'level' && read.amount.bound; //=> 'more-than'
 * ```
 *
 * @category Figures
 */
export type StatementFields = z.infer<typeof StatementSchema>;

/**
 * Validates a statement. An amount whose text states a lower bound ("more than US$565 million",
 * "ít nhất 565 triệu USD": {@link LowerBound}) comes back with it recorded, `bound` and
 * `rounding: 'truncate'`, as when the JSON gives them; one given `rounding: 'truncate'` whose text
 * states none, with `bound: 'more-than'`.
 *
 * @param input - the statement's JSON
 * @returns the statement, its amount's lower bound recorded
 * @throws {@link BilateralError} `INVALID_FIGURE` naming every bad field (including a value
 * that does not match its text, and a `rounding: 'nearest'` or a `bound` its text contradicts:
 * `['amount', 'rounding']`, `['amount', 'bound']`)
 *
 * @example
 * ```ts
 * parseStatement({
 *   id: 'seed-004-turnover-growth', source: 'seed-004', kind: 'growth',
 *   reporter: 'VNM', partner: 'LAO', period: '2024-01/2024-09', subject: 'turnover',
 *   rate: { text: 'an increase of 25.5%', value: '25.5' },
 * }).kind;
 * //=> 'growth'
 * ```
 *
 * @category Figures
 */
export function parseStatement(input: unknown): Statement {
  return statementWithBound(parseWithSchema(StatementSchema, input, 'INVALID_FIGURE'));
}

/**
 * The result form of {@link parseStatement}.
 *
 * @param input - the statement's JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * safeParseStatement({ id: 'x', kind: 'level' }).success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export function safeParseStatement(input: unknown): SafeParseResult<Statement> {
  return toSafeParse(() => parseStatement(input));
}
