import type { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { localPercent } from './local-numbers.js';

/**
 * A rate that `roundedRate` rounded to whole percent or coarser, written as "about" it, signed
 * unless 0 (signs as {@link localPercent} writes them): how `bilateral report` writes a computed
 * rate its figures know to less than a point.
 *
 * @example
 * ```ts
 * aboutPercent(new Decimal('0.3'), 'en'); //=> 'about +30 %'
 * aboutPercent(new Decimal('-0.03'), 'en'); //=> 'about -3 %'
 * aboutPercent(new Decimal('-0.1'), 'vi'); //=> 'about −10%'
 * ```
 */
export function aboutPercent(rate: Decimal, locale: Locale): string {
  return `about ${localPercent(rate.times(100), 0, locale)}`;
}
