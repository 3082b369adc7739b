/**
 * The records of a UN Comtrade JSON file (a response `{ "count": N, "data": [ … ] }`, v0's
 * `{ "dataset": [ … ] }`, or a bare array) read from text in chunks, record by record: each
 * record is built as the scanner reads it (one pass over its text), the value
 * {@link parseExactJson} gives for its text (the digits of its numbers kept), so memory holds a
 * record at a time, not the file. The errors are those of
 * {@link comtradeRecords} on the whole text, but for UTF-16, which the text's chunks
 * ({@link textChunks}) have already refused. Private to the `io` module.
 *
 * @internal
 */

import {
  exactNumber,
  longStringError,
  MAX_JSON_STRING_CHARACTERS,
  parseExactJson,
} from '../_internal/exact-json.js';
import { duplicateKeyOf, type JsonSyntaxPlace, repeatedKey } from '../_internal/json-place.js';
import { JsonScanner, JsonSyntaxError } from '../_internal/json-scanner.js';
import { MAX_NESTING, tooDeepIssue } from '../_internal/nesting-issue.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import { envelopeRecords } from './_records.js';

/** What a JSON syntax error of a streamed file says, and where it is (when it has a place). */
export interface JsonTextProblem {
  /** `line 2, column 7: a '}' where a value was expected: …`, or lossless-json's words. */
  readonly detail: string;
  readonly place?: JsonSyntaxPlace;
}

const problems = new WeakMap<BilateralError, JsonTextProblem>();

/**
 * The syntax problem behind an `INVALID_IMPORT` error of {@link JsonRecords}, for a program that
 * words it its own way (the command: "file is not valid JSON: …"); undefined for other errors.
 */
export function jsonTextProblem(error: unknown): JsonTextProblem | undefined {
  return error instanceof BilateralError ? problems.get(error) : undefined;
}

/** The error of text that is not JSON, as {@link comtradeRecords} words it. */
function notJson(problem: JsonTextProblem): BilateralError {
  const error = new BilateralError('INVALID_IMPORT', [
    { path: [], message: `the text is not valid JSON: ${problem.detail}` },
  ]);
  problems.set(error, problem);
  return error;
}

/**
 * The characters held before any is scanned: a short text is scanned whole, so its errors quote
 * it as the whole-text reader does, however it was cut.
 */
const HELD = 1024;

/** An array or object of a record being built. */
type Built = unknown[] | Record<string, unknown>;

/**
 * Whether two values read from JSON are the same, as lossless-json compares the values of a key
 * given twice (objects whatever the order of their keys): a copy of its `isDeepEqual` (4.3.3,
 * `parse.js`), which it does not export.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((key) =>
    sameValue(x[key], y[key]),
  );
}

/** The value of a JSON string's text (quotes included), which the scanner found well-formed. */
function stringValue(text: string): string {
  return text.includes('\\') ? (JSON.parse(text) as string) : text.slice(1, -1);
}

/** An envelope member: its value's text, or that it is an array of records (not kept). */
interface Member {
  readonly text?: string;
  /** Where the value starts in the text. */
  readonly at: number;
}

/**
 * Reads the records of a JSON file pushed in chunks: {@link take} gives those read so far (none
 * before the first 1,024 characters have come, or the end).
 *
 * @example
 * ```ts
 * const reader = new JsonRecords();
 * reader.push('{"count": 2, "data": [{"a": 1}, ');
 * reader.push('{"a": 12345678901234567890}]}');
 * reader.end();
 * [reader.take(), reader.rowPath];
 * //=> [[{ a: 1 }, { a: '12345678901234567890' }], ['data']]
 * ```
 */
