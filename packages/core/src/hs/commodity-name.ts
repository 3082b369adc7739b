import { describeInput } from '../_internal/quote-input.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError } from '../errors/index.js';
import {
  HS_CHAPTER_NAMES,
  HS_HEADING_NAMES,
  HS_NAMES_SOURCE,
  HS_SECTION_NAMES,
} from './data/hs-nomenclature.js';
import { checkHsCode, type HsLevel, hsCodeAt, isHsLevel, romanSection } from './hs-level.js';

/**
 * Where {@link commodityName}'s names come from: the HS 2022 nomenclature as UN Comtrade
 * publishes it, from the public tables of the GitHub repository `datasets/harmonized-system`
 * (ODC Public Domain Dedication and Licence 1.0), with the commit they were generated from.
 *
 * @example
 * ```ts
 * HS_NOMENCLATURE_SOURCE.startsWith('datasets/harmonized-system');
 * //=> true
 * ```
 *
 * @category HS nomenclature
 */
export const HS_NOMENCLATURE_SOURCE: string = HS_NAMES_SOURCE;

/**
 * Options of {@link commodityName}.
 *
 * @example
 * ```ts
 * const options: CommodityNameOptions = { level: 'chapter' };
 * commodityName('1201', options).name?.slice(0, 38);
 * //=> 'Oil seeds and oleaginous fruits; misce'
 * ```
 *
 * @category HS nomenclature
 */
export interface CommodityNameOptions {
  /**
   * The level to name: `section`, `chapter` or `heading`, the code's own or coarser. Default: the
   * code's own level, `heading` for 6- and 8-digit codes (subheadings are not named).
   */
  readonly level?: Exclude<HsLevel, 'subheading'>;
}

/**
 * The name {@link commodityName} gives, or `null` with the reason there is none.
 *
 * @example
 * ```ts
 * const named: CommodityName = commodityName('7701');
 * named.name === null ? named.reason : named.name;
 * //=> 'not-in-nomenclature'
 * ```
 *
 * @category HS nomenclature
 */
export type CommodityName =
  | {
      /** The code at the level named: `'1201'`, `'12'`, `'II'`. */
      readonly code: string;
      /** The level named. */
      readonly level: Exclude<HsLevel, 'subheading'>;
      /** Its English name in HS 2022. */
      readonly name: string;
    }
  | {
      /** The code at the level asked for; `null` for the section of a chapter in none. */
      readonly code: string | null;
      /** The level asked for. */
      readonly level: Exclude<HsLevel, 'subheading'>;
      /** Always `null`: HS 2022 has no such code (a reserved or national chapter, a code of an older edition). */
      readonly name: null;
      /** Why there is no name. */
      readonly reason: 'not-in-nomenclature';
      /** The reason in words. */
      readonly message: string;
    };

const SECTION = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;

/**
 * The English name of an HS section, chapter (HS2) or heading (HS4) in the HS 2022 nomenclature,
 * so a title reads "Soya beans, whether or not broken" rather than "HS 1201". A 6- or 8-digit code
 * is named by its heading; `level` names a coarser level. The names are embedded data (about
 * 160 kB of source): import this where names are shown, not in a page that only computes.
 * Source: {@link HS_NOMENCLATURE_SOURCE}.
 *
 * @param code - an HS code (2, 4, 6 or 8 digits as text) or a section's Roman numeral (`'II'`)
 * @param options - `level`: the level to name, see {@link CommodityNameOptions}
 * @returns the code at that level and its name, or `name: null` with a reason for a code HS 2022
 * does not have (chapter 77, a heading of an older edition, a national chapter 98)
 * @throws {@link BilateralError} `INVALID_INPUT` at `code` for text that is not an HS code or a
 * section numeral, at `options` or `options.level` for an unknown level or one finer than the code
 *
 * @example
 * ```ts
 * commodityName('1201').name;
 * //=> 'Soya beans, whether or not broken'
 * commodityName('120190', { level: 'section' });
 * //=> { code: 'II', level: 'section', name: 'Vegetable products' }
 * commodityName('1299').name;
 * //=> null
 * ```
 *
 * @category HS nomenclature
 */
export function commodityName(code: string, options?: CommodityNameOptions): CommodityName {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw wrongArgument(['options'], "options such as { level: 'chapter' }", options);
  }
  const asked = options?.level;
  if (typeof code === 'string' && code !== '' && SECTION.test(code)) {
    if (asked !== undefined && asked !== 'section') {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['options', 'level'],
          message: `section ${code} can only be named at the section level, not ${describeInput(asked)}`,
        },
      ]);
    }
    return sectionName(code);
  }
  if (asked !== undefined && (!isHsLevel(asked) || (asked as HsLevel) === 'subheading')) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['options', 'level'],
        message: `${describeInput(asked)} is not a level with names: use "section", "chapter" or "heading"`,
      },
    ]);
  }
  const level = asked ?? (typeof code === 'string' && code.length === 2 ? 'chapter' : 'heading');
  checkHsCode(code, level, ['code'], ['options', 'level']);
  const at = hsCodeAt(code, level);
  if (level === 'section') {
    return at === null
      ? missing(null, level, `HS chapter ${code.slice(0, 2)} is in no section of HS 2022`)
      : sectionName(at);
  }
  const names = level === 'chapter' ? HS_CHAPTER_NAMES : HS_HEADING_NAMES;
  const key = at ?? '';
  const name = Object.hasOwn(names, key) ? names[key] : undefined;
  return name === undefined
    ? missing(key, level, `HS 2022 has no ${level} ${key}`)
    : Object.freeze({ code: key, level, name });
}

function sectionName(numeral: string): CommodityName {
  const index = HS_SECTION_NAMES.findIndex((_, i) => romanSection(i + 1) === numeral);
  const name = HS_SECTION_NAMES[index];
  return name === undefined
    ? missing(numeral, 'section', `HS 2022 has no section ${numeral} (it has I to XXI)`)
    : Object.freeze({ code: numeral, level: 'section', name });
}

function missing(
  code: string | null,
  level: Exclude<HsLevel, 'subheading'>,
  message: string,
): CommodityName {
  return Object.freeze({ code, level, name: null, reason: 'not-in-nomenclature', message });
}
