/**
 * A JSON syntax scanner that reads text in chunks: it builds no value, keeps only the text its
 * listener still needs (and a little before it, for an excerpt), and finds the first syntax error
 * with the place {@link jsonSyntaxPlace} gives for the whole text. Iterative: nesting costs a
 * number per level, never stack.
 *
 * @internal
 */

import {
  foundAt,
  isLow,
  isUnshown,
  type JsonSyntaxPlace,
  lineBreaks,
  lineStartBefore,
  placeOf,
} from './json-place.js';

/** What a {@link JsonScanner} tells as it reads: offsets count UTF-16 units from the text's start. */
export interface JsonScanListener {
  /** A value starts at `at` (its first character is `code`) inside `depth` arrays and objects. */
  valueStart(at: number, depth: number, code: number): void;
  /** The value that started inside `depth` arrays and objects ends just before `end`. */
  valueEnd(end: number, depth: number): void;
  /** An object `depth` deep (1: the top one) has a key from `start` to `end`, quotes included. */
  key(start: number, end: number, depth: number): void;
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

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isHex = (code: number) =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
/** A character a number's text may hold. */
const isNumberPart = (code: number) =>
  isDigit(code) ||
  code === 0x2d ||
  code === 0x2b ||
  code === 0x2e ||
  code === 0x65 ||
  code === 0x45;

const PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** UTF-16 units kept before what the listener needs, for the excerpt of an error there. */
const CONTEXT = 128;
/** How much consumed text the scanner lets pile up before dropping it. */
const DROP_AT = 64 * 1024;

/** A syntax error: the place, as {@link jsonSyntaxPlace} gives it. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(readonly place: JsonSyntaxPlace) {
    super(place.message);
  }
}

/** Whether `text` holds `word` from `at`, or (not `final`) could, once more text comes. */
function literalAt(text: string, at: number, final: boolean): string | 'more' | undefined {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return word;
    const rest = text.length - at;
    if (!final && rest < word.length && word.startsWith(text.slice(at))) return 'more';
  }
  return undefined;
}

/**
 * Scans JSON text pushed in chunks, telling `listener` where values and keys start and end.
 *
 * @example
 * ```ts
 * const scanner = new JsonScanner({ valueStart() {}, valueEnd() {}, key() {} });
 * scanner.push('{"a": [1, ');
 * scanner.push('2]}');
 * scanner.end();
 * //=> undefined (a syntax error throws a JsonSyntaxError with its place)
 * ```
 */
export class JsonScanner {
  /** The text not yet dropped, from {@link base}. */
  private buffer = '';
  private base = 0;
  /** Where scanning goes on, in the buffer. */
  private at = 0;
  private readonly stack: number[] = [];
  private want = Want.Value;
  private line = 1;
  private lineStart = 0;
  /** The code points of the line before the buffer, when the line starts before it. */
  private lineBefore = 0;
  /** A string being read across chunks: where it starts, and how far it is read. */
  private stringStart = -1;
  private stringAt = 0;
  /** Where the token being read starts (what an error excerpt must still show). */
  private tokenStart = 0;

  /**
   * @param listener - told of values and keys as they are read
   * @param keepFrom - the first offset the listener still needs text from ({@link text})
   * @param maxString - the most UTF-16 units a string may have; past it `longString` is thrown
   * @param longString - what to throw for a string past `maxString`
   */
  constructor(
    private readonly listener: JsonScanListener,
    private readonly keepFrom: () => number = () => Number.POSITIVE_INFINITY,
    private readonly maxString = Number.POSITIVE_INFINITY,
    private readonly longString: () => Error = () => new RangeError('string too long'),
  ) {}

  /** How deep the scanner is: the arrays and objects open. */
  get depth(): number {
    return this.stack.length;
  }

  /** The text from `start` to `end` (offsets from the text's start), which must still be kept. */
  text(start: number, end: number): string {
    return this.buffer.slice(start - this.base, end - this.base);
  }

  /**
   * The place of an error found at `offset` (from the text's start) in text already scanned;
   * undefined when that text is no longer kept, or the start of its line is not and the line has
   * ended since (its column is not known).
   */
  placeAt(offset: number, what: string): JsonSyntaxPlace | undefined {
    const buffer = this.buffer;
    const index = offset - this.base;
    if (index < 0) return undefined;
    const lineStart = this.lineStart - this.base;
    if (index >= lineStart) return this.placeOnLine(index, what);
    const start = lineStartBefore(buffer, index);
    if (start === 0 && this.base > 0) return undefined;
    return placeOf(buffer, index, this.line - lineBreaks(buffer, index, lineStart), start, what);
  }

