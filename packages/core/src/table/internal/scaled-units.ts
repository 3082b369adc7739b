import { Decimal } from '../../_internal/decimal.js';

/** The most decimal places a flow table holds (its common scale never exceeds it). */
export const MAX_SCALE = 36;

/** The largest integer a float64 holds exactly together with every smaller one: 2^53 − 1. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Exact powers of ten as float64 (10^0 … 10^22 are all exact). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** An exact integer: a float64 while within ±(2^53 − 1), a bigint past it. */
export type ExactUnits = number | bigint;

/** What {@link parseUnitsText} read: the digits as an integer and how many of them are decimals. */
export interface ParsedUnits {
  /** The digits as an integer, exact when at most {@link MAX_EXACT}; otherwise see `big`. */
  mantissa: number;
  /** The digits as a bigint when `mantissa` passed {@link MAX_EXACT}; `null` otherwise. */
  big: bigint | null;
  /** Decimal places after trailing zeros are dropped (`"1.50"` → 1). */
  decimals: number;
}

/**
 * Reads a non-negative decimal text `digits[.digits]` into `out` without a float or a Decimal
 * per value: `"1491.9"` → mantissa 14919, decimals 1. Returns false for any other form.
 * Detecting an integer past 2^53 is exact: float64 rounding is monotonic, so the accumulated
 * float passes {@link MAX_EXACT} exactly when the true integer does.
 */
export function parseUnitsText(text: string, out: ParsedUnits): boolean {
  const length = text.length;
  let mantissa = 0;
  let dot = -1;
  let trailingZeros = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      trailingZeros = code === 48 && dot >= 0 ? trailingZeros + 1 : 0;
    } else if (code === 46 && dot < 0 && i > 0 && i < length - 1) {
      dot = i;
    } else {
      return false;
    }
  }
  if (length === 0) return false;
  const decimals = dot < 0 ? 0 : length - dot - 1 - trailingZeros;
  if (mantissa <= MAX_EXACT) {
    out.mantissa = trailingZeros === 0 ? mantissa : mantissa / (POW10[trailingZeros] as number);
    out.big = null;
  } else {
    const digits =
      dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1, length - trailingZeros);
    const big = BigInt(digits);
    out.mantissa = Number(big);
    out.big = big <= BigInt(MAX_EXACT) ? null : big;
  }
  out.decimals = decimals;
  return true;
}

/**
 * `mantissa × 10^shift` exactly: a float64 when the product stays within {@link MAX_EXACT}
 * (10^k is exact up to k = 22, and a product of exact integers that fits is exact), a bigint past it.
 */
export function rescaleUnits(mantissa: number, big: bigint | null, shift: number): ExactUnits {
  if (big === null) {
    if (mantissa === 0) return 0;
    if (shift <= 22) {
      const product = mantissa * (POW10[shift] as number);
      if (product <= MAX_EXACT) return product;
    }
    return BigInt(mantissa) * 10n ** BigInt(shift);
  }
  return big * 10n ** BigInt(shift);
}

/** An exact integer as a bigint. */
export function toBig(units: ExactUnits): bigint {
  return typeof units === 'bigint' ? units : BigInt(units);
}

/** Integer units back to a number when within {@link MAX_EXACT}; otherwise kept as a bigint. */
function narrow(units: bigint): ExactUnits {
  return units >= -BigInt(MAX_EXACT) && units <= BigInt(MAX_EXACT) ? Number(units) : units;
}

/** `a + b` exactly. */
export function addUnits(a: ExactUnits, b: ExactUnits): ExactUnits {
  if (typeof a === 'number' && typeof b === 'number') {
    const total = a + b;
    if (total <= MAX_EXACT && total >= -MAX_EXACT) return total;
  }
  return narrow(toBig(a) + toBig(b));
}

/** `a − b` exactly. */
export function subtractUnits(a: ExactUnits, b: ExactUnits): ExactUnits {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (difference <= MAX_EXACT && difference >= -MAX_EXACT) return difference;
  }
  return narrow(toBig(a) - toBig(b));
}

/** Compares two exact integers: negative, 0 or positive. */
export function compareUnits(a: ExactUnits, b: ExactUnits): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Integer units at `scale` decimal places as an exact Decimal (`14919`, 1 → `1491.9`). */
export function unitsToDecimal(units: ExactUnits, scale: number): Decimal {
  return new Decimal(unitsToText(units, scale));
}

/** Integer units at `scale` decimal places as decimal text, trailing zeros dropped. */
export function unitsToText(units: ExactUnits, scale: number): string {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const cut = digits.length - scale;
    const decimals = digits.slice(cut).replace(/0+$/, '');
    digits = decimals === '' ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${decimals}`;
  }
  return negative ? `-${digits}` : digits;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * `numerator ÷ denominator` (denominator > 0) as the float64 nearest the exact quotient (half to
 * even): one rounding. Two integers within {@link MAX_EXACT} divide in float64 directly (IEEE 754
 * division is correctly rounded); past it the quotient is taken in BigInt with at least 55
 * significant bits and a sticky bit for the remainder, then rounded once by `Number()`.
 */
export function divideRounded(numerator: ExactUnits, denominator: ExactUnits): number {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    return numerator / denominator;
  }
  const n = toBig(numerator);
  const d = toBig(denominator);
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  if (magnitude === 0n) return 0;
  const shift = Math.max(0, 55 + bitLength(d) - bitLength(magnitude));
  const scaled = magnitude << BigInt(shift);
  let quotient = scaled / d;
  if (scaled % d !== 0n) quotient |= 1n;
  const value = Number(quotient) * 2 ** -shift;
  return negative ? -value : value;
}
