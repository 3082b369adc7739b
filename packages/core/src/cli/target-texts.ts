import { translatedDataText } from '../datasets/dataset-translations.js';
import type { Locale } from '../economy/locale.js';
import type { TargetRow } from './report.js';
import type { ReportWords } from './report-words/index.js';

/**
 * The targets section's setters and notes in the report's language: whether the project has
 * translated any of them (the section then says so once, {@link ReportWords.translatedTexts}), and
 * each text as the report writes it — the translation, or, among translated ones, a text with no
 * translation marked as left as the data has it ({@link ReportWords.untranslated}). When none is
 * translated (English, or a dataset the project has no translations for), every text is written
 * as the data has it, unmarked.
 *
 * @example
 * ```ts
 * const texts = targetTexts(buildReport(vietnamLaos).targets, 'vi', REPORT_WORDS.vi);
 * texts.translated; //=> true
 * texts.of('47th Vietnam–Laos Intergovernmental Committee, January 2025');
 * //=> 'Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – Lào, tháng 1/2025'
 * texts.of('A page’s own note.'); //=> 'A page’s own note. (chưa dịch: nguyên văn của dữ liệu)'
 * ```
 */
export function targetTexts(
  targets: readonly Pick<TargetRow, 'setBy' | 'note'>[],
  locale: Locale,
  words: ReportWords,
): { readonly translated: boolean; readonly of: (text: string) => string } {
  const translated = targets.some(
    ({ setBy, note }) =>
      translatedDataText(setBy, locale).translated ||
      (note !== null && translatedDataText(note, locale).translated),
  );
  return {
    translated,
    of: (text) => {
      const written = translatedDataText(text, locale);
      return written.translated || !translated ? written.text : words.untranslated(written.text);
    },
  };
}
