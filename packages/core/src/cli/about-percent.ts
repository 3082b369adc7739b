import type { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { formatDecimal } from '../money/number-format.js';

/**
 * A rate that `roundedRate` rounded to whole percent or coarser, written as "about" it, signed
 * unless 0: how `bilateral report` writes a computed rate its figures know to less than a point.
 *
 * @example
 * ```ts
 * aboutPercent(new Decimal('0.3'), 'en'); //=> 'about +30 %'
 * aboutPercent(new Decimal('-0.03'), 'en'); //=> 'about -3 %'
 * ```
 */
export function aboutPercent(rate: Decimal, locale: Locale): string {
  const value = rate.times(100);
  const sign = value.isPositive() && !value.isZero() ? '+' : '';
  return `about ${sign}${formatDecimal(value, { locale, fractionDigits: 0, roundingMode: 'half-up', trimZeros: false })} %`;
}
