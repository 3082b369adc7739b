import { BilateralError, type IssuePath } from '../errors/index.js';
import { Decimal } from './decimal.js';
import { exponentOf } from './exponent.js';

/**
 * Every amount, rate and ratio is less than 10^36 in absolute value: at most 36 digits before the
 * decimal point (trade values reach 10^18 even in Vietnamese đồng).
 */
export const MAX_INTEGER_DIGITS = 36;

/** A value written as text or a JavaScript number has at most 36 digits after the decimal point. */
export const MAX_WRITTEN_DECIMALS = 36;

/**
 * The smallest exponent a non-zero Decimal may have: |x| ≥ 10^-100. Computed values (a rate of
 * 1/3 carries 64 decimals, one from values 10^-36 apart 72) pass; 1e-9999999 does not.
 */
export const MIN_EXPONENT = -100;

/** The supported range in words, for messages and docs. */
export const RANGE_WORDS = 'less than 10^36 in absolute value';

const ZERO = new Decimal(0);

/** Throws `OUT_OF_RANGE` with one issue at `path`. */
export function outOfRange(path: IssuePath, message: string): never {
  throw new BilateralError('OUT_OF_RANGE', [{ path, message }]);
}

/**
 * A Decimal named in a message: at most 7 significant digits, in exponent form when large or
 * small (`4e+71`), so a message stays one line.
 */
function describeDecimal(value: Decimal): string {
  if (!value.isFinite()) return value.toString();
  const short = value.toSignificantDigits(7);
  const exponent = exponentOf(short);
  const text = exponent >= 21 || exponent < -6 ? short.toExponential() : short.toString();
  return short.eq(value) ? text : `about ${text}`;
}

/**
 * Checks a Decimal — given by the caller or computed by the library — against the supported
 * range: finite, `|x| < 10^36`, and 0 or `|x| ≥ 10^-100`. Gives it back with a negative zero made
 * `0`.
 *
 * @throws BilateralError `OUT_OF_RANGE` naming `what` and `path`
 */
export function checkRange(value: Decimal, what: string, path: IssuePath = []): Decimal {
  if (!value.isFinite()) {
    outOfRange(path, `${what} is ${value.toString()}, not a finite number`);
  }
  const exponent = exponentOf(value);
  if (exponent >= MAX_INTEGER_DIGITS) {
    outOfRange(
      path,
      `${what} is ${describeDecimal(value)}, past the supported range: values must be ${RANGE_WORDS}`,
    );
  }
  if (value.isZero()) return value.isNegative() ? ZERO : value;
  if (exponent < MIN_EXPONENT) {
    outOfRange(
      path,
      `${what} is ${describeDecimal(value)}, below the smallest supported magnitude (10^${MIN_EXPONENT})`,
    );
  }
  return value;
}
