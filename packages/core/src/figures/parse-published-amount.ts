import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type SafeParseResult, toSafeParse } from '../errors/index.js';
import {
  type AmountParts,
  NAMED_YEN,
  namedYenCode,
  otherCurrencyOf,
  readAmount,
  SCALE_FACTOR,
} from './_text.js';
import {
  type LowerBound,
  type PublishedAmount,
  publishedAmount,
  type RoundingAssumption,
} from './published-amount.js';

/**
 * Options of {@link parsePublishedAmount}.
 *
 * @example
 * ```ts
 * const imports = parsePublishedAmount('$1 billion', { precision: '100000000' });
 * formatInterval(imports.interval, { unit: '1e9' });
 * //=> '[0.95, 1.05)'
 * parsePublishedAmount('1.234 triệu USD', { locale: 'en' }).value.toString();
 * //=> '1234000'
 * ```
 *
 * @category Figures
 */
export interface ParsePublishedAmountOptions {
  /**
   * The currency when the text names none ("338.6 M"); US dollars unless given. When the text
   * names one, it must be this one.
   */
  readonly currency?: string;
  /**
   * The rounding step in units of the currency, overriding the one the text shows (e.g.
   * `'100000000'` to read "US$1 billion" as rounded to 0.1 billion).
   */
  readonly precision?: DecimalInput;
  /**
   * How the figure was rounded. `'nearest'` unless given, or `'truncate'` when the text is a
   * lower bound ({@link LowerBound}: "more than", "at least", "hơn", "ít nhất"…), which
   * `'nearest'` contradicts.
   */
  readonly rounding?: RoundingAssumption;
  /**
   * The digit convention: `'en'` (1,234.5) or `'vi'` (1.234,5). Guessed from the words
   * otherwise (Vietnamese words ⇒ `'vi'`; else English, falling back to the other).
   */
  readonly locale?: 'en' | 'vi';
}

/**
 * A sign or a name of several currencies in an English or Vietnamese amount: ¥ (the yuan's and the
 * yen's), "krone" and "kroner" (Denmark's, Norway's), "krona" (Sweden's, Iceland's); the codes
 * each may be are `otherCurrencyOf`'s.
 */
const SEVERAL = /[¥￥]|(?<![\p{L}\p{M}])kron(?:er|e|a)(?![\p{L}\p{M}])/iu;

/** `"CNY"`, `"CNY or JPY"`, `"DKK, NOK or SEK"`. */
function listed(codes: readonly string[]): string {
  return codes.length > 1 ? `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}` : `${codes[0]}`;
}

/** The refusal of a text in `codes` (`"CNY or JPY"`) as an amount in `currency`. */
function mismatch(text: string, codes: string, currency: string): BilateralError {
  return new BilateralError('CURRENCY_MISMATCH', [
    { path: ['text'], message: `${quoteInput(text, 200)} is in ${codes}, not ${currency}` },
  ]);
}

/**
 * The parts of an amount (`readAmount`), or why it is none. A ¥ whose letters name its currency
 * ({@link NAMED_YEN}) is read as that currency's code; one whose sign or name is several
 * currencies' ({@link SEVERAL}) is read in `currency` where that is one of them (a sign as the
 * code before the number, a name as the code after it) and refused as another
 * (`CURRENCY_MISMATCH`); without `currency` none is read: the text cannot tell which it is.
 */
function readWithSeveral(
  text: string,
  { currency, locale }: ParsePublishedAmountOptions,
): AmountParts | string {
  const named = text.replace(NAMED_YEN, (_, letters) => `${namedYenCode(letters)} `);
  if (named !== text) return readAmount(named, locale);
  const parts = readAmount(text, locale);
  const word = typeof parts === 'string' ? SEVERAL.exec(text)?.[0] : undefined;
  const several = word === undefined ? undefined : otherCurrencyOf(text);
  if (word === undefined || several === undefined || several.length < 2) return parts;
  if (currency === undefined) {
    return `${quoteInput(word)} is the sign or name of ${listed(several)}: say which with the currency option`;
  }
  if (!several.includes(currency)) throw mismatch(text, listed(several), currency);
  return readAmount(
    text.replace(SEVERAL, (found) => (/kron/iu.test(found) ? currency : `${currency} `)),
    locale,
  );
}