  /** Reads a chunk of text. @throws JsonSyntaxError at the first syntax error */
  push(chunk: string): void {
    this.buffer += chunk;
    this.scan(false);
    this.drop();
  }

  /** Reads the end of the text. @throws JsonSyntaxError when the text is not whole JSON */
  end(): void {
    this.scan(true);
  }

  /** Drops the text before what the listener and an excerpt still need. */
  private drop(): void {
    const keep = Math.min(this.keepFrom(), this.base + this.tokenStart) - CONTEXT;
    let cut = keep - this.base;
    if (cut < DROP_AT) return;
    const buffer = this.buffer;
    if (isLow(buffer.charCodeAt(cut))) cut -= 1; // never between the halves of a pair
    const lineStart = this.lineStart - this.base;
    if (lineStart < cut) {
      // The code points of the dropped part of the line: its units less one per surrogate pair.
      const from = Math.max(lineStart, 0);
      this.lineBefore += cut - from - (buffer.slice(from, cut).match(PAIRS)?.length ?? 0);
    }
    this.buffer = buffer.slice(cut);
    this.base += cut;
    this.at -= cut;
    this.tokenStart -= cut;
    if (this.stringStart !== -1) {
      this.stringStart -= cut;
      this.stringAt -= cut;
    }
  }

  /**
   * Throws the error at `index` — unless more text may come and the excerpt needs it (the line
   * goes on past the buffer), then returns, to be called again with more text.
   */
  private fail(index: number, what: string, final: boolean): void {
    const buffer = this.buffer;
    if (!final && buffer.length - index < 2 * CONTEXT) {
      const rest = buffer.slice(index);
      if (!/[\r\n]/.test(rest)) return;
    }
    throw new JsonSyntaxError(this.placeOnLine(index, what));
  }

  /** The place of `index` (in the buffer) on the line being scanned, which may start before it. */
  private placeOnLine(index: number, what: string): JsonSyntaxPlace {
    const lineStart = this.lineStart - this.base;
    const before = lineStart < 0 ? this.lineBefore : 0;
    return placeOf(this.buffer, index, this.line, Math.max(lineStart, 0), what, before);
  }

  private inside(): string {
    const open = this.stack[this.stack.length - 1];
    return open === undefined ? '' : open === 0x7b ? 'an object' : 'an array';
  }

  /** A value (not a key) ended before `end` (in the buffer). */
  private ended(end: number): void {
    this.want = Want.Next;
    this.listener.valueEnd(this.base + end, this.stack.length);
  }

