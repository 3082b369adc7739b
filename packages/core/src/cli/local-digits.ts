/**
 * An exact decimal's digits as `formatDecimal` writes them in a locale (the separators of
 * `NUMBER_SEPARATORS` and the grouping of `groupDigits`, as it takes them), for the report's fast
 * paths (`compactAmount`, `coverPercent`); `report-fast-paths.test.ts` keeps the texts equal in
 * every locale.
 *
 * @packageDocumentation
 */
import type { Locale } from '../economy/locale.js';
import { groupDigits, NUMBER_SEPARATORS } from '../money/number-separators.js';
import { type Exact, rounded } from './exact-decimal.js';

/**
 * `formatDecimal` of `x` (half-up, `fractionDigits` places, `compact` as its option), its sign
 * apart: the digits with the locale's separators, and whether the rounded number is below 0.
 *
 * @example
 * ```ts
 * formatted({ negative: true, digits: 123456n, places: 2 }, 1, false, 'vi');
 * //=> { text: '1.234,6', negative: true }
 * formatted({ negative: false, digits: 45736n, places: 1 }, 1, true, 'zh', true).text;
 * //=> '4573.6' (a compact number in Chinese: grouped from five digits)
 * ```
 */
export function formatted(
  x: Exact,
  fractionDigits: number,
  trimZeros: boolean,
  locale: Locale,
  compact = false,
): { readonly text: string; readonly negative: boolean } {
  const r = rounded(x, fractionDigits);
  const all = r.digits.toString().padStart(fractionDigits + 1, '0');
  const integer = all.slice(0, all.length - fractionDigits);
  let fraction = all.slice(all.length - fractionDigits);
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const [decimal] = NUMBER_SEPARATORS[locale];
  const grouped = groupDigits(integer, locale, compact);
  return { text: `${grouped}${fraction === '' ? '' : decimal + fraction}`, negative: r.negative };
}
