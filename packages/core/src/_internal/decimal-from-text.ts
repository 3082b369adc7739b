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
  if (text.length > ALWAYS_IN_RANGE) return fromLongText(text, path);
  const decimal = new Decimal(text);
  return text.charCodeAt(0) === 45 && decimal.isZero() ? ZERO : decimal;
}

/**
 * Text of a decimal (plain or with an exponent) as its sign, significant digits and exponent
 * (`-00120.50` is `-1205e-1`), read in one pass: the BigInt engine parses digits in quadratic
 * time (3 million in 3 s), so long text is cut to what counts, or refused, before it is parsed.
 * `undefined` when it has more than `limit` significant digits or an exponent past a safe
 * integer: no value in range has.
 */
export function shortForm(text: string, limit: number): string | undefined {
  const mark = text.search(/[eE]/);
  const end = mark === -1 ? text.length : mark;
  const dot = text.indexOf('.');
  const point = dot === -1 || dot > end ? end : dot;
  let first = -1;
  let last = -1;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code > 48 && code <= 57) {
      if (first === -1) first = index;
      last = index;
    }
  }
  if (first === -1) return '0';
  const digits = text.slice(first, last + 1).replace('.', '');
  const exponent =
    (mark === -1 ? 0 : Number(text.slice(mark + 1))) +
    (last < point ? point - last - 1 : point - last);
  if (digits.length > limit || !Number.isSafeInteger(exponent)) return undefined;
  return `${text.charCodeAt(0) === 45 ? '-' : ''}${digits}e${exponent}`;
}

/** Reads text longer than `ALWAYS_IN_RANGE` through its {@link shortForm}, checking the range. */
function fromLongText(text: string, path: IssuePath): Decimal {
  const short = shortForm(text, MAX_INTEGER_DIGITS + MAX_WRITTEN_DECIMALS);
  if (short !== undefined) return checkWrittenRange(new Decimal(short), text, path);
  // More significant digits than the range holds: said as `checkWrittenRange` says it.
  const point = text.indexOf('.');
  if (/[eE]/.test(text)) {
    outOfRange(
      path,
      `${quoteInput(text)} is past the supported range: values must be ${RANGE_WORDS}, with at most ${MAX_WRITTEN_DECIMALS} digits after the decimal point`,
    );
  }
  const whole = point === -1 ? text : text.slice(0, point);
  if (whole.replace(/^[+-]?0*/, '').length > MAX_INTEGER_DIGITS) {
    outOfRange(
      path,
      `${quoteInput(text)} is past the supported range: values must be ${RANGE_WORDS} (at most ${MAX_INTEGER_DIGITS} digits before the decimal point)`,
    );
  }
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  outOfRange(
    path,
    `${quoteInput(text)} has ${end - point - 1} digits after the decimal point; at most ${MAX_WRITTEN_DECIMALS} are supported`,
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
    throw new BilateralError('OUT_OF_RANGE', [
      {
        path,
        message: `${quoteInput(text)} is past the supported range: values must be ${RANGE_WORDS}, with at most 36 digits after the decimal point`,
      },
    ]);
  }
  return text.length > ALWAYS_IN_RANGE
    ? fromLongText(text, path)
    : checkWrittenRange(new Decimal(text), text, path);
}

/** Whether `text` is decimal text, plain or with an exponent, as written (not trimmed). */
export function isDecimalForm(text: string): boolean {
  return PLAIN_TEXT.test(text) || EXPONENT_TEXT.test(text);
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
