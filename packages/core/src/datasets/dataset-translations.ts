import type { Locale } from '../economy/locale.js';
import { DATASET_TRANSLATIONS_LO, RATE_SOURCE_PUBLISHERS_LO } from './texts-lo.js';
import { DATASET_TRANSLATIONS_VI, RATE_SOURCE_PUBLISHERS_VI } from './texts-vi.js';
import { DATASET_TRANSLATIONS_ZH, RATE_SOURCE_PUBLISHERS_ZH } from './texts-zh.js';

/**
 * The project's translations of texts the embedded datasets hold in English (who set each target,
 * and its note), keyed by the English text, and the mark the widgets' target card shows once after
 * a translated setter and note (" (translated from English)"; the text report says it once for
 * its targets section instead, in its own words): the data's quoted words are never changed, and
 * a text with no translation is shown as the data has it.
 *
 * @example
 * ```ts
 * const translations: DatasetTranslations = { mark: ' (translated)', texts: { Hello: 'Xin chào' } };
 * ```
 *
 * @category Datasets
 */
export interface DatasetTranslations {
  readonly mark: string;
  readonly texts: Readonly<Record<string, string>>;
}

const TRANSLATIONS: Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>> = {
  vi: { ...DATASET_TRANSLATIONS_VI.texts, ...RATE_SOURCE_PUBLISHERS_VI },
  lo: { ...DATASET_TRANSLATIONS_LO.texts, ...RATE_SOURCE_PUBLISHERS_LO },
  zh: { ...DATASET_TRANSLATIONS_ZH.texts, ...RATE_SOURCE_PUBLISHERS_ZH },
};

/**
 * A text the data holds in English (who set a target, its note; an embedded rate source's
 * publisher) in `locale`: the project's translation of exactly that text where it has one
 * (`translated: true`), else the text as the data has it (English has none).
 *
 * @example
 * ```ts
 * translatedDataText('47th Vietnam–Laos Intergovernmental Committee, January 2025', 'vi');
 * //=> { text: 'Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – Lào, tháng 1/2025', translated: true }
 * translatedDataText('A page’s own note.', 'vi');
 * //=> { text: 'A page’s own note.', translated: false }
 * ```
 */
export function translatedDataText(
  text: string,
  locale: Locale,
): { readonly text: string; readonly translated: boolean } {
  const texts = TRANSLATIONS[locale];
  if (texts === undefined || !Object.hasOwn(texts, text)) return { text, translated: false };
  return { text: texts[text] as string, translated: true };
}
