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
import { MAX_NESTING } from './nesting-issue.js';

/** A JSON number as written: a safe integer as a number, anything else as its text. */
function exactNumber(text: string): number | string {
  if (/^-?\d+$/.test(text)) {
    const value = Number(text);
    if (Number.isSafeInteger(value)) return value;
  }
  return text;
}

/**
 * Parses JSON text, keeping the digits of every number that is not a safe integer as a string.
 *
 * @param text - the JSON text
 * @param code - the error code of the caller, for text nested too deep to read
 * @returns the value
 * @throws SyntaxError for text that is not JSON; BilateralError `code` for text nested so deep
 *   that reading it would overflow the stack
 */
export function parseExactJson(text: string, code: BilateralErrorCode): unknown {
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
