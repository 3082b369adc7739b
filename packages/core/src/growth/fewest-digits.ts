import type { Decimal } from '../_internal/decimal.js';
import { checkUnitPairs } from '../_internal/face-checks.js';
import { uncheckedFewestDigits } from './unchecked-fewest-digits.js';

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
