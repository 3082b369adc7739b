import type { Locale } from '@bilateral/core';
import { BORDER_PROVINCES } from '@bilateral/core/provinces';

/**
 * The border provinces' names in `locale` (the core's table), by the names a dataset may give
 * them: English or Vietnamese (the embedded data files name Vietnamese provinces in Vietnamese,
 * the others in English). A language's `provinceNames`; English has none, the dataset's names
 * being the English ones.
 */
export function provinceNamesIn(locale: Locale): Readonly<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const { names: each } of BORDER_PROVINCES) names[each.en] = names[each.vi] = each[locale];
  return names;
}
