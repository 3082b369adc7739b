import { Decimal } from './decimal.js';

/**
 * Whether the engine keeps the base-10 exponent in `e`: decimal.js does; decimal.js-light (the
 * script-tag bundle's engine) keeps a base-10⁷ exponent there and gives the base-10 one through
 * `exponent()`. Reading `e` directly matters: the exact sums of Money ask for it twice per
 * addition, and a method computing it from the digits made `sum` of 1 M amounts 50 % slower.
 */
const BASE_10_E = new Decimal(10_000_000).e === 7;

/**
 * The base-10 exponent of `value`'s leading digit (0 for zero): 2 for 123.45, −3 for 0.00123.
 */
export const exponentOf: (value: Decimal) => number = BASE_10_E
  ? (value) => value.e
  : (value) => (value as unknown as { exponent(): number }).exponent();
