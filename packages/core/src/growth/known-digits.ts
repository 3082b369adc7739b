import type { Decimal } from '../_internal/decimal.js';
import { checkUnitPairs } from '../_internal/face-checks.js';

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

/**
 * The fewest significant digits of amounts, each known to its unit ({@link knownDigits}): what a
 * ratio of them is written with (`roundedShare`: a coverage ratio, exports ÷ imports);
 * `undefined` when every one is exact or 0. One rule for `bilateral report`'s coverage and the
 * balance card's.
 *
 * @param sides - the amounts, each with the unit it is known to (`undefined` when exact)
 * @returns the fewest digits, or `undefined`
 * @throws BilateralError `INVALID_INPUT` at `sides` for what is no array, at `sides[i]` for a side
 * that is no pair, at `sides[i][0]` for an amount that is no Decimal and at `sides[i][1]` for a unit
 * that is neither a Decimal nor `undefined`
 *
 * @example
 * ```ts
 * // US$491.9 million to the 0.1 million against "US$1 billion" to the billion.
 * fewestDigits([
 *   [new Decimal('491900000'), new Decimal('100000')],
 *   [new Decimal('1000000000'), new Decimal('1000000000')],
 * ]); //=> 1
 * fewestDigits([[new Decimal('5'), undefined]]); //=> undefined
 * ```
 *
 * @category Growth
 */
export function fewestDigits(
  sides: readonly (readonly [amount: Decimal, unit: Decimal | undefined])[],
): number | undefined {
  checkUnitPairs(sides);
  return uncheckedFewestDigits(sides);
}

/**
 * {@link fewestDigits} without its check of the pairs, for the core's own modules and the widgets
 * (from `@bilateral/core/internal`), which pass amounts and units they read.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedFewestDigits([[new Decimal('1500'), new Decimal('100')]]); //=> 2
 * ```
 */
export function uncheckedFewestDigits(
  sides: readonly (readonly [amount: Decimal, unit: Decimal | undefined])[],
): number | undefined {
  let fewest: number | undefined;
  for (const [amount, unit] of sides) {
    const digits = knownDigits(amount, unit);
    if (digits !== undefined) fewest = Math.min(digits, fewest ?? digits);
  }
  return fewest;
}
