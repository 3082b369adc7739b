import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type SafeParseResult, toSafeParse } from '../errors/index.js';
import { readRate } from './_text.js';
import type { RoundingAssumption } from './published-amount.js';
import { type PublishedRate, publishedRate } from './published-rate.js';

/**
 * Options of {@link parsePublishedRate}.
 *
 * @example
 * ```ts
 * formatInterval(parsePublishedRate('up 24%', { precision: '0.1' }).interval);
 * //=> '[23.95, 24.05)'
 * formatInterval(parsePublishedRate('up 24%', { rounding: 'truncate' }).interval);
 * //=> '[24, 25)'
 * ```
 *
 * @category Figures
 */
export interface ParsePublishedRateOptions {
  /** The rounding step in percentage points, overriding the one the text shows. */
  readonly precision?: DecimalInput;
  /**
   * How the rate was rounded (on its size). `'nearest'` unless given, or `'truncate'` after
   * "more than", "over", "hơn", "trên".
   */
  readonly rounding?: RoundingAssumption;
  /** The digit convention, `'en'` or `'vi'`; guessed from the words otherwise. */
  readonly locale?: 'en' | 'vi';
}

/**
 * Reads a published growth rate or share from text in English or Vietnamese, keeping the
 * precision the text shows ("25.5 %" is rounded to 0.1 point, "24 %" to 1 point). Forms:
 * "up 25.5%", "rose by 6.4%", "an increase of 41.7%", "tăng 25,5%", "down 1.1%", "giảm 1,1%",
 * "+22.5 %", "-1.1 %", "25.5 percent", "2.4%", optionally followed by "year-on-year" or
 * "so với cùng kỳ"; a lower bound ("more than 30%", "tăng hơn 30%", "up 30% or more", "tăng 30%
 * trở lên") is read truncated on the rate's size, [30, 31) %.
 *
 * @param text - the rate as published
 * @param options - precision override, rounding, locale
 * @returns the published rate with its interval, in percent
 * @throws {@link BilateralError} `INVALID_FIGURE` naming the text when it is not a rate, says
 * both up and down, falls by more than 100 %, or puts a lower bound on a negative rate ("more than
 * -5%": a fall of less than 5 % or a rise, which no interval of the model's rounding is; "down
 * more than 5%" is a fall of more than 5 %, (-6, -5])
 *
 * @example
 * ```ts
 * parsePublishedRate('giảm 1,1%').value.toString();
 * //=> '-1.1'
 * formatInterval(parsePublishedRate('down 1.1%').interval);
 * //=> '(-1.15, -1.05]'
 * formatInterval(parsePublishedRate('up 24%').interval);
 * //=> '[23.5, 24.5)'
 * ```
 *
 * @category Figures
 */
export function parsePublishedRate(
  text: string,
  options: ParsePublishedRateOptions = {},
): PublishedRate {
  if (typeof text !== 'string') {
    throw new BilateralError('INVALID_FIGURE', [
      { path: ['text'], message: `expected the text of a rate, got ${typeof text}` },
    ]);
  }
  const parts = readRate(text, options.locale);
  if (typeof parts === 'string') {
    throw new BilateralError('INVALID_FIGURE', [
      { path: ['text'], message: `${quoteInput(text, 200)} is not a published rate: ${parts}` },
    ]);
  }
  const shown = new Decimal(1).div(new Decimal(`1e${parts.number.decimals}`));
  const value = parts.direction < 0 ? parts.number.value.neg() : parts.number.value;
  return publishedRate({
    text,
    value,
    precision: options.precision ?? shown,
    rounding:
      options.rounding ??
      (parts.qualifier === undefined || parts.qualifier === 'approximate' ? 'nearest' : 'truncate'),
  });
}

/**
 * The result form of {@link parsePublishedRate}.
 *
 * @param text - the rate as published
 * @param options - as for {@link parsePublishedRate}
 * @returns the result, never a throw for bad input
 *
 * @example
 * ```ts
 * safeParsePublishedRate('up and down').success;
 * //=> false
 * ```
 *
 * @category Figures
 */
export function safeParsePublishedRate(
  text: string,
  options: ParsePublishedRateOptions = {},
): SafeParseResult<PublishedRate> {
  return toSafeParse(() => parsePublishedRate(text, options));
}
