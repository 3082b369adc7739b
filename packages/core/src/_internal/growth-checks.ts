import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Decimal } from './decimal.js';

// The checks of a growth calculation's result-bearing inputs: a base greater than 0, a rate above
// −100 %. Apart from `amounts.ts` (which reads and checks Money and decimals), so that code
// computing from values it knows are valid keeps these errors without loading those checks.

/** Throws `NON_POSITIVE_BASE` unless `value > 0`. */
export function assertPositiveBase(value: Decimal, what: string, path: IssuePath = []): void {
  if (!value.isPositive() || value.isZero()) {
    throw new BilateralError('NON_POSITIVE_BASE', [
      { path, message: `${what} is ${value.toString()}; growth needs a base greater than 0` },
    ]);
  }
}

/** Throws `NON_POSITIVE_BASE` for a rate (a decimal fraction) at or below −1 (−100 %). */
export function assertRateAboveMinusOne(value: Decimal, path: IssuePath): void {
  if (value.lte(-1)) {
    throw new BilateralError('NON_POSITIVE_BASE', [
      {
        path,
        message: `a rate of ${value.toString()} (${value.times(100).toString()} %) leaves a growth factor 1 + rate ≤ 0; rates must be greater than −1`,
      },
    ]);
  }
}
