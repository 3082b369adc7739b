import type { Locale } from '@bilateral/core';
import { BORDER_PROVINCES_WITHOUT_NOTES as PROVINCES } from '@bilateral/core/provinces';

// The check of a gates element's filters needs the table too: it loads with the names, one chunk.
export { gatesFilterIssue } from '../elements/gates-filter-check.js';

/**
 * What the core's summaries count crossings under when a side names no province (`(unknown)`),
 * in each language: the words of its unknown class (`class not known`, `chưa rõ loại`,
 * `ບໍ່ຮູ້ປະເພດ`, `类别不详`) with "province" for "class" (English's, under the "Province"
 * heading, only "not known"). Written by the developers, as the messages are. English's come
 * with the gates' English words too (`UNKNOWN_PROVINCE_EN`): an English figure loads no names.
 */
const NOT_RECORDED: Readonly<Record<Locale, string>> = {
  en: 'not known',
  vi: 'chưa rõ tỉnh',
  lo: 'ບໍ່ຮູ້ແຂວງ',
  zh: '省份不详',
};

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
 * provinceNamesIn('vi')['(unknown)']; //=> 'chưa rõ tỉnh' (a side that names no province)
 * ```
 */
export function provinceNamesIn(locale: Locale): Readonly<Record<string, string>> {
  const known = made.get(locale);
  if (known !== undefined) return known;
  const names: Record<string, string> = {};
  for (const { names: of } of PROVINCES) names[of.en] = names[of.vi] = of[locale];
  names['(unknown)'] = NOT_RECORDED[locale];
  made.set(locale, names);
  return names;
}
