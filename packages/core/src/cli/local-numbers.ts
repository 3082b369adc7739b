import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { formatDecimal } from '../money/number-format.js';

/**
 * A number as the library's English sentences write it: digits grouped by commas (`1,234`, as
 * `about +1,234 %`), or with a decimal point (`10.0`, `22370.09`). A comma followed by a space
 * (`a year, 5 years left`) is punctuation, and a whole number without grouping (a year, a count)
 * is left as it is. Digits that are part of a word are not a number of the sentence: after a
 * letter, a digit, a point or a word's hyphen (a source id `mof-2.1`, a version `v1.2.3`), or
 * before a letter, a digit or a point and a digit (`1.5e+21`); a sentence's full stop may follow
 * (review h150 A6: `mof-2.1` became `mof-2,1`).
 */
const ENGLISH_NUMBER =
  /(?<![\p{L}\d_.]|[\p{L}\d_]-)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\p{L}\d_]|\.\d)/gu;

/**
 * A number as Vietnamese and Lao write it (their separators are English's swapped): grouped by
 * points (`1.234`), or with a decimal comma (`1,065`), with the bounds of {@link ENGLISH_NUMBER}.
 */
const LOCAL_NUMBER =
  /(?<![\p{L}\d_.,]|[\p{L}\d_]-)(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\p{L}\d_]|[.,]\d)/gu;

