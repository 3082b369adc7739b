/**
 * Powers on the browsers' decimal engine (`decimal-bigint.ts`): `power(x, y)` is decimal.js's
 * `x.pow(y)`, correctly rounded for any exponent (the engine has no `pow` method). A whole exponent
 * (up to 2^53) is computed exactly and rounded once while the exact power has at most four times
 * the precision's digits; any other power (the larger whole ones included) is `exp(y × ln x)` computed in binary fixed point with guard digits, ln by reduction to
 * [0.75, 1.5) and an atanh series, exp by reduction modulo ln 10 and halving, a Taylor series and
 * squaring. A result whose guard digits sit too close to a rounding boundary is computed again
 * with more guard digits: for a fractional exponent, as many again as the precision, and one that
 * is still there is a result exactly on the boundary (`1.21^0.5` is 1.1), rounded as that exact
 * value; for a whole one, twice as many until the rounding is decided (such a power is never on a
 * boundary).
 *
 * It is a module of its own, not a method, so that a bundle carries the logarithm and the
 * exponential only where the core computes such a power (compound rates and constant-rate paths:
 * `precise.ts`): a growth page never does. The core imports it as `#decimal-power`, which
 * package.json `imports` resolves to this module under the `browser` condition and to
 * `decimal-js-power.mjs` (decimal.js's `pow`) elsewhere.
 *
 * @example
 * ```ts
 * import { Decimal } from './decimal-bigint.js';
 * const High = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN });
 * power(new High('1.61051'), '0.2').toString();
 * //=> '1.1'
 * ```
 *
 * @internal
 * @module
 */
import {
  type BigDecimal,
  type Ctor,
  digitCount,
  fail,
  finalise,
  MAX_E,
  make,
  type Numeric,
  pow10,
} from './decimal-bigint.js';

/** `y` as a safe integer if it is a whole number of at most 16 digits, else `undefined`. */
export function wholeExponent(y: BigDecimal): number | undefined {
  const k = y.q >= 0 && y.e < 16 ? Number(y.c) * 10 ** y.q * y.s : 0.5;
  return Number.isSafeInteger(k) ? k : undefined;
}

/**
 * `x^y` computed exactly and rounded once (a negative power as the correctly rounded quotient of
 * 1 by the exact power): `y` = 0, `x` = 0 or `x` = 1, or `y` a whole exponent (`wholeExponent`)
 * whose exact power has at most `digits` digits (any number of them for a power of ten);
 * `undefined` for any other power.
 *
 * @throws Error `[DecimalError] Division by zero` for 0 to a negative power, `Exponent out of
 * range` past 10^9e15
 */
export function exactPower(x: BigDecimal, y: BigDecimal, digits: number): BigDecimal | undefined {
  const C = x.constructor as Ctor;
  if (y.c === 0n || (x.c === 1n && x.q === 0 && x.s === 1)) return new C(1);
  if (x.c === 0n) {
    if (y.s < 0) fail('Division by zero');
    return new C(0);
  }
  const k = wholeExponent(y);
  if (k === undefined) return undefined;
  const magnitude = Math.abs(k);
  if (x.c !== 1n && x.n * magnitude > digits) return undefined;
  const sign = x.s < 0 && magnitude % 2 === 1 ? -1 : 1;
  const power = make(C, 1, x.c ** BigInt(magnitude), x.q * magnitude);
  return k < 0 ? new C(sign).div(power) : finalise(C, sign, power.c, power.q, power.n);
}

/**
 * `x^y`, correctly rounded to the precision and rounding mode of x's constructor.
 *
 * @throws Error `[DecimalError]` for 0 to a negative power, a non-integer power of a negative
 * number, or a result past 10^9e15
 */
export function power(x: BigDecimal, y: Numeric): BigDecimal {
  const C = x.constructor as Ctor;
  const exponent = new C(y);
  // Exact up to four times the precision's digits: past that, ln and exp are quicker.
  const exact = exactPower(x, exponent, 4 * (C.precision + 60));
  if (exact !== undefined) return exact;
  const k = wholeExponent(exponent);
  if (k === undefined && x.s < 0) {
    fail(`Power of a negative number: ${x.toString()}^${exponent.toString()}`);
  }
  // A whole power too long to compute exactly has more digits than the precision and one more,
  // so it never lies on a rounding boundary; |x|^k has the sign of x when k is odd.
  return nearestRounding(
    C,
    k !== undefined && x.s < 0 && k % 2 !== 0 ? -1 : 1,
    k === undefined,
    (guard) => expOfProduct(x, exponent, C.precision + guard),
  );
}

/**
 * Rounds an approximation to `C`'s precision and rounding mode. `approximate(guard)` gives
 * `[c, q]` with `c × 10^q` within 10 units of c's last digit of the true value, at least `guard`
 * digits past the precision. While those digits lie within that distance of a rounding boundary,
 * it is asked again with more guard digits. When the value may be exact (`mayBeExact`: an exact
 * result such as 2 from `4^0.5`), a value still there with `2 × precision + 24` guard digits is
 * taken to lie on the boundary; otherwise the guard digits double until the rounding is decided.
 */
