/**
 * What a number written with another convention's separators is told: the hint every reader of
 * decimal text gives (the schemas' decimal strings, which `bilateral validate` checks, and the
 * flows CSV's values, which `bilateral import flows` reads), so that the same text gets the same
 * words wherever it is read.
 *
 * @internal
 */
import { isNegativeDecimalText } from './decimal-text.js';
import { quoteInput } from './quote-input.js';

/** What a plain decimal writes before its decimals: a point, or a comma where a file says so. */
export type DecimalMark = '.' | ',';

/** What a hint says of a text: what it has and, when it can be only one number, that number. */
export interface SeparatorHint {
  /** What the text has: `a comma as the decimal separator`. */
  readonly has: string;
  /** The text as a plain decimal, when it can be only one number: `1.5`. */
  readonly plain?: string;
  /**
   * Every plain decimal the text can be read as: `plain` alone when there is one; `"1,500"` is
   * `1500` or `1.500`, and `"15,00,000"` (marks that cannot be a decimal one) `1500000`.
   */
  readonly readings: readonly string[];
  /** What it has and what to write: `a comma as the decimal separator: write "1.5"`. */
  readonly words: string;
}

/** A decimal mark by name. */
const ONE = { '.': 'a point', ',': 'a comma' } as const;

/**
 * Thousands separators by name: commas, points, apostrophes (Swiss), spaces (French, SI). The
 * spaces that are not U+0020 are named apart: quoted, they look like one, and a reader who
 * replaces spaces in the file would leave them.
 */
const GROUP_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  '.': 'points',
  "'": 'apostrophes',
  '\u2019': 'apostrophes',
  ' ': 'spaces',
  '\u00a0': 'no-break spaces',
  '\u2009': 'thin spaces',
  '\u202f': 'narrow no-break spaces',
};

/**
 * Digits in groups of three after one to three, all groups after the same separator (1), then
 * decimals after a point or a comma (2). Each group starts with its separator, so a failed match
 * costs one step back per group (no catastrophic backtracking on a long text).
 */
