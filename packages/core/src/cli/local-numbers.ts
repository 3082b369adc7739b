import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { formatDecimal } from '../money/number-format.js';

/**
 * A number as the library's English sentences write it: digits grouped by commas (`1,234`, as
 * `about +1,234 %`), or with a decimal point (`10.0`, `22370.09`). A comma followed by a space
 * (`a year, 5 years left`) is punctuation, and a whole number without grouping (a year, a count)
 * is left as it is.
 */
const ENGLISH_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+/g;

/**
 * The numbers of one of the library's English sentences (a target's verdict, a derived figure's
 * note, an exchange rate) written with the locale's separators, every digit kept: `10.0–15.0 %`
 * is `10,0–15,0 %` in Vietnamese and Lao, `about +1,234 %` is `about +1.234 %`. English and
 * Chinese write them as they are.
 *
 * @example
 * ```ts
 * localNumbers('2024: +25.5 % on 2023 against a band of 10.0–15.0 % a year', 'vi');
 * //=> '2024: +25,5 % on 2023 against a band of 10,0–15,0 % a year'
 * localNumbers('2017 value ÷ (1 + 8.5 %)', 'zh'); //=> '2017 value ÷ (1 + 8.5 %)'
 * ```
 */
export function localNumbers(text: string, locale: Locale): string {
  if (locale === 'en' || locale === 'zh') return text;
  return text.replace(ENGLISH_NUMBER, (number) => {
    const plain = number.replaceAll(',', '');
    const fractionDigits = plain.split('.')[1]?.length ?? 0;
    return formatDecimal(new Decimal(plain), {
      locale,
      fractionDigits,
      roundingMode: 'half-up',
      trimZeros: false,
    });
  });
}
