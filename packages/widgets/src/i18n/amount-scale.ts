import { type Locale, type Money, NUMBER_SEPARATORS } from '@bilateral/core/calc';
import { formatAmount } from './format.js';

// Apart from `format.ts`: only the tables and the target band read them, so that the first load
// of a page (the app's first chunk) does not carry them.

/**
 * The scale an amount is written in, as {@link formatAmount} writes it alone: the words after its
 * number, and those English writes it with, since the writer rounds to the hundredth of the
 * English scale in every language (936.15 million is `9.3615亿美元`, 1.05 billion `10.5亿美元`).
 * Amounts of one scale written side by side share their decimals ({@link sharedDecimals}); an
 * amount of another keeps its own (`US$950 million` beside `US$1.05 billion`, not `US$950.00
 * million`; `10.5亿美元` beside `9.3615亿美元`, not `10.5000亿美元`).
 *
 * @example
 * ```ts
 * import { money } from '@bilateral/core/calc';
 *
 * amountScale(money('1050000000', 'USD'), 'en'); //=> ' billion billion'
 * amountScale(money('-950000000', 'USD'), 'zh'); //=> '亿美元 million'
 * ```
 */
export const amountScale = (value: Money, locale: Locale): string =>
  formatAmount(value, locale).replace(/.*\d/, '') + formatAmount(value, 'en').replace(/.*\d/, '');

/**
 * The decimals amounts of one {@link amountScale} written side by side share: the most any of
 * them shows as {@link formatAmount} writes it alone (in English, Vietnamese and Lao up to 2, in
 * Chinese up to 4: `9.3615亿美元`).
 *
 * @example
 * ```ts
 * import { money } from '@bilateral/core/calc';
 *
 * sharedDecimals([money('1820000000', 'USD'), money('1900000000', 'USD')], 'en'); //=> 2
 * ```
 */
export function sharedDecimals(values: readonly Money[], locale: Locale): number {
  const [decimal] = NUMBER_SEPARATORS[locale];
  // The digits after the decimal separator, if any.
  return Math.max(
    0,
    ...values.map((value) => (formatAmount(value, locale).split(decimal)[1] ?? '').search(/\D|$/)),
  );
}
