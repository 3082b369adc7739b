import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import { LAST_CHAPTER, RESERVED_CHAPTERS, SECTION_FIRST_CHAPTERS } from './hs-sections.js';

/**
 * A level of the Harmonized System, coarse to fine: one of 21 `section`s (Roman numerals), a
 * `chapter` (HS2, two digits), a `heading` (HS4) or a `subheading` (HS6). Eight-digit codes are
 * national tariff lines below the subheadings.
 *
 * @example
 * ```ts
 * const levels: HsLevel[] = ['section', 'chapter', 'heading', 'subheading'];
 * levels.map((level) => hsCodeAt('120190', level));
 * //=> ['II', '12', '1201', '120190']
 * ```
 *
 * @category HS nomenclature
 */
export type HsLevel = 'section' | 'chapter' | 'heading' | 'subheading';

/** The digits of a code at each level below the section. */
const DIGITS = { chapter: 2, heading: 4, subheading: 6 } as const;
const HS_CODE = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{2})?)?)?$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'];
const ROMAN_TENS = ['', 'X', 'XX'];

/** Section `n` (1-based) as a Roman numeral, I to XXI. */
export function romanSection(n: number): string {
  return `${ROMAN_TENS[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : ROMAN[(n % 10) - 1]}`;
}

/** Whether `level` is one of the {@link HsLevel}s. */
export function isHsLevel(level: unknown): level is HsLevel {
  return (
    level === 'section' || level === 'chapter' || level === 'heading' || level === 'subheading'
  );
}

/**
 * Checks an HS code (2, 4, 6 or 8 digits) and a level at or above the code's own.
 *
 * @throws BilateralError `INVALID_INPUT` at `codePath` or `levelPath`
 */
export function checkHsCode(
  code: unknown,
  level: unknown,
  codePath: readonly (string | number)[],
  levelPath: readonly (string | number)[],
): asserts code is string {
  if (typeof code !== 'string' || !HS_CODE.test(code)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [...codePath],
        message: `${describeInput(code)} is not an HS code: give 2, 4, 6 or 8 digits as text, leading zeros kept ("0901")`,
      },
    ]);
  }
  if (!isHsLevel(level)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [...levelPath],
        message: `${describeInput(level)} is not an HS level: use "section", "chapter", "heading" or "subheading"`,
      },
    ]);
  }
  if (level !== 'section' && DIGITS[level] > code.length) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [...levelPath],
        message: `HS ${code} has ${code.length} digits: it cannot be read at the ${level} level (${DIGITS[level]} digits)`,
      },
    ]);
  }
}

/** The section (1–21) of an HS chapter, or `undefined` for a chapter in none (77, 98, 99, 00). */
export function sectionNumberOf(chapter: number): number | undefined {
  if (chapter < 1 || chapter > LAST_CHAPTER || RESERVED_CHAPTERS.includes(chapter))
    return undefined;
  let section = 0;
  while (
    section < SECTION_FIRST_CHAPTERS.length &&
    (SECTION_FIRST_CHAPTERS[section] ?? 0) <= chapter
  ) {
    section += 1;
  }
  return section;
}

/**
 * The code that holds an HS code at a coarser (or its own) level: its first 2, 4 or 6 digits, or
 * its section's Roman numeral. The sections are those of HS 2022 (chapters 1–97; section II holds
 * chapters 6–14): chapters 77 (reserved), 98 and 99 (national use, and UN Comtrade's "not
 * specified") are in no section.
 *
 * @param code - an HS code: 2, 4, 6 or 8 digits as text (`'120190'`)
 * @param level - the level to read it at, the code's own or coarser
 * @returns the code at that level; `null` for the section of a chapter in none
 * @throws {@link BilateralError} `INVALID_INPUT` at `code` for a code that is not 2, 4, 6 or 8
 * digits, at `level` for an unknown level or one finer than the code
 *
 * @example
 * ```ts
 * [hsCodeAt('120190', 'heading'), hsCodeAt('120190', 'chapter'), hsCodeAt('1201', 'section')];
 * //=> ['1201', '12', 'II']
 * hsCodeAt('9999', 'section');
 * //=> null
 * ```
 *
 * @category HS nomenclature
 */
export function hsCodeAt(code: string, level: HsLevel): string | null {
  checkHsCode(code, level, ['code'], ['level']);
  if (level !== 'section') return code.slice(0, DIGITS[level]);
  const section = sectionNumberOf(Number(code.slice(0, 2)));
  return section === undefined ? null : romanSection(section);
}
