// A module of its own, apart from `fewest-digits.ts`: the growth barrel re-exports that one with
// `export *` into the root entry, which has no unchecked face (the widgets take this one from
// `@bilateral/core/internal`).
import type { Decimal } from '../_internal/decimal.js';
import { knownDigits } from './known-digits.js';

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
