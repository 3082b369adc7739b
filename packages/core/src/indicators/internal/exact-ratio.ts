import { DECIMAL_PRECISION, Decimal } from '../../_internal/decimal.js';
import { checkRange } from '../../_internal/decimal-range.js';
import { withPrecision } from '../../_internal/with-precision.js';

/**
 * Enough digits to hold any product or sum of squares of values in the supported range exactly:
 * a value has at most 36 + 100 significant digits, a product of two at most 272.
 */
const Exact = Decimal.clone({ precision: 400 });

/** `Π factors`, every digit kept. */
export function exactProduct(...factors: readonly Decimal[]): Decimal {
  let product = new Exact(1);
  for (const factor of factors) product = product.times(new Exact(factor));
  return new Decimal(product);
}

/** `Σ values`, every digit kept. */
export function exactSum(values: Iterable<Decimal>): Decimal {
  let sum = new Exact(0);
  for (const value of values) sum = sum.plus(new Exact(value));
  return new Decimal(sum);
}

/** `Σ values²`, every digit kept. */
export function exactSumOfSquares(values: Iterable<Decimal>): Decimal {
  let sum = new Exact(0);
  for (const value of values) sum = sum.plus(new Exact(value).times(new Exact(value)));
  return new Decimal(sum);
}

/**
 * `numerator ÷ denominator` (exact Decimals carrying any number of digits) rounded once to 64
 * significant digits, half to even, whatever the precision of the engine's `Decimal` clone. The quotient is first taken to
 * `64 + d + 2` digits, `d` the denominator's significant digits: unless the quotient is exact,
 * no run of `d` zeros can follow the 64th digit (the remainder there is a whole number of units
 * below the denominator), so rounding that quotient to 64 digits rounds the exact one.
 * `denominator` is the caller's to check for 0.
 *
 * @throws BilateralError `OUT_OF_RANGE` naming `what` when the ratio is past the supported range
 */
export function exactRatio(numerator: Decimal, denominator: Decimal, what: string): Decimal {
  const Quotient = withPrecision(DECIMAL_PRECISION + denominator.precision() + 2);
  const quotient = new Quotient(numerator).div(new Quotient(denominator));
  return checkRange(
    new Decimal(quotient.toSignificantDigits(DECIMAL_PRECISION, Decimal.ROUND_HALF_EVEN)),
    what,
  );
}
