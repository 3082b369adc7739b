import type { Decimal } from '../_internal/decimal.js';

/**
 * The significant digits an amount known to `unit` has (a published figure's `precision`, or a
 * value's `knownUnit`): those from its first digit down to the unit's. "US$524.5 million" known to
 * the 0.1 million has 4, "US$1 billion" known to the billion 1; at least 1 (an amount under its
 * unit is still known to one digit). `undefined` for an exact amount (no unit) or 0. The
 * amount-digits rule `roundedShare` writes a share or a coverage ratio with.
 *
 * @param amount - the amount
 * @param unit - the unit it is known to, positive; `undefined` when it is exact
 * @returns the digits, or `undefined`
 *
 * @example
 * ```ts
 * knownDigits(new Decimal('524500000'), new Decimal('100000')); //=> 4
 * knownDigits(new Decimal('1000000000'), new Decimal('1000000000')); //=> 1
 * knownDigits(new Decimal('524500000'), undefined); //=> undefined
 * ```
 *
 * @category Growth
 */
export function knownDigits(amount: Decimal, unit: Decimal | undefined): number | undefined {
  if (unit === undefined || !unit.isPositive() || unit.isZero() || amount.isZero()) {
    return undefined;
  }
  return Math.max(1, amount.abs().e - unit.e + 1);
}
