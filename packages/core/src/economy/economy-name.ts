import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import { getEconomy } from './get-economy.js';
import { isLocale, type Locale } from './locale.js';

/**
 * The name of an economy in a language.
 *
 * @param code - the economy's code (`'LAO'`)
 * @param locale - `'en'` (default), `'vi'`, `'lo'` or `'zh'`
 * @returns the name: Vietnamese with its diacritics, Lao script, simplified Chinese
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the code, or `INVALID_INPUT` naming an
 * unsupported locale
 *
 * @example
 * ```ts
 * economyName('LAO', 'vi');
 * //=> 'Lào'
 * economyName('VNM', 'lo');
 * //=> 'ຫວຽດນາມ'
 * economyName('CHN', 'zh');
 * //=> '中国'
 * economyName('KHM');
 * //=> 'Cambodia'
 * ```
 *
 * @category Economies
 */
export function economyName(code: string, locale: Locale = 'en'): string {
  if (!isLocale(locale)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['locale'],
        message: `${describeInput(locale)} is not a supported locale (one of "en", "vi", "lo", "zh")`,
      },
    ]);
  }
  return getEconomy(code).names[locale];
}
