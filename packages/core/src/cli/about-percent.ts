import type { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { localPercent } from './local-numbers.js';
import { REPORT_WORDS } from './report-words/index.js';

/**
 * A rate that `roundedRate` rounded to whole percent or coarser, written as "about" it, signed
 * unless 0 (signs as {@link localPercent} writes them), "about" in the locale's words: how `bilateral report` writes a computed
 * rate its figures know to less than a point.
 *
 * @example
 * ```ts
 * aboutPercent(new Decimal('0.3'), 'en'); //=> 'about +30 %'
 * aboutPercent(new Decimal('-0.03'), 'en'); //=> 'about -3 %'
 * aboutPercent(new Decimal('-0.1'), 'vi'); //=> 'khoảng −10%'
 * aboutPercent(new Decimal('0.3'), 'zh'); //=> '约+30%'
 * ```
 */
export function aboutPercent(rate: Decimal, locale: Locale): string {
  return REPORT_WORDS[locale].about(localPercent(rate.times(100), 0, locale));
}
