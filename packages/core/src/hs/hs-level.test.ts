import { describe, expect, it } from 'vitest';
import { HS_CHAPTER_NAMES, HS_SECTION_NAMES } from './data/hs-nomenclature.js';
import { type HsLevel, hsCodeAt, romanSection, sectionNumberOf } from './hs-level.js';

/** What a refused call throws: the code and the path of its one issue. */
const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ code, issues: [expect.objectContaining({ path })] });

describe('hsCodeAt', () => {
  it('reads a code at each level at or above its own', () => {
    expect(
      ['section', 'chapter', 'heading', 'subheading'].map((l) =>
        hsCodeAt('12019010', l as HsLevel),
      ),
    ).toEqual(['II', '12', '1201', '120190']);
    expect(hsCodeAt('0101', 'section')).toBe('I');
    expect(hsCodeAt('9706', 'section')).toBe('XXI');
    expect(hsCodeAt('8517', 'section')).toBe('XVI');
  });

  it('puts chapters 77, 98, 99 and 00 in no section', () => {
    expect(['7701', '9801', '9999', '0012'].map((code) => hsCodeAt(code, 'section'))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('agrees with the source table on every chapter’s section', () => {
    // The generated run table and the names module both come from the source; each named chapter
    // (99 aside) has a section, and section numbers run 1 to 21.
    const sections = new Set<number>();
    for (const chapter of Object.keys(HS_CHAPTER_NAMES)) {
      const section = sectionNumberOf(Number(chapter));
      if (chapter === '99') expect(section).toBeUndefined();
      else sections.add(section ?? 0);
    }
    expect([...sections].sort((a, b) => a - b)).toEqual(
      HS_SECTION_NAMES.map((_, index) => index + 1),
    );
    expect([1, 4, 9, 10, 14, 19, 20, 21].map(romanSection)).toEqual([
      'I',
      'IV',
      'IX',
      'X',
      'XIV',
      'XIX',
      'XX',
      'XXI',
    ]);
  });

  it('refuses a code that is not one, a level that is not one, and a level finer than the code', () => {
    expect(() => hsCodeAt('120', 'chapter')).toThrow(refused('INVALID_INPUT', ['code']));
    expect(() => hsCodeAt(1201 as never, 'chapter')).toThrow(refused('INVALID_INPUT', ['code']));
    expect(() => hsCodeAt('1201', 'HS2' as never)).toThrow(refused('INVALID_INPUT', ['level']));
    expect(() => hsCodeAt('12', 'heading')).toThrow(refused('INVALID_INPUT', ['level']));
  });
});
