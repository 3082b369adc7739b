import type { Locale } from '../economy/locale.js';
import { DATASET_TRANSLATIONS_LO } from './texts-lo.js';
import { DATASET_TRANSLATIONS_VI } from './texts-vi.js';
import { DATASET_TRANSLATIONS_ZH } from './texts-zh.js';

/**
 * The project's translations of texts the embedded datasets hold in English (who set each target,
 * and its note), keyed by the English text, and the mark shown after a translated text
 * (" (translated from English)"): the data's quoted words are never changed, and a text with no
 * translation is shown as the data has it.
 *
 * @example
 * ```ts
 * const translations: DatasetTranslations = { mark: ' (translated)', texts: { Hello: 'Xin chào' } };
 * ```
 */
export interface DatasetTranslations {
  readonly mark: string;
  readonly texts: Readonly<Record<string, string>>;
}

const TRANSLATIONS: Readonly<Partial<Record<Locale, DatasetTranslations>>> = {
  vi: DATASET_TRANSLATIONS_VI,
  lo: DATASET_TRANSLATIONS_LO,
  zh: DATASET_TRANSLATIONS_ZH,
};

/**
 * A text the data holds in English in `locale`, marked as translated, where the project has a
 * translation of exactly that text; else the text as the data has it (English has none).
 *
 * @example
 * ```ts
 * translatedDataText('Vietnam and Laos governments', 'vi');
 * //=> 'Chính phủ Việt Nam và Lào (dịch từ tiếng Anh)'
 * translatedDataText('A page’s own note.', 'vi'); //=> 'A page’s own note.'
 * ```
 */
export function translatedDataText(text: string, locale: Locale): string {
  const translations = TRANSLATIONS[locale];
  if (translations === undefined || !Object.hasOwn(translations.texts, text)) return text;
  return `${translations.texts[text]}${translations.mark}`;
}
