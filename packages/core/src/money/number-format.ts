import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { NUMBER_SEPARATORS, uncheckedGroupDigits } from './number-separators.js';

/**
 * How a number is rounded when it is formatted. `half-up` rounds halves away from zero (the
 * usual rule of statistical releases), `half-even` rounds halves to the even digit, `down`
 * truncates toward zero, `floor` and `ceil` round toward −∞ and +∞.
 *
 * @example
 * ```ts
 * const mode: RoundingMode = 'half-even';
 * ```
 *
 * @category Money
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'floor' | 'ceil';

// The engine's constants (`#decimal-engine`: decimal.js, or the BigInt engine in browsers).
const ROUNDING: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** Whether `mode` is a {@link RoundingMode}. */
export function isRoundingMode(mode: unknown): mode is RoundingMode {
  return typeof mode === 'string' && Object.hasOwn(ROUNDING, mode);
}

/** Options of {@link formatDecimal}. */
export interface DecimalFormatOptions {
  readonly locale: Locale;
  /** Digits after the decimal separator. */
  readonly fractionDigits: number;
  readonly roundingMode: RoundingMode;
  /** Drop trailing zeros of the fraction (`1.50` → `1.5`). */
  readonly trimZeros: boolean;
  /**
   * A compact amount's number (or an amount below the compact scales): Chinese groups its digits
   * only from five before the separator (`4573.6亿`, `12,345万亿`), as CLDR's compact patterns
   * (`0000亿`) and press and official releases write it: 万 and 亿 already count in fours.
   */
  readonly compact?: boolean;
}

/** Rounds a decimal to `fractionDigits` places with the named rounding mode. */
export function roundDecimal(value: Decimal, fractionDigits: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(fractionDigits, ROUNDING[mode]);
}

/**
 * Writes a decimal with the locale's separators, rounded as asked. Exact for any number of digits
 * (no conversion to a JavaScript number).
 */
export function formatDecimal(value: Decimal, options: DecimalFormatOptions): string {
  const rounded = roundDecimal(value, options.fractionDigits, options.roundingMode);
  const text = rounded.abs().toFixed(options.fractionDigits);
  const [integer = '0', rawFraction = ''] = text.split('.');
  const fraction = options.trimZeros ? rawFraction.replace(/0+$/, '') : rawFraction;
  const [decimal] = NUMBER_SEPARATORS[options.locale];
  const grouped = uncheckedGroupDigits(integer, options.locale, options.compact);
  const sign = rounded.lt(0) ? '-' : '';
  return `${sign}${grouped}${fraction === '' ? '' : decimal + fraction}`;
}
