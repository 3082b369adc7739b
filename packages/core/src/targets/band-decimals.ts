import type { Decimal } from '../_internal/decimal.js';
import { checkDecimals } from '../_internal/face-checks.js';

/**
 * The decimals a growth band's percentages are written with: as many as the dataset wrote its
 * rates with (`0.1` and `0.15`: 0, for "10–15 %"; `0.105`: 1), one at most (a rate the core
 * computed has more). A source's "10–15 %" stays so, not "10.0–15.0 %". The one rule for
 * `bilateral report`'s target lines and the widgets' band.
 *
 * @param lower - the band's lower rate, a decimal fraction as the dataset wrote it
 * @param upper - the band's upper rate, likewise
 * @returns 0 or 1
 * @throws BilateralError `INVALID_INPUT` at `lower` or `upper` for what is no Decimal
 *
 * @example
 * ```ts
 * bandDecimals(new Decimal('0.1'), new Decimal('0.15')); //=> 0
 * bandDecimals(new Decimal('0.105'), new Decimal('0.15')); //=> 1
 * bandDecimals(new Decimal('0.10125'), new Decimal('0.15')); //=> 1
 * ```
 *
 * @category Targets
 */
export function bandDecimals(lower: Decimal, upper: Decimal): number {
  checkDecimals({ lower, upper });
  return uncheckedBandDecimals(lower, upper);
}

/**
 * {@link bandDecimals} without its check that both are Decimals, for the widgets (from
 * `@bilateral/core/internal`), which draw the bands of targets they read.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedBandDecimals(new Decimal('0.05'), new Decimal('0.075')); //=> 1
 * ```
 */
export function uncheckedBandDecimals(lower: Decimal, upper: Decimal): number {
  return Math.min(1, Math.max(0, lower.decimalPlaces() - 2, upper.decimalPlaces() - 2));
}
