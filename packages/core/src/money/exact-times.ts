import { DECIMAL_PRECISION, Decimal } from '../_internal/decimal.js';
import { withPrecision } from '../_internal/with-precision.js';
import { BilateralError } from '../errors/index.js';

/**
 * `a × b`, exact (computed to the digits of both, which hold it); `PRECISION_EXCEEDED`, in
 * `exact`'s words, when it needs more than 64 significant digits.
 */
export function exactTimes(a: Decimal, b: Decimal): Decimal {
  const Wide = withPrecision(a.precision() + b.precision());
  const product = new Wide(a).times(new Wide(b));
  if (product.precision() > DECIMAL_PRECISION) {
    throw new BilateralError(
      'PRECISION_EXCEEDED',
      `${a.toString()} × ${b.toString()} needs more than ${DECIMAL_PRECISION} significant digits to be exact`,
    );
  }
  return new Decimal(product);
}
