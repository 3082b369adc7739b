/**
 * An exact decimal's digits as `formatDecimal` writes them in a locale (its separators read from
 * `formatDecimal` itself), for the report's fast paths (`compactAmount`, `coverPercent`).
 *
 * @packageDocumentation
 */
import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { formatDecimal } from '../money/number-format.js';
import { type Exact, rounded } from './exact-decimal.js';

/** The decimal and group separators `formatDecimal` writes in a locale. */
const SEPARATORS = new Map<Locale, readonly [decimal: string, group: string]>();
function separatorsOf(locale: Locale): readonly [decimal: string, group: string] {
  let pair = SEPARATORS.get(locale);
  if (pair === undefined) {
    const text = formatDecimal(new Decimal('1234.5'), {
      locale,
      fractionDigits: 1,
      roundingMode: 'half-up',
      trimZeros: false,
    });
    pair = [text.charAt(5), text.charAt(1)];
    SEPARATORS.set(locale, pair);
  }
  return pair;
}

/**
 * `formatDecimal` of `x` (half-up, `fractionDigits` places), its sign apart: the digits with the
 * locale's separators, and whether the rounded number is below 0.
 *
 * @example
 * ```ts
 * formatted({ negative: true, digits: 123456n, places: 2 }, 1, false, 'vi');
 * //=> { text: '1.234,6', negative: true }
 * ```
 */
export function formatted(
  x: Exact,
  fractionDigits: number,
  trimZeros: boolean,
  locale: Locale,
): { readonly text: string; readonly negative: boolean } {
  const r = rounded(x, fractionDigits);
  const all = r.digits.toString().padStart(fractionDigits + 1, '0');
  const integer = all.slice(0, all.length - fractionDigits);
  let fraction = all.slice(all.length - fractionDigits);
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const [decimal, group] = separatorsOf(locale);
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return { text: `${grouped}${fraction === '' ? '' : decimal + fraction}`, negative: r.negative };
}
