import { DECIMAL_PRECISION, Decimal } from './decimal.js';
import { exponentOf } from './exponent.js';
import { withPrecision } from './with-precision.js';

/** Digits that hold `a ± b` exactly, capped at 1,000 (past that the rounding is far below 64 digits). */
function exactDigits(a: Decimal, b: Decimal): number {
  const ea = exponentOf(a);
  const eb = exponentOf(b);
  const top = Math.max(ea, eb) + 2;
  const bottom = Math.min(ea - a.precision() + 1, eb - b.precision() + 1);
  return Math.min(Math.max(top - bottom, DECIMAL_PRECISION), 1000);
}

/**
 * `a − b` with every digit kept (a Decimal carrying more than 64 digits), so that a following
 * division rounds only once. For rate arithmetic; levels use Money's exact `subtract`.
 */
export function preciseDifference(a: Decimal, b: Decimal): Decimal {
  const High = withPrecision(exactDigits(a, b));
  return new Decimal(new High(a).minus(new High(b)));
}

/** `a + b` with every digit kept (see {@link preciseDifference}). */
export function preciseSum(a: Decimal, b: Decimal): Decimal {
  const High = withPrecision(exactDigits(a, b));
  return new Decimal(new High(a).plus(new High(b)));
}