/** A sign's hyphen in an English sentence: before a digit, at the start or after a space or `(`. */
const HYPHEN_MINUS = /(^|[\s(])-(?=\d)/g;

/** A percent sign after a number and a space, as the library's English sentences write it. */
const SPACED_PERCENT = /(\d) %/g;

/**
 * How the report writes a number's minus sign and its percent sign in each locale. English keeps
 * its own (`-10 %`); the others write them as the widgets do and as CLDR's percent pattern
 * `#,##0%` has it: no space before `%`, and a true minus sign (U+2212): `+8,5%`, `−10%` in
 * Vietnamese and Lao, `+8.5%` in Chinese.
 */
const SIGNS: Readonly<Record<Locale, readonly [minus: string, percent: string]>> = {
  en: ['-', ' %'],
  vi: ['\u2212', '%'],
  lo: ['\u2212', '%'],
  zh: ['\u2212', '%'],
};

/**
 * A percentage (already in percent) as `bilateral report` writes it in the locale: rounded half
 * up to `fractionDigits` decimals, with the locale's separators, minus sign and percent sign
 * (see {@link localSigns}), `+` before a value above 0 when `signed`, and no sign for one that
 * rounds to 0.
 *
 * @example
 * ```ts
 * localPercent(new Decimal('8.5'), 1, 'en'); //=> '+8.5 %'
 * localPercent(new Decimal('8.5'), 1, 'vi'); //=> '+8,5%'
 * localPercent(new Decimal('-10'), 0, 'vi'); //=> '−10%'
 * localPercent(new Decimal('-0.01'), 1, 'en'); //=> '0.0 %'
 * localPercent(new Decimal('60.4'), 1, 'zh', false); //=> '60.4%'
 * ```
 */
export function localPercent(
  value: Decimal,
  fractionDigits: number,
  locale: Locale,
  signed = true,
): string {
  const rounded = value.toDecimalPlaces(fractionDigits, Decimal.ROUND_HALF_UP);
  const [minus, percent] = SIGNS[locale];
  const sign = rounded.isZero() ? '' : rounded.isNegative() ? minus : signed ? '+' : '';
  const digits = formatDecimal(rounded.abs(), {
    locale,
    fractionDigits,
    roundingMode: 'half-up',
    trimZeros: false,
  });
  return `${sign}${digits}${percent}`;
}

/**
 * A whole number (a count, HHI points) as `bilateral report` writes it in the locale: rounded half
 * up to a whole, its digits grouped in thousands with the locale's separator, as its amounts are
 * (`1,234` in English and Chinese, `1.234` in Vietnamese and Lao).
 *
 * @example
 * ```ts
 * [localWhole(4780, 'en'), localWhole(4780, 'vi'), localWhole(4780, 'zh'), localWhole('1706.6', 'lo')];
 * //=> ['4,780', '4.780', '4,780', '1.707']
 * ```
 */
export function localWhole(value: string | number, locale: Locale): string {
  return formatDecimal(new Decimal(value), {
    locale,
    fractionDigits: 0,
    roundingMode: 'half-up',
    trimZeros: false,
  });
}

/**
 * A text of the report (an amount, a sentence) with the locale's minus sign and percent sign
 * (see {@link localPercent}): English as it is; in the other locales a hyphen that is a number's
 * sign becomes U+2212 (`−383,6 triệu USD`) and `%` follows the number without a space. A hyphen
 * inside a word or a period (`2024-01`, `year-on-year`) is left alone.
 *
 * @example
 * ```ts
 * localSigns('-383,6 triệu USD', 'vi'); //=> '−383,6 triệu USD'
 * localSigns('about -3 % a year since 2023-01', 'zh'); //=> 'about −3% a year since 2023-01'
 * localSigns('about -3 %', 'en'); //=> 'about -3 %'
 * ```
 */
export function localSigns(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  const [minus, percent] = SIGNS[locale];
  return text.replace(HYPHEN_MINUS, `$1${minus}`).replace(SPACED_PERCENT, `$1${percent}`);
}

/**
 * The numbers of one of the library's English sentences (a target's verdict, a derived figure's
 * note, an exchange rate) written with the locale's separators, every digit kept, and its minus
 * and percent signs ({@link localSigns}): `10.0–15.0 %` is `10,0–15,0%` in Vietnamese and Lao,
 * `about +1,234 %` is `about +1.234%`. English writes them as they are; Chinese keeps the
 * separators (the same as English) and takes its signs.
 *
 * @example
 * ```ts
 * localNumbers('2024: +25.5 % on 2023 against a band of 10.0–15.0 % a year', 'vi');
 * //=> '2024: +25,5% on 2023 against a band of 10,0–15,0% a year'
 * localNumbers('2017 value ÷ (1 + 8.5 %)', 'zh'); //=> '2017 value ÷ (1 + 8.5%)'
 * ```
 */
export function localNumbers(text: string, locale: Locale): string {
  if (locale === 'en' || locale === 'zh') return localSigns(text, locale);
  const separated = text.replace(ENGLISH_NUMBER, (number) => {
    const plain = number.replaceAll(',', '');
    const fractionDigits = plain.split('.')[1]?.length ?? 0;
    return formatDecimal(new Decimal(plain), {
      locale,
      fractionDigits,
      roundingMode: 'half-up',
      trimZeros: false,
    });
  });
  return localSigns(separated, locale);
}

/**
 * The numbers of a text written in the locale's way (Vietnamese and Lao: `1,065`, `1.234,5`)
 * written as the library's English sentences write them (`1.065`, `1,234.5`), so that
 * {@link localNumbers} gives them back as they were: an amount in the locale placed in a sentence
 * the report localizes as a whole (a target's message), where `1,065` would be read as an English
 * thousand and sixty-five. English and Chinese, whose separators are English's, as they are.
 *
 * @example
 * ```ts
 * englishNumbers('hơn 1,065 tỷ USD', 'vi'); //=> 'hơn 1.065 tỷ USD'
 * localNumbers(englishNumbers('hơn 1,065 tỷ USD', 'vi'), 'vi'); //=> 'hơn 1,065 tỷ USD'
 * englishNumbers('超过10.65亿美元', 'zh'); //=> '超过10.65亿美元'
 * ```
 */
export function englishNumbers(text: string, locale: Locale): string {
  if (locale === 'en' || locale === 'zh') return text;
  return text.replace(LOCAL_NUMBER, (number) =>
    number.replace(/[.,]/g, (separator) => (separator === '.' ? ',' : '.')),
  );
}