export class JsonRecords {
  private readonly scanner: JsonScanner;
  /** The first character of the text: `[` or `{`. */
  private top = 0;
  /** The records read and not yet taken. */
  private records: unknown[] = [];
  /** Where the value being kept (a record, an envelope member) starts, or -1. */
  private unitStart = -1;
  /** The envelope's key whose value is being read. */
  private memberKey = '';
  private readonly members = new Map<string, Member>();
  /** The envelope's array of records: its key, once it opens. */
  private recordsKey: 'data' | 'dataset' | undefined;
  /** Inside the envelope's array of records (`streamed`) or one left for the other (`skipped`). */
  private inArray: 'streamed' | 'skipped' | undefined;
  /** The first problem that ends the reading of records (nesting, both keys); the rest is scanned. */
  private stop: BilateralIssue | undefined;
  /** Per level (1: the top value): the array index or the key span of the value read there. */
  private readonly kinds: number[] = [];
  private readonly counts: number[] = [];
  private readonly keyStarts: number[] = [];
  private readonly keyEnds: number[] = [];
  /** The start of the text, until {@link HELD} characters have come. */
  private held: string | undefined = '';
  /** Whether a record is being built, and the depth of its value (1 in an array, 2 in a response). */
  private building = false;
  private recordDepth = 0;
  /** The arrays and objects of the record open, outermost first. */
  private readonly open: Built[] = [];
  /** Per open object (as {@link open}): the key of the value being read, and its opening quote. */
  private readonly names: string[] = [];
  private readonly nameAts: number[] = [];
  /** Where the number, string or literal being read starts, or -1. */
  private primitiveAt = -1;
  /** A key given again, told once the text after it has come (for its excerpt). */
  private pending: string | undefined;
  private pendingAt = Number.POSITIVE_INFINITY;

  constructor() {
    this.scanner = new JsonScanner(
      {
        valueStart: (at, depth, code) => this.valueStart(at, depth, code),
        valueEnd: (end, depth) => this.valueEnd(end, depth),
        key: (start, end, depth) => this.key(start, end, depth),
      },
      () =>
        Math.min(this.unitStart === -1 ? Number.POSITIVE_INFINITY : this.unitStart, this.pendingAt),
      MAX_JSON_STRING_CHARACTERS,
      () => longStringError('INVALID_IMPORT'),
    );
  }

  /** Where the records are: `[]` for an array, `['data']` for a response; undefined until known. */
  get rowPath(): IssuePath | undefined {
    if (this.top === 0x5b) return [];
    return this.recordsKey === undefined ? undefined : [this.recordsKey];
  }

  /** Reads a chunk of the text (its byte-order mark dropped). */
  push(chunk: string): void {
    if (this.held !== undefined) {
      this.held += chunk;
      if (this.held.length < HELD) return;
      this.begin();
      return;
    }
    this.scan(() => this.scanner.push(chunk));
  }

  /** Reads the end of the text. */
  end(): void {
    if (this.held !== undefined) this.begin();
    this.scan(() => this.scanner.end(), true);
  }