const GROUPED = /^-?\d{1,3}([,.'\u2019 \u00a0\u2009\u202f])\d{3}(?:\1\d{3})*(?:([.,])\d+)?$/;

/** One mark between digits, not before exactly three digits (`1,500` may separate thousands). */
const ONE_MARK = /^-?\d+([.,])(?:\d{1,2}|\d{4,})$/;

/** Digits separated by one mark, any number of times. */
const MARKED = /^-?\d+([.,])\d+(?:\1\d+)*$/;

/** A plain decimal, signed or not, by the mark before its decimals: it needs no hint. */
const PLAIN = { '.': /^-?\d+(?:\.\d+)?$/, ',': /^-?\d+(?:,\d+)?$/ } as const;

/** A hint whose text is one number: the digits before `at` (and the sign), `mark`, the rest. */
function plainHint(has: string, text: string, at: number, mark: DecimalMark): SeparatorHint {
  const whole = text.slice(0, at).replace(/[^\d-]/g, '');
  const plain = at < text.length ? `${whole}${mark}${text.slice(at + 1)}` : whole;
  return { has, plain, readings: [plain], words: `${has}: write ${quoteInput(plain)}` };
}

/**
 * The hint of a text that is not a plain decimal (its decimals after `mark`) but a number in
 * another convention: `"1,5"` (a decimal comma), `"1,500,000.5"` (thousands commas),
 * `"1.500,25"` (thousands points and a decimal comma), `"1 500,25"` (thousands spaces),
 * `"1'500.25"` (thousands apostrophes), each with its text as a plain decimal; `"1,500"`, which
 * may be either, is told to write no thousands separators. Undefined for a plain decimal in the
 * file's convention (`-1.500`, `-1,500` with decimal commas) and for any other text (a sign other
 * than a leading `-`, mixed separators, spaces around it): no hint is better than a wrong one.
 *
 * @example
 * ```ts
 * separatorHint('1.500,25')?.words;
 * //=> 'points as thousands separators and a comma as the decimal one: write "1500.25"'
 * separatorHint('1 500,25', ',')?.words;
 * //=> 'spaces as thousands separators: write "1500,25"'
 * ```
 */
export function separatorHint(text: string, mark: DecimalMark = '.'): SeparatorHint | undefined {
  // Refused for another reason (`-1.500` as a trade value is -1.5, not 1,500 with points).
  if (PLAIN[mark].test(text)) return undefined;
  const other = mark === '.' ? ',' : '.';
  const [, group = '', decimal] = GROUPED.exec(text) ?? [];
  // One group after the other mark, no decimals (`1,500`): thousands, or decimals.
  const single =
    group === other && decimal === undefined && text.indexOf(group) === text.lastIndexOf(group);
  if (group !== '' && decimal !== group && !single) {
    const and =
      decimal === undefined || decimal === mark
        ? ''
        : ` and ${ONE[decimal as DecimalMark]} as the decimal one`;
    const at = decimal === undefined ? text.length : text.lastIndexOf(decimal);
    return plainHint(`${GROUP_NAMES[group]} as thousands separators${and}`, text, at, mark);
  }
  if (ONE_MARK.exec(text)?.[1] === other) {
    return plainHint(`${ONE[other]} as the decimal separator`, text, text.indexOf(other), mark);
  }
  if (MARKED.exec(text)?.[1] !== other) return undefined;
  const whole = text.replaceAll(other, '');
  const first = text.indexOf(other);
  return {
    has: ONE[other],
    // One mark may be the decimal one; more than one can only separate digits.
    readings:
      first === text.lastIndexOf(other)
        ? [whole, `${text.slice(0, first)}${mark}${text.slice(first + 1)}`]
        : [whole],
    words: `${ONE[other]}: write no thousands separators, and ${ONE[mark]} before decimals`,
  };
}

/**
 * What a hint says of a text its field refuses however it reads (`"-1,5"` for a trade value):
 * what the text has, without the number to write when it can be only one (the field would refuse
 * it too), else the whole hint, which suggests no number. The field's refusal follows it, as
 * `bilateral validate` and `bilateral import flows` both say it.
 *
 * @example
 * ```ts
 * refusedHintWords(separatorHint('-1,5')!);
 * //=> 'a comma as the decimal separator'
 * refusedHintWords(separatorHint('-1,500')!);
 * //=> 'a comma: write no thousands separators, and a point before decimals'
 * ```
 */
export function refusedHintWords(hint: SeparatorHint): string {
  return hint.plain === undefined ? hint.words : hint.has;
}

/**
 * What a negative `text` given for `what` (`a trade value`, `a quantity`) is told, with what its
 * separators are when it has a `hint` ({@link refusedHintWords}): `"-5": a trade value cannot be
 * negative`, `"-1,500" has a comma: write no thousands separators, and a point before decimals,
 * and a trade value cannot be negative`.
 *
 * @example
 * ```ts
 * negativeWords('-5', 'a trade value');
 * //=> '"-5": a trade value cannot be negative'
 * negativeWords('-1,5', 'a quantity', separatorHint('-1,5'));
 * //=> '"-1,5" has a comma as the decimal separator, and a quantity cannot be negative'
 * ```
 */
export function negativeWords(text: string, what: string, hint?: SeparatorHint): string {
  return hint === undefined
    ? `${quoteInput(text)}: ${what} cannot be negative`
    : `${quoteInput(text)} has ${refusedHintWords(hint)}, and ${what} cannot be negative`;
}

/**
 * Why `text`, given for `what` (an amount that cannot be negative: `a trade value`, `a
 * quantity`), is not a number as a reader of UN Comtrade records reads one (`readAmountText`), in
 * the words `bilateral validate` and `bilateral import flows` use: a number with separators gets
 * the {@link separatorHint} (and that it cannot be negative when every reading is); anything else
 * is not a number.
 *
 * @example
 * ```ts
 * amountProblem('1 000', 'a trade value');
 * //=> '"1 000" has spaces as thousands separators: write "1000"'
 * amountProblem('-1,500', 'a trade value');
 * //=> '"-1,500" has a comma: write no thousands separators, and a point before decimals, and a trade value cannot be negative'
 * amountProblem('x', 'a quantity');
 * //=> '"x" is not a number'
 * ```
 */
export function amountProblem(text: string, what: string): string {
  const hint = separatorHint(text);
  if (hint === undefined) return `${quoteInput(text)} is not a number`;
  return hint.readings.every(isNegativeDecimalText)
    ? negativeWords(text, what, hint)
    : `${quoteInput(text)} has ${hint.words}`;
}
