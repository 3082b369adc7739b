import { BilateralError, type IssuePath } from '../errors/bilateral-error.js';
import type { Decimal } from './decimal.js';

// Apart from the amounts' readers (amounts.ts), which a growth rate needs: only the balance, the
// indicators and the targets refuse negative trade values, and a bundler places a file whole in
// one chunk.

/** Throws `INVALID_INPUT` when a trade value is negative. */
export function assertNotNegative(value: Decimal, what: string, path: IssuePath = []): void {
  if (value.isNegative() && !value.isZero()) {
    throw new BilateralError('INVALID_INPUT', [
      { path, message: `${what} is ${value.toString()}; a trade value cannot be negative` },
    ]);
  }
}
