import type { Locale } from '@bilateral/core';
import { BORDER_PROVINCES } from '@bilateral/core/provinces';

// The check of a gates element's filters needs the table too: it loads with the names, one chunk.
export { gatesFilterIssue } from '../elements/gates-filter-check.js';

/** Each language's names once made (a gates element asks on each drawing). */
const made = new Map<Locale, Readonly<Record<string, string>>>();

/**
 * The border provinces' names in `locale` (the core's table), by the names a dataset may give
 * them: English or Vietnamese (the embedded data files name Vietnamese provinces in Vietnamese,
 * the others in English). `<bilateral-gates>` loads this module (a chunk of its own, with the
 * table) when it draws in Vietnamese, Lao or Chinese; in English it shows the dataset's names.
 *
 * @example
 * ```ts
 * provinceNamesIn('zh')['Luang Namtha']; //=> '琅南塔'
 * provinceNamesIn('lo')['Quảng Trị']; //=> 'ກວາງຈິ'
 * ```
 */
export function provinceNamesIn(locale: Locale): Readonly<Record<string, string>> {
  const known = made.get(locale);
  if (known !== undefined) return known;
  const names: Record<string, string> = {};
  for (const { names: of } of BORDER_PROVINCES) names[of.en] = names[of.vi] = of[locale];
  made.set(locale, names);
  return names;
}
