import type { Locale } from '@bilateral/core/calc';
import { describe, expect, it, vi } from 'vitest';
import { compareNames } from './compare-names.js';

const LOCALES: readonly Locale[] = ['en', 'vi', 'lo', 'zh'];

/** A small seeded generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// Letters of the embedded datasets' names and what may come near them: Vietnamese letters and
// tones, both cases, đ, spaces, letters that are digraphs in some languages (ch, gi, kh, ng, nh,
// ph, qu, th, tr), marks written apart, punctuation, digits, ß and æ, Lao and Chinese.
const PIECES = [
  ...'abcdeghiklmnopqrstuvxyz',
  ...'ABCDGHKLMNPQSTVXY',
  ...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ',
  ...'ẤỄỜỬÔƠƯĂ',
  ' ',
  ' ',
  'ch',
  'gi',
  'kh',
  'ng',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'a\u0301',
  'u\u031b',
  '\u0300',
  '-',
  "'",
  '1',
  'ß',
  'æ',
  'ı',
  'ຫຼວງ',
  'ນ້ຳທາ',
  '云南',
];

function name(next: () => number, prefix: string): string {
  let text = prefix;
  const length = 1 + Math.floor(next() * 4);
  for (let piece = 0; piece < length; piece++) {
    text += PIECES[Math.floor(next() * PIECES.length)];
  }
  return text;
}

describe('compareNames', () => {
  it('orders names as Intl.Collator does in every language, decided or not', () => {
    const next = random(13);
    for (let run = 0; run < 4000; run++) {
      // Pairs that share their start, as names of one province list often do.
      const shared = name(next, '').slice(0, Math.floor(next() * 4));
      const a = name(next, shared);
      const b = next() < 0.2 ? a.slice(0, Math.floor(next() * a.length)) : name(next, shared);
      for (const locale of LOCALES) {
        const expected = Math.sign(new Intl.Collator(locale).compare(a, b));
        expect([a, b, locale, Math.sign(compareNames(a, b, locale))]).toEqual([
          a,
          b,
          locale,
          expected,
        ]);
      }
    }
  });

  it('sorts the embedded datasets’ province names without making a collator', () => {
    const made = vi.spyOn(Intl, 'Collator');
    const names = [
      'Thừa Thiên Huế',
      'Quảng Trị',
      'Điện Biên',
      'Sơn La',
      'Quảng Nam',
      'Hà Tĩnh',
      'Thanh Hóa',
      'Kon Tum',
      'Quảng Bình',
      'Nghệ An',
      'Yunnan',
      'Phongsaly',
      'Luang Namtha',
      'Oudomxay',
    ];
    const sorted = LOCALES.map((locale) => [...names].sort((a, b) => compareNames(a, b, locale)));
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    expect(sorted).toEqual(
      LOCALES.map((locale) => [...names].sort(new Intl.Collator(locale).compare)),
    );
  });
});
