/**
 * A trade row's turnover, balance, coverage ratio and position from its two exact flows' amounts
 * by digit work on a BigInt, where `bilateral report` computed them with `tradeBalance` (Decimal
 * sums, a 64-digit division) and the balance's interval (`flowsBalance`) for each of a million
 * rows: the same texts, exactly.
 *
 * @packageDocumentation
 */

import { digitCount, pow10 } from '../_internal/decimal-bigint.js';
import type { TradePosition } from '../balance/index.js';
import { type Exact, exactOf, exponent, plainText } from './exact-decimal.js';
import { COMPUTED_DIGITS } from './json-numbers.js';

/**
 * decimal.js's precision in the core (`DECIMAL_PRECISION`): the quotient's digits before
 * `computedJson`, and the most significant digits a sum or difference keeps exact.
 */
const QUOTIENT_DIGITS = 64;

/** The most digits an amount may have here (the supported range's 36 before the point, and more). */
const MOST_DIGITS = 60;

/**
 * What {@link exactTradeFigures} gives: a trade row's figures as `bilateral report` writes them.
 *
 * @example
 * ```ts
 * const figures: ExactTradeFigures = {
 *   turnover: '892900000', balance: '156100000', coverageRatio: '1.42372421281', position: 'surplus',
 * };
 * ```
 */
export interface ExactTradeFigures {
  /** Exports + imports, plain decimal text. */
  readonly turnover: string;
  /** Exports − imports, plain decimal text. */
  readonly balance: string;
  /** Exports ÷ imports to 64 significant digits, then 12 (`computedJson`); null for imports of 0. */
  readonly coverageRatio: string | null;
  /** The sign of the balance, as the single point an exact balance is. */
  readonly position: TradePosition;
}

/** A BigInt's digits rounded half to even to `keep` of them: the digits and how many were cut. */
function halfEven(digits: bigint, keep: number): { readonly digits: bigint; readonly cut: number } {
  const cut = Math.max(0, digitCount(digits) - keep);
  if (cut === 0) return { digits, cut };
  const step = pow10(cut);
  const kept = digits / step;
  const twice = (digits % step) * 2n;
  const up = twice > step || (twice === step && kept % 2n === 1n);
  return { digits: up ? kept + 1n : kept, cut };
}

/** Whether `digits` (a BigInt) has more significant digits than decimal.js keeps in a sum. */
function pastPrecision(digits: bigint): boolean {
  const magnitude = digits < 0n ? -digits : digits;
  // A compare for nearly every row; the text only for the rare one of 65 digits or more.
  if (magnitude < pow10(QUOTIENT_DIGITS)) return false;
  return magnitude.toString().replace(/0+$/, '').length > QUOTIENT_DIGITS;
}

/**
 * `exports ÷ imports` as `computedJson(exports.div(imports))` writes it: the quotient correctly
 * rounded half to even to decimal.js's 64 significant digits, then to 12; undefined where
 * `checkRange` could refuse it (an exponent far from 0).
 */
function coverage(exports: bigint, imports: bigint): string | undefined {
  if (exports === 0n) return '0';
  // exports × 10^shift ÷ imports has 64 or 65 digits before the point.
  let shift = QUOTIENT_DIGITS + digitCount(imports) - digitCount(exports);
  const scaled = (by: number) =>
    by >= 0 ? [exports * pow10(by), imports] : [exports, imports * pow10(-by)];
  let [top = 0n, bottom = 1n] = scaled(shift);
  let whole = top / bottom;
  if (digitCount(whole) > QUOTIENT_DIGITS) {
    shift -= 1;
    [top = 0n, bottom = 1n] = scaled(shift);
    whole = top / bottom;
  }
  const twice = (top % bottom) * 2n;
  const digits = twice > bottom || (twice === bottom && whole % 2n === 1n) ? whole + 1n : whole;
  const at = digitCount(digits) - 1 - shift;
  if (at >= 30 || at <= -90) return undefined;
  const twelve = halfEven(digits, COMPUTED_DIGITS);
  return plainText({ negative: false, digits: twelve.digits, places: shift - twelve.cut });
}

/**
 * The turnover, balance, coverage ratio and position of exports and imports given as plain decimal
 * text (`Decimal#toFixed`), both exact figures (no precision, not approximate nor derived) in one
 * currency: what `tradeBalance`, `computedJson` and `flowsBalance` give them, by digit work.
 * Undefined for amounts it does not take (below 0, more than 60 digits, of 35 digits or more
 * before the point, or whose sum or difference has more than decimal.js's 64 significant digits:
 * `tradeBalance` refuses them), which the report computes as before.
 *
 * @param exports - the exports' amount, plain decimal text
 * @param imports - the imports' amount, plain decimal text
 * @returns the row's figures, or undefined
 *
 * @example
 * ```ts
 * exactTradeFigures('524500000', '368400000');
 * //=> { turnover: '892900000', balance: '156100000', coverageRatio: '1.42372421281',
 * //     position: 'surplus' }
 * exactTradeFigures('0.5', '0')?.coverageRatio; //=> null
 * ```
 */
export function exactTradeFigures(exports: string, imports: string): ExactTradeFigures | undefined {
  const x = exactOf(exports, MOST_DIGITS);
  const m = exactOf(imports, MOST_DIGITS);
  if (x === undefined || m === undefined || x.negative || m.negative) return undefined;
  if (exponent(x) >= 34 || exponent(m) >= 34) return undefined;
  const places = Math.max(x.places, m.places);
  const at = (y: Exact) => y.digits * pow10(places - y.places);
  const [e, i] = [at(x), at(m)];
  const difference = e - i;
  if (pastPrecision(e + i) || pastPrecision(difference)) return undefined;
  const ratio = i === 0n ? null : coverage(e, i);
  if (ratio === undefined) return undefined;
  return {
    turnover: plainText({ negative: false, digits: e + i, places }),
    balance: plainText({
      negative: difference < 0n,
      digits: difference < 0n ? -difference : difference,
      places,
    }),
    coverageRatio: ratio,
    position: difference > 0n ? 'surplus' : difference < 0n ? 'deficit' : 'balanced',
  };
}
