import { checkArgument, checkLocale } from '../_internal/face-checks.js';
import type { Locale } from '../economy/locale.js';

/**
 * The decimal and group separators each locale writes numbers with (CLDR): English and Chinese
 * write `1,234.5`, Vietnamese and Lao `1.234,5`. `formatDecimal`, `writeMoney` and the widgets'
 * numbers all read this one table.
 *
 * @example
 * ```ts
 * import { NUMBER_SEPARATORS } from '@bilateral/core/calc';
 *
 * const [decimal, group] = NUMBER_SEPARATORS.vi; //=> [',', '.']
 * ```
 *
 * @category Money
 */
export const NUMBER_SEPARATORS: Readonly<
  Record<Locale, readonly [decimal: string, group: string]>
> = {
  en: ['.', ','],
  vi: [',', '.'],
  lo: [',', '.'],
  zh: ['.', ','],
};

/**
 * An integer's digits grouped in threes with the locale's group separator, as `formatDecimal`
 * writes them (and the report's digit work, `cli/local-digits.ts`, and the widgets' numbers and
 * axis ticks); a compact number in Chinese only from five digits (see
 * `DecimalFormatOptions.compact`). For digits and a locale known to be valid, as `writeMoney` is:
 * it refuses what is no text and a locale it does not know (`INVALID_INPUT` at `integer` or
 * `locale`), but not text that is no integer's digits, which gives a wrong text (`'1234.5678'`
 * gives `'1,234.5,678'`: group the integer part only); `formatDecimal` checks its input.
 *
 * @example
 * ```ts
 * import { groupDigits } from '@bilateral/core/calc';
 *
 * groupDigits('1234567', 'vi'); //=> '1.234.567'
 * groupDigits('4573', 'zh', true); //=> '4573'
 * ```
 *
 * @category Money
 */
export function groupDigits(integer: string, locale: Locale, compact?: boolean): string {
  checkArgument(typeof integer === 'string', ['integer'], "an integer's digits", integer);
  checkLocale(locale, ['locale']);
  return uncheckedGroupDigits(integer, locale, compact);
}

/**
 * {@link groupDigits} without its checks, for the core's own modules and the widgets (from
 * `@bilateral/core/internal`), which group the digits they wrote in a locale they checked.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedGroupDigits('1234567', 'en'); //=> '1,234,567'
 * ```
 */
export function uncheckedGroupDigits(integer: string, locale: Locale, compact?: boolean): string {
  return compact && locale === 'zh' && integer.length < 5
    ? integer
    : integer.replace(/\B(?=(\d{3})+(?!\d))/g, NUMBER_SEPARATORS[locale][1]);
}