  /** Scans the buffer from where it stopped; stops at its end (or, `final`, at the text's end). */
  private scan(final: boolean): void {
    const text = this.buffer;
    const n = text.length;
    const { stack, listener } = this;
    let i = this.at;
    while (true) {
      // White space, counting lines (a CR at the buffer's end waits: an LF may follow).
      let code = text.charCodeAt(i);
      while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
        if (code === 0x0d && i + 1 >= n && !final) break;
        if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
          this.line++;
          this.lineStart = this.base + i + 1;
          this.lineBefore = 0;
        }
        code = text.charCodeAt(++i);
      }
      this.at = i;
      this.tokenStart = i;
      if (i >= n || (code === 0x0d && !final)) {
        if (!final) return;
        if (stack.length === 0 && this.want === Want.Next) return;
        if (stack.length === 0) this.fail(i, 'the text ends where a value was expected', true);
        this.fail(i, `the text ends inside ${this.inside()}`, true);
        return;
      }
      const want = this.want;
      if (want === Want.Next) {
        const open = stack[stack.length - 1];
        if (open === undefined) {
          // Words are named whole: wait for the rest of one cut by the buffer's end.
          this.fail(i, `${foundAt(text, i)} after the end of the JSON value`, final);
          return;
        }
        const close = open === 0x7b ? 0x7d : 0x5d;
        if (code === 0x2c) {
          this.want = open === 0x7b ? Want.Key : Want.Value;
          i++;
        } else if (code === close) {
          stack.pop();
          i++;
          this.ended(i);
        } else {
          this.fail(
            i,
            `${foundAt(text, i)} where ',' or '${String.fromCharCode(close)}' was expected`,
            final,
          );
          return;
        }
        continue;
      }
      if (want === Want.Colon) {
        if (code !== 0x3a) {
          this.fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected`, final);
          return;
        }
        this.want = Want.Value;
        i++;
        continue;
      }
      if (want === Want.Key || want === Want.KeyOrEnd) {
        if (code === 0x7d && want === Want.KeyOrEnd) {
          stack.pop();
          i++;
          this.ended(i);
          continue;
        }
        if (code !== 0x22) {
          const after = want === Want.Key && code === 0x7d ? ONE_TOO_MANY : '';
          this.fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected${after}`, final);
          return;
        }
      } else if (code === 0x5d && want === Want.ValueOrEnd) {
        stack.pop();
        i++;
        this.ended(i);
        continue;
      }
      const key = want === Want.Key || want === Want.KeyOrEnd;
      if (code === 0x22) {
        const start = i;
        const end = this.stringEnd(start, final);
        if (end === -1) return;
        i = end;
        if (key) {
          this.want = Want.Colon;
          listener.key(this.base + start, this.base + i, stack.length);
        } else {
          listener.valueStart(this.base + start, stack.length, code);
          this.ended(i);
        }
        continue;
      }
      if (code === 0x7b || code === 0x5b) {
        listener.valueStart(this.base + i, stack.length, code);
        stack.push(code);
        this.want = code === 0x7b ? Want.KeyOrEnd : Want.ValueOrEnd;
        i++;
        continue;
      }
      if (code === 0x2d || isDigit(code)) {
        const start = i;
        if (!final) {
          let j = i;
          while (j < n && isNumberPart(text.charCodeAt(j))) j++;
          if (j >= n) return; // the number may go on in the next chunk
        }
        const end = this.numberEnd(start, final);
        if (end === -1) return;
        listener.valueStart(this.base + start, stack.length, code);
        i = end;
        this.ended(i);
        continue;
      }
      const literal = key ? undefined : literalAt(text, i, final);
      if (literal === 'more') return;
      if (literal !== undefined) {
        listener.valueStart(this.base + i, stack.length, code);
        i += literal.length;
        this.ended(i);
        continue;
      }
      // A ']' where a value was expected inside an array comes after a ',' (just after '[' it is
      // taken above).
      const after = code === 0x5d && stack[stack.length - 1] === 0x5b ? ONE_TOO_MANY : '';
      this.fail(i, `${foundAt(text, i)} where ${WANTED[want]} was expected${after}`, final);
      return;
    }
  }

  /** Where the string at `start` ends (past its closing quote), or -1: more text is needed. */
  private stringEnd(start: number, final: boolean): number {
    const text = this.buffer;
    const n = text.length;
    let i = this.stringStart === start ? this.stringAt : start + 1;
    this.stringStart = -1;
    while (true) {
      if (i >= n) {
        if (final) this.fail(start, 'the text ends inside the string that starts here', true);
        return this.waitInString(start, i);
      }
      const c = text.charCodeAt(i);
      if (c === 0x22) return i + 1;
      if (c < 0x20) {
        this.fail(i, `${foundAt(text, i)} inside a string`, final);
        return this.waitInString(start, i);
      }
      if (c === 0x5c) {
        if (!final && i + 6 > n) return this.waitInString(start, i);
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              this.fail(i, "a '\\u' escape without four hex digits inside a string", final);
              return this.waitInString(start, i);
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
          if (i + 1 >= n)
            this.fail(start, 'the text ends inside the string that starts here', true);
          if (isUnshown(e))
            this.fail(i, `a '\\' before ${foundAt(text, i + 1)} inside a string`, final);
          else {
            this.fail(
              i,
              `a '\\${String.fromCodePoint(text.codePointAt(i + 1) ?? 0)}' escape, which JSON does not have, inside a string`,
              final,
            );
          }
          return this.waitInString(start, i);
        }
        i += 2;
        continue;
      }
      i++;
      if (i - start > this.maxString) throw this.longString();
    }
  }

  /** Remembers how far the string at `start` is read; -1. */
  private waitInString(start: number, at: number): number {
    this.stringStart = start;
    this.stringAt = at;
    return -1;
  }

  /** Where the number at `start` ends, or -1 (its error waits for more text). */
  private numberEnd(start: number, final: boolean): number {
    const text = this.buffer;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) {
      i++;
      if (isDigit(text.charCodeAt(i))) {
        this.fail(start, 'a number with a leading zero', final);
        return -1;
      }
    } else if (isDigit(text.charCodeAt(i))) {
      while (isDigit(text.charCodeAt(i))) i++;
    } else {
      this.fail(start, "a '-' without digits after it", final);
      return -1;
    }
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) {
        this.fail(i, 'a number without digits after its decimal point', final);
        return -1;
      }
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) {
        this.fail(i, 'a number without digits in its exponent', final);
        return -1;
      }
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return i;
  }
}
