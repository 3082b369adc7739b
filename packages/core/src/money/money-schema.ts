import * as z from 'zod/mini';
import { RANGE_WORDS } from '../_internal/decimal-range.js';
import { isDecimalText, isWrittenInRange } from '../_internal/decimal-text.js';
import { mustBe } from '../_internal/must-be.js';
import { refusedHintWords, separatorHint } from '../_internal/separator-hint.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { checkMoney } from './check-money.js';
import { isCurrencyCode } from './currency.js';
import { type Money, money } from './money.js';

/** What a decimal string of a field must also be: a test of its text, and what it says if not. */
interface DecimalRule {
  readonly accepts: (text: string) => boolean;
  readonly refusal: string;
  /** The text is checked later, in the model's own words: the schema checks only JSON numbers. */
  readonly checkedLater: boolean;
}

/**
 * What a JSON number where a decimal string belongs is told: the string to write instead (while
 * the number's digits are few enough to be the ones the file holds; else what it reads as) and why.
 * Where the field's `rule` would refuse that string too (`-5` for a trade value), no string is
 * suggested: the message says what the field cannot be instead.
 */
function jsonNumberProblem(
  issue: { readonly input?: unknown },
  rule: DecimalRule | undefined,
): string | undefined {
  if (typeof issue.input !== 'number') return undefined;
  const text = String(issue.input);
  const written = isDecimalText(text) && text.replace(/\D/g, '').length <= 15;
  if (written && rule !== undefined && !rule.accepts(text)) {
    return `must be a decimal written as a string, not the JSON number ${text}, and ${rule.refusal}`;
  }
  if (written) {
    return `must be a decimal written as a string: ${JSON.stringify(text)}, not the JSON number ${text} (a JSON number may lose digits)`;
  }
  // The number as read may not be the one written (12345678901234567890 reads as …000).
  return `must be a decimal written as a string, e.g. "491.9", not a JSON number (this one reads as ${text}: a JSON number may lose digits)`;
}

/**
 * What a string that is not a plain decimal number is told: what it must be and what was found,
 * and why when it is a number in another convention ({@link separatorHint}: `"1,5"` has a comma
 * as the decimal separator, and its text with a point is given). Where the field's `rule` refuses
 * the text however it reads (`"-1,5"` or `"-1,500"` for a trade value), the message says so too,
 * and suggests no number the field refuses.
 */
function decimalTextProblem(input: unknown, rule: DecimalRule | undefined): string {
  const text = String(input);
  const found = mustBe('a plain decimal number such as "491.9"', [text]);
  const hint = separatorHint(text);
  if (hint === undefined) return found;
  if (rule === undefined || hint.readings.some(rule.accepts)) return `${found} (${hint.words})`;
  return `${found} (${refusedHintWords(hint)}), and ${rule.refusal}`;
}

/**
 * The decimal string schema, its text also checked by `rule` when one is given: a JSON number
 * where the string belongs is told the string to write only when the rule accepts it.
 */
function decimalString(rule?: DecimalRule) {
  return z.string({ error: (issue) => jsonNumberProblem(issue, rule) }).check(
    z.regex(/^-?\d+(?:\.\d+)?$/, {
      error: (issue) => decimalTextProblem(issue.input, rule),
      abort: true,
    }),
    z.refine(
      isWrittenInRange,
      `is past the supported range: values must be ${RANGE_WORDS}, with at most 36 digits after the decimal point`,
    ),
    ...(rule === undefined || rule.checkedLater
      ? []
      : [z.refine<string>(rule.accepts, rule.refusal)]),
  );
}

/**
 * A decimal number written as a JSON string, so no digit is lost in transit: `"1491900000"`,
 * `"-508.1"`, `"0.025"`. No exponent, no thousands separators; within the supported range (less
 * than 10^36 in absolute value, at most 36 digits after the decimal point).
 *
 * @example
 * ```ts
 * DecimalStringSchema.safeParse('1,5').success;
 * //=> false
 * DecimalStringSchema.safeParse(`1${'0'.repeat(36)}`).success;
 * //=> false
 * ```
 *
 * @category Money
 */
export const DecimalStringSchema = decimalString();

/**
 * A {@link DecimalStringSchema} whose text `accepts` must also take, `refusal` said where it does
 * not (`'a trade value cannot be negative'`). Use it rather than a `.check()` of
 * `DecimalStringSchema`, so that a JSON number is not told to write a string the field refuses
 * (`"-5"` for a trade value): it is told `must be a decimal written as a string, not the JSON
 * number -5, and a trade value cannot be negative`. With `checkedLater`, the text is left to the
 * model's own check (which says more, e.g. the rate's currencies): only a JSON number is told.
 *
 * @internal
 */
export function decimalStringWhere(
  accepts: (text: string) => boolean,
  refusal: string,
  { checkedLater = false }: { readonly checkedLater?: boolean } = {},
): typeof DecimalStringSchema {
  return decimalString({ accepts, refusal, checkedLater });
}

/**
 * An ISO 4217 currency code such as `"USD"`.
 *
 * @example
 * ```ts
 * CurrencyCodeSchema.safeParse('LAK').success;
 * //=> true
 * ```
 *
 * @category Money
 */
export const CurrencyCodeSchema = z
  .string()
  .check(z.refine(isCurrencyCode, 'must be an ISO 4217 currency code, e.g. "USD", "VND", "LAK"'));

/**
 * The JSON form of {@link Money}: `{ "amount": "491900000", "currency": "USD" }`.
 *
 * @example
 * ```ts
 * MoneySchema.safeParse({ amount: '1.5', currency: 'USD' }).success;
 * //=> true
 * ```
 *
 * @category Money
 */
export const MoneySchema = z.object({ amount: DecimalStringSchema, currency: CurrencyCodeSchema });

/**
 * The JSON form of {@link Money}, as {@link MoneySchema} describes it.
 *
 * @example
 * ```ts
 * const json: MoneyJson = { amount: '159.6', currency: 'USD' };
 * ```
 *
 * @category Money
 */
export type MoneyJson = z.infer<typeof MoneySchema>;

/**
 * Reads {@link Money} from its JSON form, keeping every decimal digit.
 *
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseMoney({ amount: '491.90', currency: 'USD' }).amount.toFixed(2);
 * //=> '491.90'
 * ```
 *
 * @category Money
 */
export function parseMoney(input: unknown): Money {
  const json = parseWithSchema(MoneySchema, input, 'INVALID_INPUT');
  return money(json.amount, json.currency);
}

/**
 * The result form of {@link parseMoney}.
 *
 * @example
 * ```ts
 * safeParseMoney({ amount: 'NaN', currency: 'USD' }).success;
 * //=> false
 * ```
 *
 * @category Money
 */
export function safeParseMoney(input: unknown): SafeParseResult<Money> {
  return toSafeParse(() => parseMoney(input));
}

/**
 * Writes {@link Money} in its JSON form. The amount keeps every digit it has (no exponent).
 *
 * @param value - the money to write
 * @returns `{ amount, currency }` with the amount as a decimal string
 * @throws {@link BilateralError} `INVALID_INPUT` when `value` is not Money
 *
 * @example
 * ```ts
 * moneyToJson(money('1.50', 'USD'));
 * //=> { amount: '1.5', currency: 'USD' }
 * ```
 *
 * @category Money
 */
export function moneyToJson(value: Money): MoneyJson {
  const { amount, currency } = checkMoney(value);
  return { amount: amount.toFixed(), currency };
}
