import type { Locale } from '../economy/locale.js';
import { scaleWords } from './explanation-values.js';
import { displayWidth } from './text-table.js';

/**
 * A word, or an English interval such as `(1.15491, 1.23556) B.` or an amount such as
 * `US$800.0 B,` kept on one line with its scale.
 */
const ENGLISH_WORD = /[[(]-?[\d.]+, -?[\d.]+[\])](?: [MB]\b)?\S*|\S*\d [MB]\b\S*|\S+/gu;

/** Regex text of a number as the explanations write it in vi, lo or zh: `−1.035,5`, `5.2445`. */
const NUMBER = '\\u2212?[\\d.,]+';

/**
 * A word, or an interval in the locale's notation (`[524,45; 524,55) triệu`,
 * `[5.2445, 5.2455)亿`) or an amount (`159,6 triệu`) kept on one line with its scale's word
 * (which Chinese writes without a space).
 */
function wordPattern(locale: Locale): RegExp {
  if (locale === 'en') return ENGLISH_WORD;
  const between = locale === 'zh' ? ', ' : '; ';
  const interval = `[[(]${NUMBER}${between}${NUMBER}[\\])]`;
  // Text up to a space or to the next interval, which may follow it without a space in Chinese.
  const rest = `(?:(?!${interval})\\S)`;
  if (locale === 'zh') return new RegExp(`${interval}${rest}*|${rest}+`, 'gu');
  const scale = `(?:${scaleWords(locale).join('|')})(?!\\p{L})`;
  return new RegExp(
    `${interval}(?: ${scale})?${rest}*|${rest}*\\d ${scale}${rest}*|${rest}+`,
    'gu',
  );
}

/**
 * Punctuation a line does not start with: it closes what comes before it (a dash `——` and an
 * ellipsis stay whole, with the character before them).
 */
const CLOSING = /^[，。：；、！？）」』”’》%)\]—…]$/u;

/** Punctuation a line does not end with: it opens what follows it. */
const OPENING = /^[（「『“‘《]$/u;

/**
 * The pieces of a word a line may end between: the word itself, except that Chinese breaks
 * between its characters (not before closing punctuation, not after opening punctuation, not
 * inside a run of digits, Latin letters or an interval, not before a character right after one).
 */
function breakable(word: string, locale: Locale): string[] {
  if (locale !== 'zh') return [word];
  const pieces: string[] = [];
  let piece = '';
  let previous = '';
  for (const char of word) {
    const wide = displayWidth(char) === 2;
    // A character right after a number, a Latin word or an interval (`2021年`, `)亿`) stays with it.
    const afterNarrow = /^[\p{L}\p{N})\]%]$/u.test(previous) && displayWidth(previous) === 1;
    const breakBefore =
      piece !== '' &&
      !CLOSING.test(char) &&
      !OPENING.test(previous) &&
      (wide ? !afterNarrow : displayWidth(previous) === 2);
    if (breakBefore) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
    previous = char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits text into lines of at most `width` terminal columns ({@link displayWidth}: Chinese
 * characters take two), breaking at spaces and, in Chinese, between characters; an interval stays
 * on one line, and a piece longer than the width stays whole.
 *
 * @example
 * ```ts
 * wrapText('Exports US$159.6 M [159.55, 159.65) plus imports', 30, 'en');
 * //=> ['Exports US$159.6 M', '[159.55, 159.65) plus imports']
 * ```
 */
export function wrapText(text: string, width: number, locale: Locale): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { 0: word, index: at } of text.matchAll(wordPattern(locale))) {
    // A space before the word in the text is kept between them on a line.
    const spaced = at > 0 && /\s/u.test(text[at - 1] ?? '');
    breakable(word, locale).forEach((piece, index) => {
      const glue = line === '' || index > 0 || !spaced ? '' : ' ';
      if (line !== '' && displayWidth(line) + glue.length + displayWidth(piece) > width) {
        lines.push(line);
        line = piece;
      } else {
        line = `${line}${glue}${piece}`;
      }
    });
  }
  if (line !== '') lines.push(line);
  return lines;
}