  /** The records read since the last call. */
  take(): unknown[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  /**
   * Once the text has ended: the container and where its records are, with the `count` a response
   * gives.
   *
   * @throws BilateralError `INVALID_IMPORT` as {@link comtradeRecords} does for such a value
   */
  shape(): {
    readonly container: 'json-array' | 'json-envelope';
    readonly rowPath: IssuePath;
    readonly declaredCount: number | undefined;
  } {
    if (this.stop !== undefined) throw new BilateralError('INVALID_IMPORT', [this.stop]);
    if (this.top === 0x5b) {
      return { container: 'json-array', rowPath: [], declaredCount: undefined };
    }
    const envelope: Record<string, unknown> = {};
    for (const [key, member] of this.members) {
      // An array of records stands for itself: its records were read (or left) one by one.
      envelope[key] = member.text === undefined ? [] : this.memberValue(member);
    }
    const { key, declaredCount } = envelopeRecords(envelope);
    return { container: 'json-envelope', rowPath: [key], declaredCount };
  }

  /** Scans the held start. */
  private begin(): void {
    const text = this.held ?? '';
    this.held = undefined;
    this.scan(() => this.scanner.push(text.startsWith('\uFEFF') ? text.slice(1) : text));
  }

  /** Runs the scanner, its syntax errors worded as the importer's. */
  private scan(read: () => void, final = false): void {
    try {
      read();
    } catch (error) {
      if (error instanceof JsonSyntaxError) {
        throw (
          this.pendingError(true) ??
          this.zeroRepeated() ??
          notJson({ detail: error.place.message, place: error.place })
        );
      }
      throw error;
    }
    const pending = this.pendingError(final);
    if (pending !== undefined) throw pending;
  }

  /**
   * Tells (throws) that `key` is given again, its second opening quote at `at`, once the text of
   * the excerpt after it has come (as the whole-text reader quotes it); till then nothing more is
   * read as records.
   */
  private repeatedAt(key: string, at: number): void {
    if (this.pending === undefined) {
      this.pending = key;
      this.pendingAt = at;
      this.building = false;
    }
    const pending = this.pendingError(false);
    if (pending !== undefined) throw pending;
  }

  /** The key given again, once its excerpt's text has come (or the text has ended). */
  private pendingError(final: boolean): BilateralError | undefined {
    if (this.pending === undefined) return undefined;
    const after = this.scanner.text(this.pendingAt, Number.POSITIVE_INFINITY);
    // An excerpt shows 30 code points after the place, within its line (64 code units hold 32).
    if (!final && after.length <= 64 && !/[\r\n]/.test(after)) return undefined;
    return this.repeated(this.pending, this.pendingAt);
  }

  /**
   * The error of a key given again before a number with a leading zero (`"a": 01`), which the
   * scanner refuses at once: lossless-json reads its `0` as the key's value first, and tells the
   * key when its first value is another (as {@link addValue} would).
   */
  private zeroRepeated(): BilateralError | undefined {
    if (!this.building || this.primitiveAt !== -1) return undefined;
    const level = this.open.length - 1;
    const object = this.open[level];
    const key = this.names[level];
    // The object has the key: it was read in this object, and it is the last read.
    if (object === undefined || Array.isArray(object) || key === undefined) return undefined;
    if (!Object.hasOwn(object, key) || sameValue(0, object[key])) return undefined;
    const at = this.nameAts[level] ?? 0;
    const zero = /^"(?:[^"\\]|\\.)*"[ \t\n\r]*:[ \t\n\r]*-?0\d/;
    return zero.test(this.scanner.text(at, Number.POSITIVE_INFINITY))
      ? this.repeated(key, at)
      : undefined;
  }

  private key(start: number, end: number, depth: number): void {
    if (depth > MAX_NESTING) return;
    if (this.building && depth > this.recordDepth) {
      const level = this.open.length - 1;
      this.names[level] = stringValue(this.scanner.text(start, end));
      this.nameAts[level] = start;
    }
    if (depth === 1) {
      const key = stringValue(this.scanner.text(start, end));
      this.memberKey = key;
      const earlier = this.members.get(key);
      // A second array of records cannot be compared with the first, which is not kept: refused,
      // though lossless-json takes one equal to the first (a response no API sends).
      if (
        earlier !== undefined &&
        (earlier.text === undefined || key === 'data' || key === 'dataset')
      ) {
        this.repeatedAt(key, start);
        return;
      }
      this.keyStarts[1] = start;
      return;
    }
    this.keyStarts[depth] = start;
    this.keyEnds[depth] = end;
  }

  private valueStart(at: number, depth: number, code: number): void {
    if (depth > MAX_NESTING) return;
    if (depth > 0 && this.kinds[depth] === 0x5b) this.counts[depth] = (this.counts[depth] ?? 0) + 1;
    const container = code === 0x5b || code === 0x7b;
    if (container) {
      this.kinds[depth + 1] = code;
      this.counts[depth + 1] = 0;
      if (depth === MAX_NESTING && this.stop === undefined) {
        this.stop = tooDeepIssue(this.pathTo(depth));
        this.building = false;
      }
    }
    if (this.building && depth > this.recordDepth) {
      this.openValue(at, code);
      return;
    }
    if (depth === 0) {
      this.top = code;
      return;
    }
    if (this.top === 0x5b) {
      if (depth === 1) this.startRecord(at, depth, code);
      return;
    }
    if (depth === 1) {
      const key = this.memberKey;
      if ((key === 'data' || key === 'dataset') && code === 0x5b) {
        if (this.recordsKey === undefined && (key === 'data' || !this.members.has('data'))) {
          this.recordsKey = key;
          this.inArray = 'streamed';
        } else {
          if (this.recordsKey === 'dataset' && key === 'data' && this.stop === undefined) {
            this.stop = {
              path: ['data'],
              message:
                'the response has records in both "dataset" and "data": keep one of them (the import reads "data", which comes after "dataset" here)',
            };
          }
          this.inArray = 'skipped';
        }
        this.members.set(key, { at });
      } else this.unitStart = at;
      return;
    }
    if (depth === 2 && this.inArray !== undefined) this.startRecord(at, depth, code);
  }

  /** A record starts at `at`: it is built unless it is left (a second array, after a problem). */
  private startRecord(at: number, depth: number, code: number): void {
    this.unitStart = at;
    this.building =
      this.stop === undefined &&
      this.pending === undefined &&
      (this.top === 0x5b || this.inArray === 'streamed');
    if (!this.building) return;
    this.recordDepth = depth;
    this.open.length = 0;
    this.openValue(at, code);
  }

  /** A value of the record being built starts at `at` with `code`. */
  private openValue(at: number, code: number): void {
    if (code === 0x7b) this.open.push({});
    else if (code === 0x5b) this.open.push([]);
    else this.primitiveAt = at;
  }

  /** The value of the record being built that ends before `end`: a primitive's, or the last open. */
  private closeValue(end: number): unknown {
    const at = this.primitiveAt;
    if (at === -1) return this.open.pop();
    this.primitiveAt = -1;
    const code = this.scanner.text(at, at + 1).charCodeAt(0);
    if (code === 0x22) return stringValue(this.scanner.text(at, end));
    if (code === 0x74) return true;
    if (code === 0x66) return false;
    if (code === 0x6e) return null;
    return exactNumber(this.scanner.text(at, end));
  }

  /**
   * Puts `value` in the open array or object, as lossless-json's `parse` (4.3.3) does: a key given
   * again with an equal value takes the value given last, with another is the file's syntax error,
   * at the key's place.
   */
  private addValue(value: unknown): void {
    const level = this.open.length - 1;
    const into = this.open[level];
    if (Array.isArray(into)) {
      into.push(value);
      return;
    }
    const object = into as Record<string, unknown>;
    const key = this.names[level] ?? '';
    if (Object.hasOwn(object, key) && !sameValue(value, object[key])) {
      this.repeatedAt(key, this.nameAts[level] ?? 0);
      return;
    }
    if (key === '__proto__') {
      // An own field, as JSON.parse and lossless-json make it, not the object's prototype.
      Object.defineProperty(object, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else object[key] = value;
  }

  private valueEnd(end: number, depth: number): void {
    if (depth > MAX_NESTING) return;
    if (this.building && depth >= this.recordDepth) {
      const value = this.closeValue(end);
      if (depth > this.recordDepth) {
        this.addValue(value);
        return;
      }
      this.building = false;
      this.unitStart = -1;
      this.records.push(value);
      return;
    }
    if (depth === 0) return;
    const envelope = this.top === 0x7b;
    if (envelope && depth === 1) {
      if (this.inArray !== undefined) {
        this.inArray = undefined;
        return;
      }
      const key = this.memberKey;
      const at = this.unitStart;
      const text = this.scanner.text(at, end);
      this.unitStart = -1;
      const earlier = this.members.get(key);
      if (earlier?.text !== undefined && !this.sameJson(earlier, { text, at })) {
        this.repeatedAt(key, this.keyStarts[1] ?? 0);
        return;
      }
      // An equal value given again is the one kept, as lossless-json keeps it.
      if (earlier === undefined || earlier.text !== undefined) this.members.set(key, { text, at });
      return;
    }
    // A record left unbuilt ends.
    if (envelope ? depth === 2 && this.inArray !== undefined : depth === 1) this.unitStart = -1;
  }

  /** The error of `key` given twice, its second opening quote at `offset` in the text. */
  private repeated(key: string, offset: number): BilateralError {
    const place = this.scanner.placeAt(offset, repeatedKey(key));
    const detail = place?.message ?? `Duplicate key '${key}' encountered at position ${offset + 1}`;
    return notJson(place === undefined ? { detail } : { detail, place });
  }

  /**
   * The value of an envelope member's text (well-formed: the scanner read it); a key repeated in
   * it with another value is the file's syntax error, at its place.
   */
  private memberValue(member: Member): unknown {
    try {
      return parseExactJson(member.text ?? '', 'INVALID_IMPORT');
    } catch (error) {
      const duplicate = error instanceof SyntaxError ? duplicateKeyOf(error.message) : undefined;
      if (duplicate === undefined) throw error;
      throw this.repeated(duplicate.key, member.at + duplicate.at);
    }
  }

  /** Whether two members hold the same value (as lossless-json compares a repeated key's). */
  private sameJson(a: Member, b: Member): boolean {
    return a.text === b.text || sameValue(this.memberValue(a), this.memberValue(b));
  }

  /** The path of the value that starts inside `depth` levels (all kept: it is in one unit). */
  private pathTo(depth: number): IssuePath {
    const path: (string | number)[] = [];
    for (let level = 1; level <= depth; level += 1) {
      if (this.kinds[level] === 0x5b) path.push((this.counts[level] ?? 1) - 1);
      else if (level === 1) path.push(this.memberKey);
      else {
        const start = this.keyStarts[level] ?? 0;
        path.push(stringValue(this.scanner.text(start, this.keyEnds[level] ?? start)));
      }
    }
    return path;
  }
}
