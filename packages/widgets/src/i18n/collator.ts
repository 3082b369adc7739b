import type { Locale } from '@bilateral/core/calc';
import { memoized } from '../data/memoized.js';

/** The alphabetical order of a language (`Đ` after `D` in Vietnamese), made once per locale. */
export function collatorFor(locale: Locale): Intl.Collator {
  return memoized(Intl.Collator, locale, () => new Intl.Collator(locale));
}
