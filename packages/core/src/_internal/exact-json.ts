/**
 * JSON text read without losing digits. `JSON.parse` turns every number into a double, so a trade
 * value with more than 15–17 significant digits (or past 2^53) comes back rounded; UN Comtrade
 * sends its values as JSON numbers. Here a number that is a safe integer stays a number (codes,
 * years, `refPeriodId`, counts) and any other keeps the digits of the text (`"38917721136.0"`,
 * `"9007199254740993"`), which `toDecimal` reads exactly.
 *
 * @internal
 */

import { parse } from 'lossless-json';
import { BilateralError, type BilateralErrorCode } from '../errors/index.js';
import { grouped } from './count-of.js';
import { MAX_NESTING } from './nesting-issue.js';

/**
 * A JSON number as written: a safe integer as a number, anything else as its text (what
 * {@link parseExactJson} gives for it).
 *
 * @example
 * ```ts
 * [exactNumber('76'), exactNumber('38917721136.0'), exactNumber('9007199254740993')];
 * //=> [76, '38917721136.0', '9007199254740993']
 * ```
 */
export function exactNumber(text: string): number | string {
  if (/^-?\d+$/.test(text)) {
    const value = Number(text);
    if (Number.isSafeInteger(value)) return value;
  }
  return text;
}

/**
 * The most characters between two quotes of a JSON text read here. `lossless-json` builds a
 * string a character at a time: one of 150 million characters took over 4 GB and ended the
 * process (V8's heap limit, not an error to catch). No record has a text anywhere near this.
 */
export const MAX_JSON_STRING_CHARACTERS = 10_000_000;

/**
 * The error of JSON text with a string past {@link MAX_JSON_STRING_CHARACTERS}, for `code`.
 *
 * @example
 * ```ts
 * longStringError('INVALID_IMPORT').issues[0]?.message;
 * //=> 'the JSON has a text of more than 10,000,000 characters: no record holds one (is this the file meant?)'
 * ```
 */
export function longStringError(code: BilateralErrorCode): BilateralError {
  return new BilateralError(code, [
    {
      path: [],
      message: `the JSON has a text of more than ${grouped(MAX_JSON_STRING_CHARACTERS)} characters: no record holds one (is this the file meant?)`,
    },
  ]);
}

/** Whether `text` has a run past {@link MAX_JSON_STRING_CHARACTERS} between two quotes. */
function hasLongString(text: string): boolean {
  if (text.length <= MAX_JSON_STRING_CHARACTERS) return false;
  let previous = text.indexOf('"');
  while (previous !== -1) {
    const next = text.indexOf('"', previous + 1);
    if (next === -1) return false;
    if (next - previous > MAX_JSON_STRING_CHARACTERS) return true;
    previous = next;
  }
  return false;
}

/**
 * Parses JSON text, keeping the digits of every number that is not a safe integer as a string.
 *
 * @param text - the JSON text
 * @param code - the error code of the caller, for text nested too deep to read
 * @returns the value
 * @throws SyntaxError for text that is not JSON; BilateralError `code` for text nested so deep
 *   that reading it would overflow the stack, or with a string past
 *   {@link MAX_JSON_STRING_CHARACTERS} (one that reading would take more memory than there is)
 */
export function parseExactJson(text: string, code: BilateralErrorCode): unknown {
  if (hasLongString(text)) throw longStringError(code);
  try {
    return parse(text, null, exactNumber);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new BilateralError(code, [
        { path: [], message: `the JSON is nested more than ${MAX_NESTING} levels deep` },
      ]);
    }
    throw error instanceof SyntaxError ? error : new SyntaxError((error as Error).message);
  }
}
