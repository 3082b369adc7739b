/**
 * Where a JSON text breaks, for a person with an editor: the line and column (1-based, columns
 * in characters, a surrogate pair one), what was found there in words, and an excerpt of that
 * line with the place marked. Run only once a parser has refused the text: it scans the text
 * again, without building any value.
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

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isHex = (code: number) =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/** A control character as `U+000A`. */
const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Whether a character is named by its code point, not shown: a control, or one that looks like a
 * space or like nothing.
 */
const isUnshown = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  (code !== 0x20 && /[\p{Z}\p{Cf}]/u.test(String.fromCodePoint(code)));

/**
 * The character at `index` in words: `a '}'`, `a control character (U+0001)`, `a white-space
 * character JSON does not allow (U+00A0)` (a no-break space, a line separator), `an invisible
 * character (U+200B)` (a zero-width space, a byte-order mark inside the text, a bidi override).
 */
function foundAt(text: string, index: number): string {
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

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
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

/** The place of the error at `index`, on the line that starts at `lineStart`. */
function placeOf(
  text: string,
  index: number,
  line: number,
  lineStart: number,
  what: string,
): JsonSyntaxPlace {
  const column = codePoints(text, lineStart, index) + 1;
  const { at, start, end } = excerptPlace(text, index, lineStart);
  const from = stepCodePoints(text, at, EXCERPT_SIDE, start, -1);
  const to = stepCodePoints(text, at, EXCERPT_SIDE, end, 1);
  const excerpt = `${from > start ? '…' : ''}${visible(text.slice(from, at))}${HERE}${visible(text.slice(at, to))}${to < end ? '…' : ''}`;
  return { line, column, message: `line ${line}, column ${column}: ${what}: \`${excerpt}\`` };
}

/** What the scanner expects next. */
enum Want {
  /** A value (the document, after `:` or after `,` in an array). */
  Value,
  /** A value or `]` (just after `[`). */
  ValueOrEnd,
  /** A key or `}` (just after `{`). */
  KeyOrEnd,
  /** A key (after `,` in an object). */
  Key,
  /** The `:` after a key. */
  Colon,
  /** `,` or the end of the array or object, or (at the top) the end of the text. */
  Next,
}

/** What a '}' or ']' right after a ',' is said with. */
const ONE_TOO_MANY = " (a ',' before it is one too many)";

const WANTED: Record<Exclude<Want, Want.Next>, string> = {
  [Want.Value]: 'a value',
  [Want.ValueOrEnd]: "a value or ']'",
  [Want.KeyOrEnd]: "a key in double quotes or '}'",
  [Want.Key]: 'a key in double quotes',
  [Want.Colon]: "':' after the key",
};

/**
 * The place of the first syntax error in `text` (a BOM already dropped), or `undefined` when
 * it is well-formed JSON (a parser refused it for another reason: a duplicate key, its depth).
 *
 * @example
 * ```ts
 * jsonSyntaxPlace('{"a": 1,\n "b": }')?.message;
 * //=> "line 2, column 7: a '}' where a value was expected: ` \"b\": ▶}`"
 * ```
 */
export function jsonSyntaxPlace(text: string): JsonSyntaxPlace | undefined {
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let want = Want.Value;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  const fail = (at: number, what: string) => placeOf(text, at, line, lineStart, what);
  const inside = () =>
    stack.length === 0 ? '' : stack[stack.length - 1] === 0x7b ? 'an object' : 'an array';
  while (true) {
    // White space, counting lines.
    let code = text.charCodeAt(i);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
      code = text.charCodeAt(++i);
    }
    if (i >= n) {
      if (stack.length === 0 && want === Want.Next) return undefined;
      if (stack.length === 0) return fail(i, 'the text ends where a value was expected');
      return fail(i, `the text ends inside ${inside()}`);
    }
    if (want === Want.Next) {
      const open = stack[stack.length - 1];
      if (open === undefined) return fail(i, `${foundAt(text, i)} after the end of the JSON value`);
      const close = open === 0x7b ? 0x7d : 0x5d;
      if (code === 0x2c) {
        want = open === 0x7b ? Want.Key : Want.Value;
        i++;
      } else if (code === close) {
        stack.pop();
        i++;
      } else {
        return fail(
          i,
          `${foundAt(text, i)} where ',' or '${String.fromCharCode(close)}' was expected`,
        );
      }
      continue;
    }
    if (want === Want.Colon) {
      if (code !== 0x3a) return fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected`);
      want = Want.Value;
      i++;
      continue;
    }
    if (want === Want.Key || want === Want.KeyOrEnd) {
      if (code === 0x7d && want === Want.KeyOrEnd) {
        stack.pop();
        want = Want.Next;
        i++;
        continue;
      }
      if (code !== 0x22) {
        const after = want === Want.Key && code === 0x7d ? ONE_TOO_MANY : '';
        return fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected${after}`);
      }
    } else if (code === 0x5d && want === Want.ValueOrEnd) {
      stack.pop();
      want = Want.Next;
      i++;
      continue;
    }
    // A value (or a key, which is a string).
    const key: boolean = want === Want.Key || want === Want.KeyOrEnd;
    if (code === 0x22) {
      const start = i;
      i++;
      while (true) {
        if (i >= n) return fail(start, 'the text ends inside the string that starts here');
        const c = text.charCodeAt(i);
        if (c === 0x22) break;
        if (c < 0x20) return fail(i, `${foundAt(text, i)} inside a string`);
        if (c === 0x5c) {
          const e = text.charCodeAt(i + 1);
          if (e === 0x75) {
            for (let k = 2; k < 6; k++) {
              if (!isHex(text.charCodeAt(i + k))) {
                return fail(i, "a '\\u' escape without four hex digits inside a string");
              }
            }
            i += 6;
            continue;
          }
          if (
            !(
              e === 0x22 ||
              e === 0x5c ||
              e === 0x2f ||
              e === 0x62 ||
              e === 0x66 ||
              e === 0x6e ||
              e === 0x72 ||
              e === 0x74
            )
          ) {
            if (i + 1 >= n) return fail(start, 'the text ends inside the string that starts here');
            if (isUnshown(e))
              return fail(i, `a '\\' before ${foundAt(text, i + 1)} inside a string`);
            return fail(
              i,
              `a '\\${String.fromCodePoint(text.codePointAt(i + 1) ?? 0)}' escape, which JSON does not have, inside a string`,
            );
          }
          i += 2;
          continue;
        }
        i++;
      }
      i++;
      want = key ? Want.Colon : Want.Next;
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      stack.push(code);
      want = code === 0x7b ? Want.KeyOrEnd : Want.ValueOrEnd;
      i++;
      continue;
    }
    if (code === 0x2d || isDigit(code)) {
      const start = i;
      if (code === 0x2d) i++;
      if (text.charCodeAt(i) === 0x30) {
        i++;
        if (isDigit(text.charCodeAt(i))) return fail(start, 'a number with a leading zero');
      } else if (isDigit(text.charCodeAt(i))) {
        while (isDigit(text.charCodeAt(i))) i++;
      } else {
        return fail(start, "a '-' without digits after it");
      }
      if (text.charCodeAt(i) === 0x2e) {
        i++;
        if (!isDigit(text.charCodeAt(i)))
          return fail(i, 'a number without digits after its decimal point');
        while (isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if (e === 0x65 || e === 0x45) {
        i++;
        const sign = text.charCodeAt(i);
        if (sign === 0x2b || sign === 0x2d) i++;
        if (!isDigit(text.charCodeAt(i))) return fail(i, 'a number without digits in its exponent');
        while (isDigit(text.charCodeAt(i))) i++;
      }
      want = Want.Next;
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal !== undefined && !key) {
      i += literal.length;
      want = Want.Next;
      continue;
    }
    // A ']' where a value was expected inside an array comes after a ',' (just after '[' it is
    // taken above).
    const after = code === 0x5d && stack[stack.length - 1] === 0x5b ? ONE_TOO_MANY : '';
    return fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected${after}`);
  }
}