function nearestRounding(
  C: Ctor,
  sign: number,
  mayBeExact: boolean,
  approximate: (guard: number) => readonly [bigint, number],
): BigDecimal {
  for (let guard = 12; ; guard = mayBeExact ? 2 * C.precision + 24 : 2 * guard) {
    const [c, q] = approximate(guard);
    const unit = pow10(digitCount(c) - C.precision);
    const half = unit / 2n;
    const offset = (c % unit) % half;
    if (offset >= 10n && half - offset >= 10n) return finalise(C, sign, c, q);
    if (mayBeExact && guard > 12) {
      return finalise(C, sign, ((c + half / 2n) / half) * half, q);
    }
  }
}

/** `2^bits × atanh(1/k)`, to within a few units. */
function atanhOfInverse(k: bigint, bits: number): bigint {
  const k2 = k * k;
  let term = (1n << BigInt(bits)) / k;
  let sum = term;
  for (let i = 3n; term !== 0n; i += 2n) {
    term /= k2;
    sum += term / i;
  }
  return sum;
}

/** ln 2 and ln 10 in fixed point, computed once at the most bits yet asked for. */
let constants = { bits: 0, ln2: 0n, ln10: 0n };

/** `[ln 2, ln 10]` at `bits` bits, to within a unit. */
function logConstants(bits: number): readonly [bigint, bigint] {
  if (constants.bits < bits) {
    const wide = bits + 32;
    const ln2 = 2n * atanhOfInverse(3n, wide);
    // ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    constants = { bits: wide, ln2, ln10: 3n * ln2 + 2n * atanhOfInverse(9n, wide) };
  }
  const shift = BigInt(constants.bits - bits);
  return [constants.ln2 >> shift, constants.ln10 >> shift];
}

/**
 * `2^bits × ln x` for x > 0, to within a few units times the size of x's exponent: x is
 * `m × 10^e` with m in [1, 10), and m ÷ 2^j in [0.75, 1.5) gives the atanh series
 * ln u = 2 atanh((u − 1)/(u + 1)) in steps of at most 0.04.
 */
function lnFixed(x: BigDecimal, bits: number): bigint {
  const [ln2, ln10] = logConstants(bits);
  const one = 1n << BigInt(bits);
  const lead = Number(x.c / pow10(Math.max(0, x.n - 3))) / 10 ** Math.min(2, x.n - 1);
  const j = lead < 1.5 ? 0 : lead < 3 ? 1 : lead < 6 ? 2 : 3;
  const u = (x.c << BigInt(bits - j)) / pow10(x.n - 1);
  const z = ((u - one) << BigInt(bits)) / (u + one);
  const z2 = (z * z) >> BigInt(bits);
  let term = z;
  let sum = z;
  for (let i = 3n; term !== 0n; i += 2n) {
    term = (term * z2) / one;
    sum += term / i;
  }
  return BigInt(x.e) * ln10 + BigInt(j) * ln2 + 2n * sum;
}

/** Halvings before exp's Taylor series; each costs a squaring and saves about a term. */
const HALVINGS = 24;

/**
 * `exp(t / 2^bits)` as `[c, q]`, c with `digits` digits or one more, within a unit of its last
 * digit: t = k ln 10 + r with |r| ≤ 1.2, then exp(r) = exp(r / 2^24)^(2^24).
 *
 * @throws Error `[DecimalError] Exponent out of range` past 10^±9e15
 */
function expFixed(t: bigint, bits: number, digits: number): readonly [bigint, number] {
  const approximate = Number(t >> BigInt(bits - 32)) / 2 ** 32;
  const k = Math.round(approximate / Math.LN10);
  if (!(Math.abs(k) < MAX_E)) fail('Exponent out of range');
  const wide = bits + HALVINGS + 16 + Math.ceil(Math.log2(Math.abs(k) + 1));
  const [, ln10] = logConstants(wide);
  const one = 1n << BigInt(wide);
  const r = ((t << BigInt(wide - bits)) - BigInt(k) * ln10) >> BigInt(HALVINGS);
  let term = one;
  let sum = one;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (one * i);
    sum += term;
  }
  for (let i = 0; i < HALVINGS; i++) sum = (sum * sum) >> BigInt(wide);
  return [(sum * pow10(digits)) >> BigInt(wide), k - digits];
}

/** `x^y = exp(y ln x)` as `[c, q]` with `digits` digits, within a few units of the last. */
function expOfProduct(x: BigDecimal, y: BigDecimal, digits: number): readonly [bigint, number] {
  const bits =
    Math.ceil(digits * Math.log2(10)) + 24 + Math.max(0, y.e + 1) * 4 + String(x.e).length * 4;
  const ln = lnFixed(x, bits);
  const product = BigInt(y.s) * ln * y.c;
  const t = y.q >= 0 ? product * pow10(y.q) : product / pow10(-y.q);
  return expFixed(t, bits, digits);
}
