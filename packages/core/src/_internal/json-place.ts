/**
 * The words of a JSON syntax error for a person with an editor: the line and column (1-based,
 * columns in characters, a surrogate pair one), what was found there, and an excerpt of that line
 * with the place marked. Used by the scanner that finds the error ({@link JsonScanner}).
 *
 * @internal
 */

/** The place of a JSON syntax error. */
export interface JsonSyntaxPlace {
  /** The line, from 1; a line ends at LF, CR LF or CR. */
  readonly line: number;
  /** The column, from 1, in characters (code points) as an editor counts them. */
  readonly column: number;
  /** `line 2, column 7: a '}' where a value was expected: `"b": ▶}`` */
  readonly message: string;
}

/** How many characters of the line the excerpt shows on each side of the place. */
const EXCERPT_SIDE = 30;

/** The mark put in the excerpt at the place. */
const HERE = '▶';

/** A control character as `U+000A`. */
const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Whether a character is named by its code point, not shown: a control, or one that looks like a
 * space or like nothing.
 */
export const isUnshown = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  (code !== 0x20 && /[\p{Z}\p{Cf}]/u.test(String.fromCodePoint(code)));

/**
 * The character at `index` in words: `a '}'`, `a control character (U+0001)`, `a white-space
 * character JSON does not allow (U+00A0)` (a no-break space, a line separator), `an invisible
 * character (U+200B)` (a zero-width space, a byte-order mark inside the text, a bidi override).
 */
export function foundAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `a control character (${codePoint(code)})`;
  }
  if (isUnshown(code)) {
    return /\p{Z}/u.test(String.fromCodePoint(code))
      ? `a white-space character JSON does not allow (${codePoint(code)})`
      : `an invisible character (${codePoint(code)})`;
  }
  // A word (`undefined`, `True`, `NaN`) is named whole, capped.
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(index, index + 41))?.[0];
  if (word !== undefined && word.length > 1) {
    return `'${word.length > 40 ? `${word.slice(0, 40)}…` : word}'`;
  }
  return `a '${String.fromCodePoint(code)}'`;
}

/**
 * What an excerpt writes as `\u0001`: controls, line and paragraph separators, and the invisible
 * characters a terminal drops or that hide the place (zero-width space, byte-order mark, bidi).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is replaced.
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text as a message may show it: the characters of {@link UNSHOWN} as `\u0001`. */
const visible = (text: string) =>
  text.replace(UNSHOWN, (c) => `\\u${codePoint(c.charCodeAt(0)).slice(2)}`);

/** Whether a UTF-16 unit is the low (second) half of a surrogate pair. */
export const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Whether `index` is inside a surrogate pair (at its low half). */
const splitsPair = (text: string, index: number) =>
  isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1));

/** How many code points `text` has from `start` to `end`. */
function codePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!splitsPair(text, i)) count++;
  return count;
}

/** `index` moved by `steps` code points (1 forwards, -1 back), not past `stop`. */
function stepCodePoints(
  text: string,
  index: number,
  steps: number,
  stop: number,
  direction: 1 | -1,
): number {
  let at = index;
  for (let n = 0; n < steps && at !== stop; n++) {
    at += direction;
    if (at !== stop && splitsPair(text, at)) at += direction;
  }
  return at;
}

const isBreak = (code: number) => code === 0x0a || code === 0x0d;
const isBlank = (code: number) => code === 0x20 || code === 0x09 || isBreak(code);

/** Where the line holding `index` ends (at its line break, or the end of the text). */
function endOfLine(text: string, index: number): number {
  let end = index;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where the excerpt marks a place at `index`, on the line from `lineStart`: there, unless that
 * line has no text (the text ends on it), then at the end of the last line that has some.
 */
function excerptPlace(text: string, index: number, lineStart: number) {
  const lineEnd = endOfLine(text, index);
  let last = lineEnd - 1;
  while (last >= 0 && isBlank(text.charCodeAt(last))) last--;
  if (last >= 0 && last < lineStart) {
    const end = endOfLine(text, last);
    let start = last;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    return { at: end, start, end };
  }
  return { at: index, start: lineStart, end: lineEnd };
}

/**
 * The place of the error at `index`, on the line that starts at `lineStart`. A reader that holds
 * only part of a long line (`text` starts inside it, `lineStart` 0) gives the line's code points
 * before `text` as `before`.
 */
export function placeOf(
  text: string,
  index: number,
  line: number,
  lineStart: number,
  what: string,
  before = 0,
): JsonSyntaxPlace {
  const column = before + codePoints(text, lineStart, index) + 1;
  const { at, start, end } = excerptPlace(text, index, lineStart);
  const from = stepCodePoints(text, at, EXCERPT_SIDE, start, -1);
  const to = stepCodePoints(text, at, EXCERPT_SIDE, end, 1);
  const excerpt = `${from > start ? '…' : ''}${visible(text.slice(from, at))}${HERE}${visible(text.slice(at, to))}${to < end ? '…' : ''}`;
  return { line, column, message: `line ${line}, column ${column}: ${what}: \`${excerpt}\`` };
}

/** How many line breaks (LF, CR LF, CR) `text` has from `start` to `end`. */
export function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}

/** Where the line holding `index` starts in `text` (0 when `text` has no break before it). */
export function lineStartBefore(text: string, index: number): number {
  if (index === 0) return 0;
  return Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
}

/** lossless-json's words for a key given twice: the key and where its opening quote is, from 1. */
const DUPLICATE_KEY = /^Duplicate key '(.*)' encountered at position (\d+)$/s;

/**
 * The key a parser's `message` names as given twice (lossless-json's `Duplicate key 'a'
 * encountered at position 12`) and the offset of its opening quote in the text parsed.
 */
export function duplicateKeyOf(message: string): { key: string; at: number } | undefined {
  const match = DUPLICATE_KEY.exec(message);
  return match === null ? undefined : { key: match[1] ?? '', at: Number(match[2]) - 1 };
}

/** What a key given twice in an object is said with. */
export const repeatedKey = (key: string) => `the key ${JSON.stringify(key)} again in its object`;
