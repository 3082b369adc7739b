import * as fc from 'fast-check';
import { Decimal } from '../../_internal/decimal.js';

/** An exact rational `num ÷ den` (den > 0), the independent arithmetic the properties check against. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Trade values with up to 2 decimals, 0 to 10^15, as their text and as hundredths. */
export const cents = fc.bigInt({ min: 0n, max: 10n ** 17n });

/** `hundredths ÷ 100` as decimal text. */
export function centsText(hundredths: bigint): string {
  const whole = hundredths / 100n;
  const rest = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${rest}`;
}

/** A Decimal as an exact rational. */
export function rationalOf(value: Decimal): Rational {
  const text = new Decimal(value).toFixed();
  const [whole = '0', fraction = ''] = text.split('.');
  const den = 10n ** BigInt(fraction.length);
  return { num: BigInt(`${whole}${fraction}`.replace(/^(-?)0+(?=\d)/, '$1')), den };
}

/**
 * Whether `value` is `exact` rounded to 64 significant digits: its relative error is at most
 * half a unit in the 64th digit (0 when `exact` is 0).
 */
export function isRounded64(value: Decimal, exact: Rational): boolean {
  const got = rationalOf(value);
  const error = abs(got.num * exact.den - exact.num * got.den);
  // |got − exact| ≤ ½ · 10^-63 · |exact|  ⇔  2 · 10^63 · error ≤ |exact.num| · got.den
  return 2n * 10n ** 63n * error <= abs(exact.num) * got.den;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
