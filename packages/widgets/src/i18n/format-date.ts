import type { Locale } from '@bilateral/core/calc';
import { dateFormat, formatMonth, laoMonth } from './format.js';

/** A day (CLDR's `medium` date: `Dec 22, 2020`). */
const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/**
 * A partial date for people: a day (`2020-12-22` → `Dec 22, 2020`, `22 ທ.ວ. 2020`), a month
 * (`2014-06` → `Jun 2014`) or a year, in the locale; anything else as it is.
 */
export function formatPartialDate(text: string, locale: Locale): string {
  const [year, month, day] = text.split('-').map(Number);
  if (!/^\d{4}(-\d{2}){0,2}$/.test(text) || year === undefined) return text;
  if (month === undefined) return String(year);
  if (day === undefined) return formatMonth(locale, year, month);
  if (locale === 'lo') return `${day} ${laoMonth(month)} ${year}`; // CLDR's `d MMM y`
  return dateFormat(locale, 'day', DAY).format(new Date(Date.UTC(year, month - 1, day)));
}
