import { Decimal } from '../_internal/decimal.js';

/**
 * How many significant digits `--json` gives a number the command computed by division or a
 * power: rates, ratios, implied values and the ends of their intervals. Figures as published,
 * and their sums and differences, stay exact.
 */
export const COMPUTED_DIGITS = 12;

/** A computed number for `--json`: {@link COMPUTED_DIGITS} significant digits, half-even, plain. */
export function computedJson(value: Decimal): string {
  return value.toSignificantDigits(COMPUTED_DIGITS).toFixed();
}

/**
 * A rate given in percent (`8.5`, as sources publish it) as `--json` gives every rate: a
 * fraction (`0.085`), exact for published rates.
 */
export function fractionOfPercent(percent: Decimal | string): string {
  return computedJson(new Decimal(percent).div(100));
}
