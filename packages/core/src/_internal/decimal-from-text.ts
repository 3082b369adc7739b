import { BilateralError, type IssuePath } from '../errors/index.js';
import { Decimal } from './decimal.js';
import {
  MAX_INTEGER_DIGITS,
  MAX_WRITTEN_DECIMALS,
  outOfRange,
  RANGE_WORDS,
} from './decimal-range.js';
import { exponentOf } from './exponent.js';
import { quoteInput } from './quote-input.js';

// Decimal text read as `toDecimal` reads it, apart from `to-decimal.ts` (numbers and Decimals),
// so that code reading only text (a dataset's statement strings) does not load the rest.

/** Plain decimal text, no exponent: the form data almost always takes. */
const PLAIN_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Decimal text with an exponent (`1.5e9`). */
const EXPONENT_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;

/**
 * Plain text this short cannot leave the range: 36 characters hold at most 36 digits on either
 * side of the point. Longer text is checked on its Decimal.
 */
const ALWAYS_IN_RANGE = 36;

/**
 * Exponents written with more digits than this are refused before the text reaches decimal.js:
 * no mantissa a person writes brings `1e1000000000` back into range, and decimal.js would make
 * Infinity of `1e9000000000000001`.
 */
const MAX_EXPONENT_DIGITS = 9;

const ZERO = new Decimal(0);

/** Reads plain decimal text (`PLAIN_TEXT`); a negative zero becomes `0`. */
export function fromPlainText(text: string, path: IssuePath): Decimal {
  if (text.length > ALWAYS_IN_RANGE) return checkWrittenRange(parseLong(text, path), text, path);
  const decimal = new Decimal(text);
  return text.charCodeAt(0) === 45 && decimal.isZero() ? ZERO : decimal;
}

/**
 * Text longer than this is refused before it is parsed: the BigInt engine parses digits in
 * quadratic time (10 million took 12 s), and a value in range needs at most 36 digits before the
 * point and 36 after it.
 */
const LONGEST_TEXT = 200;

/** Parses text longer than `ALWAYS_IN_RANGE`, refusing it first past {@link LONGEST_TEXT}. */
function parseLong(text: string, path: IssuePath): Decimal {
  if (text.length > LONGEST_TEXT)
    pastRange(text, path, `, written in at most ${LONGEST_TEXT} characters`);
  return new Decimal(text);
}

/** Refuses `text` as past the range and its decimals, with `more` said after them. */
function pastRange(text: string, path: IssuePath, more = ''): never {
  outOfRange(
    path,
    `${quoteInput(text)} is past the supported range: values must be ${RANGE_WORDS}, with at most ${MAX_WRITTEN_DECIMALS} digits after the decimal point${more}`,
  );
}

/**
 * Reads text with an exponent (`EXPONENT_TEXT`). The exponent is looked at before the text is
 * parsed, so `1e9000000000000001` is refused at once instead of becoming Infinity.
 */
export function fromExponentText(text: string, path: IssuePath): Decimal {
  let mark = text.indexOf('e');
  if (mark === -1) mark = text.indexOf('E');
  const digits = text.slice(mark + 1).replace(/^[+-]?0*/, '');
  if (digits.length > MAX_EXPONENT_DIGITS) {
    if (!/[1-9]/.test(text.slice(0, mark))) return ZERO;
    pastRange(text, path);
  }
  return checkWrittenRange(parseLong(text, path), text, path);
}

/** `toDecimal` of a string: the same Decimal, or the same `INVALID_DECIMAL` or `OUT_OF_RANGE`. */
export function decimalFromText(value: string, path: IssuePath): Decimal {
  const text = value.trim();
  if (PLAIN_TEXT.test(text)) return fromPlainText(text, path);
  if (EXPONENT_TEXT.test(text)) return fromExponentText(text, path);
  throw new BilateralError('INVALID_DECIMAL', [
    { path, message: `${quoteInput(value)} is not a decimal number` },
  ]);
}

/**
 * Checks a value read from text or a JavaScript number: `|x| < 10^36` and at most 36 digits after
 * the decimal point (trailing zeros do not count). `text` is what was written, for the message.
 *
 * @throws BilateralError `OUT_OF_RANGE` naming `path`
 */
function checkWrittenRange(value: Decimal, text: string, path: IssuePath = []): Decimal {
  if (exponentOf(value) >= MAX_INTEGER_DIGITS) {
    outOfRange(
      path,
      `${quoteInput(text)} is past the supported range: values must be ${RANGE_WORDS} (at most ${MAX_INTEGER_DIGITS} digits before the decimal point)`,
    );
  }
  if (value.decimalPlaces() > MAX_WRITTEN_DECIMALS) {
    outOfRange(
      path,
      `${quoteInput(text)} has ${value.decimalPlaces()} digits after the decimal point; at most ${MAX_WRITTEN_DECIMALS} are supported`,
    );
  }
  return value.isZero() && value.isNegative() ? ZERO : value;
}
