import { BilateralError, type IssuePath } from '../errors/index.js';
import { Decimal } from './decimal.js';
import { checkRange, outOfRange } from './decimal-range.js';
import { quoteInput } from './quote-input.js';

/** Decimal text as a Decimal's `toString` writes it: plain, or with an exponent. */
const DECIMAL_FORM = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The longest text read: a Decimal in range of 64 significant digits (every result) writes at most
 * 105 characters (plain down to 10^-39, `-0.` and 38 zeros before its digits; an exponent below).
 * Longer text is refused before it is parsed, which the BigInt engine does in quadratic time (10
 * million digits took 12 s); a hand-built Decimal of more digits is refused with it.
 */
const LONGEST = 140;

/**
 * A value that passes `Decimal.isDecimal` without being `instanceof` this copy's Decimal (another
 * copy's, or an object that only carries the brand: `Symbol.for('bilateral-decimal')`, or
 * decimal.js's `toStringTag` field) as this copy's, read through its text only, never its fields
 * or methods.
 *
 * @throws BilateralError `INVALID_DECIMAL` when its `toString` throws or gives text that is no
 * finite decimal, `OUT_OF_RANGE` for text past {@link LONGEST}, an exponent of ten digits or a
 * value past the range; all
 * name `path`
 */
export function fromForeign(value: unknown, path: IssuePath): Decimal {
  let text: string | undefined;
  try {
    text = String(value);
  } catch {}
  if (text === undefined || !DECIMAL_FORM.test(text)) {
    throw new BilateralError('INVALID_DECIMAL', [
      {
        path,
        message: `${text === undefined ? 'a value whose text cannot be read' : quoteInput(text)} is not a finite decimal`,
      },
    ]);
  }
  // An exponent of ten digits or more is past the range (and past what the engines read).
  if (text.length > LONGEST || /e[+-]?\d{10}/i.test(text))
    outOfRange(path, `${quoteInput(text)} is past the supported range`);
  return checkRange(new Decimal(text), 'the value', path);
}
