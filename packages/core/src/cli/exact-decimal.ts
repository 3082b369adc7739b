/**
 * Exact decimals as a BigInt of digits and a count of decimal places, read from and written as
 * the plain text `Decimal#toFixed` gives: the digit work of the report's fast paths
 * (`compactAmount`, `exactTradeFigures`), which must give what decimal.js gives, exactly.
 *
 * @packageDocumentation
 */
import { digitCount, pow10 } from '../_internal/decimal-bigint.js';

/**
 * An exact decimal: `sign × digits × 10^-places` (`places` may be below 0), `digits` ≥ 0, never
 * a negative zero.
 *
 * @example
 * ```ts
 * const x: Exact = { negative: true, digits: 12345n, places: 2 }; // -123.45
 * ```
 */
export interface Exact {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly places: number;
}

/**
 * A plain decimal text (`-1234.5`, as `Decimal#toFixed` writes one) read exactly; undefined for
 * any other text or one of more than `mostDigits` significant digits.
 *
 * @example
 * ```ts
 * exactOf('-123.45', 60); //=> { negative: true, digits: 12345n, places: 2 }
 * exactOf('1e5', 60); //=> undefined
 * ```
 */
export function exactOf(text: string, mostDigits: number): Exact | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  const all = (whole + fraction).replace(/^0+/, '');
  if (all.length > mostDigits) return undefined;
  const digits = all === '' ? 0n : BigInt(all);
  return { negative: sign === '-' && digits !== 0n, digits, places: fraction.length };
}

/**
 * The power of ten of an exact decimal's leading digit (0 for zero), as Decimal's `e`.
 *
 * @example
 * ```ts
 * exponent({ negative: false, digits: 12345n, places: 2 }); //=> 2
 * ```
 */
export function exponent(x: Exact): number {
  return x.digits === 0n ? 0 : digitCount(x.digits) - 1 - x.places;
}

/**
 * An exact decimal as `Decimal#toFixed()` writes it: plain, no trailing zero after the point.
 *
 * @example
 * ```ts
 * plainText({ negative: true, digits: 123450n, places: 3 }); //=> '-123.45'
 * plainText({ negative: false, digits: 12n, places: -2 }); //=> '1200'
 * ```
 */
export function plainText(x: Exact): string {
  if (x.digits === 0n) return '0';
  let all = x.digits.toString();
  let places = x.places;
  while (places > 0 && all.endsWith('0')) {
    all = all.slice(0, -1);
    places -= 1;
  }
  const sign = x.negative ? '-' : '';
  if (places <= 0) return `${sign}${all}${'0'.repeat(-places)}`;
  const padded = all.padStart(places + 1, '0');
  return `${sign}${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

/**
 * `x ÷ 10^k`, exact.
 *
 * @example
 * ```ts
 * shifted({ negative: false, digits: 15n, places: 1 }, 2); //=> { …, digits: 15n, places: 3 } (0.015)
 * ```
 */
export const shifted = (x: Exact, k: number): Exact => ({ ...x, places: x.places + k });

/**
 * `x` rounded to `places` decimal places (below 0: to tens, hundreds…), halves away from zero
 * (Decimal's `ROUND_HALF_UP`), never to a negative zero.
 *
 * @example
 * ```ts
 * rounded({ negative: true, digits: 125n, places: 2 }, 1); //=> { negative: true, digits: 13n, places: 1 }
 * ```
 */
export function rounded(x: Exact, places: number): Exact {
  if (x.places <= places) {
    return { ...x, digits: x.digits * pow10(places - x.places), places };
  }
  const step = pow10(x.places - places);
  const digits = (x.digits + step / 2n) / step;
  return { negative: x.negative && digits !== 0n, digits, places };
}
