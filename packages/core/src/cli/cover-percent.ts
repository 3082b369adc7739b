/**
 * A coverage ratio in percent to one decimal, as the report's `cover` writes a row's ratio where
 * its sides are exact, by digit work: a million rows each took a Decimal product, two roundings and
 * `formatDecimal`.
 *
 * @packageDocumentation
 */
import { Decimal } from '../_internal/decimal.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import type { Locale } from '../economy/locale.js';
import { exactOf, exponent, rounded, shifted } from './exact-decimal.js';
import { formatted } from './local-digits.js';
import { localPercent } from './local-numbers.js';

/** What `localPercent` writes after the number in each locale (` %`, `%`), read from it. */
const SUFFIXES = new Map<Locale, string>();
const suffixOf = (locale: Locale): string =>
  getOrCreate(SUFFIXES, locale, () => localPercent(new Decimal(0), 0, locale, false).slice(1));

/**
 * `localPercent(percent, decimals, locale, false)` of `roundedShare(ratio, undefined)`: a ratio of
 * 0 or more (plain decimal text, as `computedJson` writes it) in percent, rounded half up to one
 * decimal (under 0.1 %, down to its first digit: `0.04 %`, not `0.0 %`), with the locale's
 * separators and percent sign; undefined for a ratio below 0 or of more than
 * 60 digits, which `cover` writes as before.
 *
 * @example
 * ```ts
 * coverPercent('1.42372421281', 'vi'); //=> '142,4%'
 * coverPercent('0.891620111732', 'en'); //=> '89.2 %'
 * coverPercent('12.3456', 'en'); //=> '1,234.6 %'
 * coverPercent('0.0004', 'en'); //=> '0.04 %'
 * ```
 */
export function coverPercent(ratio: string, locale: Locale): string | undefined {
  const x = exactOf(ratio, 60);
  if (x === undefined || x.negative) return undefined;
  const percent = shifted(x, -2);
  // One decimal, or under 0.1 % down to its first digit, that digit rounded (0.0999 %: 0.1 %), as
  // roundedShare gives it.
  const decimals = Math.max(1, -exponent(rounded(percent, -exponent(percent))));
  return `${formatted(percent, decimals, false, locale).text}${suffixOf(locale)}`;
}
