import { BilateralError } from '../errors/index.js';
import type { Decimal } from './decimal.js';
import { POINT_BEFORE_THOUSANDS, pointBeforeThousandsMessage } from './point-before-thousands.js';
import { quoteInput } from './quote-input.js';
import { amountProblem, negativeWords } from './separator-hint.js';
import { toDecimal } from './to-decimal.js';
import { wrongArgument } from './wrong-argument.js';

/** A number as an importer reads one: sign, digits with a point, an exponent. */
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * An amount read from text: its Decimal (never negative), or why it is refused.
 *
 * @example
 * ```ts
 * import { type AmountText, readAmountText } from '@bilateral/core/node';
 * const amount: AmountText = readAmountText('-5', 'a trade value');
 * [amount.decimal, amount.problem]; //=> [undefined, '"-5": a trade value cannot be negative']
 * ```
 *
 * @category Node
 */
export type AmountText =
  | { readonly decimal: Decimal; readonly problem?: undefined }
  | { readonly decimal?: undefined; readonly problem: string };

/**
 * Reads an amount (a trade value, a quantity, a weight) written as text, as a UN Comtrade import
 * reads each: a number (with a hint where it has separators), then within the supported range
 * (`toDecimal`: less than 10^36, at most 36 digits after the point, its words), then not
 * negative, in that order, so that a huge negative value is named past the range, as the range
 * is the one gate every amount passes first. Minus zero is 0. From a file separated by
 * semicolons (`semicolons`), a point before three digits after one to three (`491.900`) is
 * refused: a European spreadsheet writes 491,900 so, a thousand times the number read with a
 * decimal point (`import flows` refuses it in the same words).
 *
 * @param text - the trimmed text of the field
 * @param what - what the field holds, for the words: `a trade value`, `a quantity`, `a weight`
 * @param options - `semicolons`: the text is a field of a file separated by semicolons
 * @returns `{ decimal }`, or `{ problem }` in the words of an import's issue
 *
 * @example
 * ```ts
 * import { readAmountText } from '@bilateral/core/node';
 * readAmountText('1.5E3', 'a trade value').decimal?.toString();
 * //=> '1500'
 * readAmountText('-5', 'a trade value').problem;
 * //=> '"-5": a trade value cannot be negative'
 * readAmountText(`-1${'0'.repeat(36)}`, 'a trade value').problem;
 * //=> '"-1000000000000000000000000000000000000" is past the supported range: values must be less than 10^36 in absolute value (at most 36 digits before the decimal point)'
 * readAmountText('1,5', 'a quantity').problem;
 * //=> '"1,5" has a comma as the decimal separator: write "1.5"'
 * readAmountText('491.900', 'a trade value', { semicolons: true }).problem;
 * //=> '"491.900" has a point before three digits, which a file separated by semicolons may write between thousands: write "491900" if it separates thousands, or "491.9000" if it is a decimal point'
 * ```
 * @category Node
 */
export function readAmountText(
  text: string,
  what: string,
  options: { readonly semicolons?: boolean } = {},
): AmountText {
  if (typeof text !== 'string') throw wrongArgument(['text'], 'the text of an amount', text);
  if (typeof what !== 'string') throw wrongArgument(['what'], 'what the amount is, in words', what);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw wrongArgument(['options'], 'an object of options', options);
  }
  const { semicolons } = options;
  if (semicolons !== undefined && typeof semicolons !== 'boolean') {
    throw wrongArgument(['options', 'semicolons'], 'true or false', semicolons);
  }
  if (semicolons === true && POINT_BEFORE_THOUSANDS.test(text)) {
    return { problem: pointBeforeThousandsMessage(text) };
  }
  if (!NUMBER_TEXT.test(text)) return { problem: amountProblem(text, what) };
  let decimal: Decimal;
  try {
    decimal = toDecimal(text);
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { problem: error.issues[0]?.message ?? `${quoteInput(text)} is out of range` };
  }
  if (decimal.isNegative() && !decimal.isZero()) {
    return { problem: negativeWords(text, what) };
  }
  return { decimal };
}
