import { describe, expect, it } from 'vitest';
import { translatedDataText } from './dataset-translations.js';
import { laosChina, vietnamLaos } from './index.js';
import { DATASET_TRANSLATIONS_LO } from './texts-lo.js';
import { DATASET_TRANSLATIONS_VI } from './texts-vi.js';
import { DATASET_TRANSLATIONS_ZH } from './texts-zh.js';

const texts = [vietnamLaos, laosChina].flatMap((dataset) =>
  dataset.targets.flatMap((target) => [target.setBy, ...(target.note ? [target.note] : [])]),
);

describe('the embedded datasets’ texts in vi, lo and zh (one source: report and widgets)', () => {
  it.each([
    ['vi', DATASET_TRANSLATIONS_VI],
    ['lo', DATASET_TRANSLATIONS_LO],
    ['zh', DATASET_TRANSLATIONS_ZH],
  ] as const)('translates every embedded setter and note into %s, and only those', (locale, t) => {
    expect(texts.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(t.texts).sort()).toEqual([...new Set(texts)].sort());
    for (const text of texts) {
      expect(translatedDataText(text, locale)).toEqual({ text: t.texts[text], translated: true });
      expect(t.texts[text]).not.toBe(text);
    }
  });

  it('leaves English and a text with no translation as the data has them', () => {
    expect(translatedDataText(texts[0] as string, 'en')).toEqual({
      text: texts[0],
      translated: false,
    });
    for (const text of ['A page’s own note.', 'constructor', 'toString', '__proto__']) {
      expect(translatedDataText(text, 'vi')).toEqual({ text, translated: false });
    }
  });
});
