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
