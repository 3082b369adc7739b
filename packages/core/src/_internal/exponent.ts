import type { Decimal } from './decimal.js';

/**
 * The base-10 exponent of `value`'s leading digit (0 for zero): 2 for 123.45, −3 for 0.00123.
 * Read through methods that decimal.js and decimal.js-light (the script-tag bundle's engine)
 * both have, because their `e` properties differ: base 10 in decimal.js, base 10⁷ in the light
 * build.
 */
export function exponentOf(value: Decimal): number {
  return value.precision(true) - value.decimalPlaces() - 1;
}