/**
 * Reads a published amount from text in English or Vietnamese, keeping the precision the text
 * shows: one unit of the last digit written, at the stated scale ("US$1.5 billion" is rounded
 * to 0.1 billion, "US$179 million" to 1 million, "US$1 billion" to 1 billion). Forms:
 * "US$1.5 billion", "$491.9 million", "USD 1.5 bn", "338.6 M", "1.65 B", "1,5 tỷ USD",
 * "491,9 triệu USD", "1 tỷ đô la", in other currencies too ("HK$500 million", "£500 million",
 * "RMB 500 million", "JP¥500 million", "500 million yen", "500 million kronor": HKD, GBP, CNY,
 * JPY, SEK; a sign or name of several currencies, ¥ (CNY or JPY), "krone" or "kroner" (DKK or
 * NOK), "krona" (SEK or ISK), only in the one `options.currency` names, ¥ after the letters of one
 * (`CN¥`, `RMB¥`, `JP¥`) in that one), optionally after "about", "nearly", "khoảng"… or the words
 * of a lower bound ({@link LowerBound}: "more than", "at least", "hơn", "ít nhất"…) or before a
 * closing "or more",
 * "and above", "trở lên" (at least the figure), which the result's `bound` names.
 *
 * @param text - the figure as published
 * @param options - currency when the text has none, precision override, rounding, locale
 * @returns the published amount with its interval
 * @throws {@link BilateralError} `INVALID_FIGURE` naming the text when it is not an amount, is a
 * lower bound and `options.rounding` is `'nearest'`, or writes a sign or name of several
 * currencies (¥, "kroner") and `options.currency` is not given; `CURRENCY_MISMATCH` when the text
 * names another currency than `options.currency` ("¥500 million" as DKK: "is in CNY or JPY")
 *
 * @example
 * ```ts
 * const imports = parsePublishedAmount('US$179 million');
 * imports.precision.toString();
 * //=> '1000000'
 * formatInterval(imports.interval, { unit: '1e6' });
 * //=> '[178.5, 179.5)'
 * parsePublishedAmount('1,5 tỷ USD').value.toString();
 * //=> '1500000000'
 * formatInterval(parsePublishedAmount('$25 billion', { rounding: 'truncate' }).interval, { unit: '1e9' });
 * //=> '[25, 26)'
 * parsePublishedAmount('¥500 million', { currency: 'JPY' }).currency;
 * //=> 'JPY'
 * const bound = parsePublishedAmount('ít nhất 565 triệu USD');
 * [bound.bound, bound.rounding, formatInterval(bound.interval, { unit: '1e6' })];
 * //=> ['at-least', 'truncate', '[565, 566)']
 * ```
 *
 * @category Figures
 */
export function parsePublishedAmount(
  text: string,
  options: ParsePublishedAmountOptions = {},
): PublishedAmount {
  if (typeof text !== 'string') {
    throw new BilateralError('INVALID_FIGURE', [
      { path: ['text'], message: `expected the text of a figure, got ${typeof text}` },
    ]);
  }
  const parts = readWithSeveral(text, options);
  if (typeof parts === 'string') {
    throw new BilateralError('INVALID_FIGURE', [
      { path: ['text'], message: `${quoteInput(text, 200)} is not a published amount: ${parts}` },
    ]);
  }
  if (
    parts.currency !== undefined &&
    options.currency !== undefined &&
    parts.currency !== options.currency
  ) {
    throw mismatch(text, parts.currency, options.currency);
  }
  // Rounded 'truncate' unless told (publishedAmount refuses a bound rounded 'nearest').
  const bound = parts.qualifier === 'approximate' ? undefined : parts.qualifier;
  const factor = SCALE_FACTOR[parts.scale];
  const shown = new Decimal(1).div(new Decimal(`1e${parts.number.decimals}`)).times(factor);
  return publishedAmount({
    text,
    value: parts.number.value.times(factor),
    currency: parts.currency ?? options.currency ?? 'USD',
    precision: options.precision ?? shown,
    rounding: options.rounding,
    bound,
    scale: parts.scale,
  });
}

/**
 * The result form of {@link parsePublishedAmount}: `{ success, data }` or `{ success, error }`.
 *
 * @param text - the figure as published
 * @param options - as for {@link parsePublishedAmount}
 * @returns the result, never a throw for bad input
 *
 * @example
 * ```ts
 * safeParsePublishedAmount('US$1.5 bilion').success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export function safeParsePublishedAmount(
  text: string,
  options: ParsePublishedAmountOptions = {},
): SafeParseResult<PublishedAmount> {
  return toSafeParse(() => parsePublishedAmount(text, options));
}
