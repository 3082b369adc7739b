import type { Locale } from '@bilateral/core/calc';
import { words } from './format.js';

/**
 * A partial date for people: a day (`2020-12-22` → `Dec 22, 2020`, `22 ທ.ວ. 2020`: CLDR's
 * `medium` date), a month (`2014-06` → `Jun 2014`) or a year, in the words of the locale's
 * messages (`Messages.day`, `Messages.month`); anything else as it is.
 *
 * @example
 * ```ts
 * import { formatPartialDate } from './format-date.js';
 *
 * formatPartialDate('2014-06', 'en'); //=> 'Jun 2014'
 * formatPartialDate('2014', 'zh'); //=> '2014'
 * ```
 */
export function formatPartialDate(text: string, locale: Locale): string {
  const [year, month, day] = text.split('-').map(Number);
  if (!/^\d{4}(-\d{2}){0,2}$/.test(text) || year === undefined) return text;
  if (month === undefined) return String(year);
  return day === undefined ? words(locale).month(month, year) : words(locale).day(day, month, year);
}
