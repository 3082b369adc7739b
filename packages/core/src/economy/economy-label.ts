import { wrongArgument } from '../_internal/wrong-argument.js';
import { isLocale, type Locale } from './locale.js';
import { writeEconomyLabel } from './write-economy-label.js';

/**
 * The name to write for an economy code, whatever the code: Bilateral's own name when the code
 * is in its economy table (as {@link economyName} gives it), else the Unicode CLDR name of the
 * ISO 3166-1 country that the JavaScript engine ships (`Intl.DisplayNames`), else the code
 * itself. Unlike `economyName` it never throws for a code given as text: a dataset may trade
 * with any economy, and a report or a chart title must still say who. An unsupported locale
 * falls back to English.
 *
 * @param code - an ISO 3166-1 alpha-3 code (`'MEX'`), or `'WLD'` for the World
 * @param locale - `'en'` (default), `'vi'`, `'lo'` or `'zh'`
 * @returns the name, or `code` when neither the table nor the engine knows it
 * @throws {@link BilateralError} `INVALID_INPUT` when `code` is not text (a number, `undefined`):
 * its name would be `NaN` or `undefined`
 *
 * @example
 * ```ts
 * economyLabel('LAO', 'vi');
 * //=> 'Lào' (Bilateral's table)
 * economyLabel('MEX');
 * //=> 'Mexico' (CLDR, through Intl.DisplayNames)
 * economyLabel('MEX', 'zh');
 * //=> '墨西哥'
 * economyLabel('QQQ');
 * //=> 'QQQ'
 * ```
 *
 * @category Economies
 */
export function economyLabel(code: string, locale: Locale = 'en'): string {
  if (typeof code !== 'string') {
    throw wrongArgument(['code'], "an economy code such as 'LAO'", code);
  }
  return writeEconomyLabel(code, isLocale(locale) ? locale : 'en');
}
