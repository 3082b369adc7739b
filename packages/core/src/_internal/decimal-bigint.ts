/**
 * The core's decimal engine in browsers: an exact decimal on JavaScript's BigInt, with the part of
 * decimal.js's API that the core uses, in about half of decimal.js-light's size. A value is
 * `sign × coefficient × 10^exponent`, the coefficient a BigInt without trailing zeros.
 *
 * - Sums, differences, products and quotients are correctly rounded to the constructor's
 *   `precision` significant digits in its `rounding` mode, as decimal.js rounds them: exact
 *   results are exact, an inexact one is rounded once, from the exact value.
 * - There is no `pow` method (a class's methods are never tree-shaken): a power is `power` in
 *   `decimal-bigint-power.ts` (exact whole powers rounded once, guard digits for larger whole
 *   powers, ln and exp in binary fixed point for the others), a module of its own so that only the
 *   bundles computing one carry it: the core reaches it as `#decimal-power`, decimal.js's `pow`
 *   outside browsers, and writes a power of ten as text (``new Decimal(`1e${k}`)``).
 * - Like decimal.js-light, there is no NaN, Infinity or negative zero: what decimal.js would answer
 *   with one of those (a division by zero, an invalid string, a non-integer power of a negative
 *   number) throws an `Error` whose message starts `[DecimalError]`. The core checks its inputs
 *   before any of those could happen.
 * - Exponents reach ±2^53 (past them: `[DecimalError] Exponent out of range`), not decimal.js's
 *   ±9e15: between the two, decimal.js answers Infinity or 0 where this engine has the exact
 *   value. The core reads no exponent of more than nine digits (`decimal-from-text.ts`).
 * - `e` is the base-10 exponent of the leading digit, as in decimal.js (`_internal/exponent.ts`
 *   reads it). Every clone shares one `instanceof`, as decimal.js's clones do; a value of another
 *   copy of the engine (an app's bundle of the core beside the widgets' script-tag bundle) is no
 *   `instanceof` of this one, but `isDecimal` knows it by its brand and every operation and the
 *   constructor read it, through its text.
 *
 * `_internal/decimal.ts` imports its engine as `#decimal-engine`, which package.json `imports`
 * resolves to this module under the `browser` condition (a bundler building for browsers: the
 * widgets' script-tag bundle, an app bundling an element) and to decimal.js elsewhere (Node, the
 * CLI). The published build keeps that import, with this module as
 * `dist/browser/_internal/decimal-bigint.js` (a file of its own, so that an app's minifier inlines
 * its constants).
 * `pnpm test` runs the whole core suite a second time on it (the `core on the browser engine`
 * project), and `decimal-bigint.test.ts` compares it with decimal.js operation by operation.
 *
 * @example
 * ```ts
 * // What `#decimal-engine` gives a browser bundle.
 * import { Decimal } from './decimal-bigint.js';
 * const D = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_EVEN });
 * new D(2).div(3).toSignificantDigits(5).toString();
 * //=> '0.66667'
 * ```
 *
 * @internal
 * @module
 */

/** What a Decimal is made from: decimal text, a finite number or another Decimal. */
export type Numeric = string | number | BigDecimal;

/** Settings of a constructor made by `clone`; those left out are the parent's. */
export interface Config {
  precision?: number;
  rounding?: number;
  toExpNeg?: number;
  toExpPos?: number;
}

/** A Decimal constructor: `BigDecimal` or one of its clones, with its settings. */
export type Ctor = typeof BigDecimal;

const ROUND_UP = 0;
const ROUND_DOWN = 1;
const ROUND_CEIL = 2;
const ROUND_FLOOR = 3;
const ROUND_HALF_UP = 4;
const ROUND_HALF_DOWN = 5;
const ROUND_HALF_EVEN = 6;
const ROUND_HALF_CEIL = 7;

/** decimal.js's default `maxE`, bound of `clone`'s toExpPos/toExpNeg and of `power`'s exponent. */
export const MAX_E = 9e15;

/** Decimal text as decimal.js reads it: sign, digits with an optional point, optional exponent. */
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export function fail(message: string): never {
  throw new Error(`[DecimalError] ${message}`);
}

const powers: bigint[] = [];

/**
 * 10^k as a BigInt (k ≥ 0), those to 10^600 kept once first asked for (all of them: 97 kB of
 * heap in Node): rounding the exact whole powers that `power` computes (compound values, at most
 * 4 × (88 + 60) digits at the 88 digits of `precise.ts`) divides by powers of ten of up to 504
 * digits.
 */
export function pow10(k: number): bigint {
  if (k > 600) return 10n ** BigInt(k);
  let power = powers[k];
  if (power === undefined) {
    power = 10n ** BigInt(k);
    powers[k] = power;
  }
  return power;
}

/** log10(16): decimal digits per hexadecimal digit. */
const DIGITS_PER_HEX = Math.log10(16);

/** 10^19: BigInts below it fit one 64-bit word, whose decimal text is quick to write. */
const ONE_WORD = 10n ** 19n;

/** The number of decimal digits of a non-negative BigInt known to have at least `n`. */
function digitsFrom(c: bigint, n: number): number {
  while (c >= pow10(n)) n++;
  return n;
}

/**
 * The number of decimal digits of a non-negative BigInt (1 for 0). Past 19 digits it is read from
 * the hexadecimal length (no division: 3× faster than the decimal text at 64 digits): a value of
 * h hexadecimal digits has at least ⌊(h − 1) log10 16⌋ + 1 decimal digits and at most two more.
 */
export function digitCount(c: bigint): number {
  return c < ONE_WORD
    ? c.toString().length
    : digitsFrom(c, Math.floor((c.toString(16).length - 1) * DIGITS_PER_HEX) + 1);
}

function checkInteger(value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) fail(`Invalid argument: ${value}`);
  return value;
}

/** The fields of a value, written once when it is made. */
type Fields = { -readonly [K in 's' | 'c' | 'q' | 'e' | 'n']: BigDecimal[K] };

/**
 * Writes the value `sign × c × 10^q` into `x` (a new value, not yet seen by anyone), its trailing
 * zeros dropped; `n`, c's number of digits, when the caller knows it.
 *
 * @throws Error `[DecimalError] Exponent out of range` past ±2^53
 */
function fill(x: Fields, sign: number, c: bigint, q: number, n?: number): BigDecimal {
  if (c === 0n) {
    sign = 1;
    q = 0;
    n = 1;
  } else if (c % 10n === 0n) {
    const text = c.toString();
    let zeros = 0;
    while (text.charCodeAt(text.length - 1 - zeros) === 48) zeros++;
    c /= pow10(zeros);
    q += zeros;
    n = text.length - zeros;
  } else {
    n ??= digitCount(c);
  }
  if (!Number.isSafeInteger(q + n)) fail(`Exponent out of range: ${q + n - 1}`);
  x.s = sign;
  x.c = c;
  x.q = q;
  x.e = q + n - 1;
  x.n = n;
  return x as BigDecimal;
}

/** The value `sign × c × 10^q` of constructor `C` (see `fill`), made without a constructor call. */
export function make(C: Ctor, sign: number, c: bigint, q: number, n?: number): BigDecimal {
  return fill(Object.create(C.prototype), sign, c, q, n);
}

/**
 * Whether a value whose kept digits end in `kept` and whose dropped part is `dropped` of a unit
 * `unit` (0 ≤ dropped < unit) rounds away from zero in mode `rounding`; `sign` is the value's.
 */
function roundsUp(rounding: number, sign: number, kept: bigint, dropped: bigint, unit: bigint) {
  if (dropped === 0n) return false;
  if (rounding === ROUND_UP) return true;
  if (rounding === ROUND_DOWN) return false;
  if (rounding === ROUND_CEIL) return sign > 0;
  if (rounding === ROUND_FLOOR) return sign < 0;
  const twice = dropped * 2n;
  if (twice !== unit) return twice > unit;
  if (rounding === ROUND_HALF_UP) return true;
  if (rounding === ROUND_HALF_DOWN) return false;
  if (rounding === ROUND_HALF_EVEN) return (kept & 1n) === 1n;
  return rounding === ROUND_HALF_CEIL ? sign > 0 : sign < 0;
}

/**
 * `sign × c × 10^q` rounded to a multiple of `10^unitExp` in mode `rounding`, as a value of
 * constructor `C`; `n` is c's number of digits.
 */
function roundToExponent(
  C: Ctor,
  sign: number,
  c: bigint,
  q: number,
  n: number,
  unitExp: number,
  rounding: number,
): BigDecimal {
  if (q >= unitExp) return make(C, sign, c, q, n);
  const drop = unitExp - q;
  const unit = pow10(drop);
  let kept = c / unit;
  if (roundsUp(rounding, sign, kept, c % unit, unit)) kept += 1n;
  // A carry into a new digit leaves trailing zeros, which `make` counts again.
  return make(C, sign, kept, unitExp, Math.max(1, n - drop));
}

/** `sign × c × 10^q` rounded to `sd` significant digits in mode `rounding`; c has `n` digits. */
function roundToDigits(
  C: Ctor,
  sign: number,
  c: bigint,
  q: number,
  sd: number,
  rounding: number,
  n = digitCount(c),
): BigDecimal {
  return n > sd ? roundToExponent(C, sign, c, q, n, q + n - sd, rounding) : make(C, sign, c, q, n);
}

/**
 * `sign × c × 10^q` rounded to the precision and rounding mode of `C`; `n`, c's number of digits,
 * when the caller knows it.
 */
export function finalise(C: Ctor, sign: number, c: bigint, q: number, n?: number): BigDecimal {
  return roundToDigits(C, sign, c, q, C.precision, C.rounding, n);
}

/**
 * `x` as decimal.js writes it: exponent form or plain, its digits padded to `sd`, with the sign
 * `sign` (x's own unless given: `toFixed` writes −0.001 to 0 places as `-0`, as decimal.js does).
 */
function digitsText(x: BigDecimal, exponentForm: boolean, sd = 0, sign = x.s): string {
  let text = x.c.toString();
  const e = x.e;
  const pad = sd > text.length ? '0'.repeat(sd - text.length) : '';
  if (exponentForm) {
    if (text.length > 1 || pad) text = `${text[0]}.${text.slice(1)}${pad}`;
    text += `e${e < 0 ? '' : '+'}${e}`;
  } else if (e < 0) {
    text = `0.${'0'.repeat(-e - 1)}${text}${pad}`;
  } else if (e >= text.length - 1) {
    text += '0'.repeat(e + 1 - text.length);
    if (sd > e + 1) text += `.${'0'.repeat(sd - e - 1)}`;
  } else {
    text = `${text.slice(0, e + 1)}.${text.slice(e + 1)}${pad}`;
  }
  return sign < 0 ? `-${text}` : text;
}

/** Integers from −1,024 to 1,024 as operands, each read once (see `read`). */
const smallIntegers = new Map<number, BigDecimal>();

/** A private base, so that `instanceof` on any constructor recognises a value from any clone. */
class Root {}

/**
 * The brand every copy of this engine puts on its values (another bundle of the core beside this
 * one, another version): one key for all copies, as `Symbol.for` gives. `instanceof` answers for
 * this copy only; `isDecimal` and the constructor take a value of any copy, read through its text,
 * never its fields (another version may keep them otherwise).
 */
const BRAND = Symbol.for('bilateral-decimal');

/** A value that may carry the {@link BRAND}. */
type Branded = { [BRAND]?: unknown } | null | undefined;

/**
 * A decimal number in the engine: immutable, exact, with decimal.js's methods.
 *
 * @example
 * ```ts
 * new BigDecimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 */
export class BigDecimal extends Root {
  /** Significant digits of inexact results. */
  static precision = 20;
  /** Rounding mode of inexact results (a `ROUND_` constant). */
  static rounding = ROUND_HALF_UP;
  /** `toString` writes exponent form at or below this exponent. */
  static toExpNeg = -7;
  /** `toString` writes exponent form at or above this exponent. */
  static toExpPos = 21;
  // The rounding modes the core names (`rounding` takes all nine of decimal.js's, 0 to 8).
  static readonly ROUND_DOWN = ROUND_DOWN;
  static readonly ROUND_CEIL = ROUND_CEIL;
  static readonly ROUND_FLOOR = ROUND_FLOOR;
  static readonly ROUND_HALF_UP = ROUND_HALF_UP;
  static readonly ROUND_HALF_EVEN = ROUND_HALF_EVEN;

  // The fields are declared only (no class field initialisers, which cost a third of the time of
  // an operation), and written once by the constructor or `make`.
  /** The sign: 1, or −1 for a value below zero (zero is 1). */
  declare readonly s: number;
  /** The coefficient: a BigInt without trailing zeros (0n for zero). */
  declare readonly c: bigint;
  /** The base-10 exponent of the coefficient's last digit. */
  declare readonly q: number;
  /** The base-10 exponent of the leading digit, as decimal.js's `e` (0 for zero). */
  declare readonly e: number;
  /** The number of digits of the coefficient. */
  declare readonly n: number;

  // decimal.js's short names the core calls, the same functions as the long ones, and its other
  // names of `toString` (assigned after the class).
  declare readonly sd: BigDecimal['precision'];
  declare readonly comparedTo: BigDecimal['cmp'];
  declare readonly valueOf: BigDecimal['toString'];
  declare readonly toJSON: BigDecimal['toString'];

  /**
   * A Decimal from decimal text, a finite number or another Decimal (kept whole: the constructor
   * never rounds).
   *
   * @throws Error `[DecimalError] Invalid argument` for anything else
   */
  constructor(value: Numeric) {
    super();
    if (value instanceof Root) {
      const x = value as BigDecimal;
      fill(this, x.s, x.c, x.q, x.n);
      return;
    }
    // String(-0) is '0': there is no negative zero to read. A Decimal of another copy is read
    // through its text, which has every digit; anything else (a bigint, an array) is refused, not
    // read through its text.
    const text =
      typeof value === 'string' || typeof value === 'number' || (value as Branded)?.[BRAND]
        ? String(value)
        : '';
    const match = DECIMAL_TEXT.exec(text);
    if (match === null || !(match[2] || match[3])) fail(`Invalid argument: ${String(value)}`);
    const [, sign, whole, fraction = '', exponent = 0] = match;
    const digits = whole + fraction;
    // Digits without a leading zero are as many as the coefficient's (unless it ends in zeros,
    // which \`fill\` counts again).
    fill(
      this,
      sign === '-' ? -1 : 1,
      BigInt(digits),
      Number(exponent) - fraction.length,
      digits.charCodeAt(0) === 48 ? undefined : digits.length,
    );
  }

  /** Whether `value` is a Decimal of any clone (every clone shares one `instanceof`). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Root;
  }

  /**
   * A new constructor with these settings, the others this one's.
   *
   * @throws Error `[DecimalError] Invalid argument` for a setting out of its range
   */
  static clone<T extends Ctor>(this: T, config: Config = {}): T {
    // biome-ignore lint/complexity/noThisInStatic: a clone extends the constructor it is made from
    const Clone = class extends (this as Ctor) {} as T;
    const { precision, rounding, toExpNeg, toExpPos } = config;
    if (precision !== undefined) Clone.precision = checkInteger(precision, 1, 1e9);
    if (rounding !== undefined) Clone.rounding = checkInteger(rounding, 0, 8);
    if (toExpNeg !== undefined) Clone.toExpNeg = checkInteger(toExpNeg, -MAX_E, 0);
    if (toExpPos !== undefined) Clone.toExpPos = checkInteger(toExpPos, 0, MAX_E);
    return Clone;
  }

  /** Whether `value` is a Decimal of any clone, or of another copy of the engine (its brand). */
  static isDecimal(value: unknown): value is BigDecimal {
    return !!(value as Branded)?.[BRAND];
  }

  /** This value's constructor: its settings. */
  private get ctor(): Ctor {
    return this.constructor as Ctor;
  }

  /**
   * `y` as a Decimal (a Decimal is taken as it is). An operand's constructor never matters, only
   * the one of the value an operation is called on, so small integers are read once for all.
   */
  private read(y: Numeric): BigDecimal {
    if (y instanceof Root) return y as BigDecimal;
    if (typeof y !== 'number' || !Number.isInteger(y) || y < -1024 || y > 1024) {
      return new this.ctor(y);
    }
    let x = smallIntegers.get(y);
    if (x === undefined) {
      x = new BigDecimal(y);
      smallIntegers.set(y, x);
    }
    return x;
  }

  /** `|this|`. */
  abs(): BigDecimal {
    return make(this.ctor, 1, this.c, this.q, this.n);
  }

  /** `−this`. */
  neg(): BigDecimal {
    return make(this.ctor, -this.s, this.c, this.q, this.n);
  }

  /** `this + y`, correctly rounded. */
  plus(y: Numeric): BigDecimal {
    return this.add(this.read(y), 1);
  }

  /** `this − y`, correctly rounded. */
  minus(y: Numeric): BigDecimal {
    return this.add(this.read(y), -1);
  }

  /** `this + sign × y`, correctly rounded. */
  private add(y: BigDecimal, sign: number): BigDecimal {
    const C = this.ctor;
    const ys = y.s * sign;
    if (y.c === 0n) return finalise(C, this.s, this.c, this.q, this.n);
    if (this.c === 0n) return finalise(C, ys, y.c, y.q, y.n);
    // A term wholly below the other's last digit and its precision only decides the rounding:
    // it is replaced by a unit below every digit that rounding looks at.
    const [big, small, bigSign, smallSign] =
      this.e >= y.e ? [this as BigDecimal, y, this.s, ys] : [y, this as BigDecimal, ys, this.s];
    const shift = Math.max(0, C.precision + 3 - big.n) + 1;
    if (small.e < big.q - shift) {
      const scaled = big.c * pow10(shift) + (bigSign === smallSign ? 1n : -1n);
      return finalise(C, bigSign, scaled, big.q - shift);
    }
    const q = Math.min(this.q, y.q);
    const sum = BigInt(this.s) * this.c * pow10(this.q - q) + BigInt(ys) * y.c * pow10(y.q - q);
    return sum < 0n ? finalise(C, -1, -sum, q) : finalise(C, 1, sum, q);
  }

  /** `this × y`, correctly rounded. */
  times(y: Numeric): BigDecimal {
    const x = this.read(y);
    const c = this.c * x.c;
    // A product of m and n digits has m + n − 1 or m + n.
    return finalise(this.ctor, this.s * x.s, c, this.q + x.q, digitsFrom(c, this.n + x.n - 1));
  }

  /**
   * `this ÷ y`, correctly rounded.
   *
   * @throws Error `[DecimalError] Division by zero` when `y` is 0
   */
  div(y: Numeric): BigDecimal {
    const C = this.ctor;
    const x = this.read(y);
    if (x.c === 0n) fail('Division by zero');
    // By a power of ten: the exact quotient is the same digits, only the exponent moves.
    if (x.c === 1n) return finalise(C, this.s * x.s, this.c, this.q - x.q, this.n);
    // At least two digits past the precision, then a sticky digit: 1 if anything remains.
    const scale = Math.max(0, C.precision + 2 + x.n - this.n);
    const numerator = this.c * pow10(scale);
    const quotient = numerator / x.c;
    const c = quotient * 10n + (quotient * x.c === numerator ? 0n : 1n);
    // The quotient has `this.n + scale − x.n` digits or one more, and c one more than it.
    return finalise(
      C,
      this.s * x.s,
      c,
      this.q - scale - x.q - 1,
      digitsFrom(c, this.n + scale - x.n + 1),
    );
  }

  /** −1, 0 or 1 as `this` is below, equal to or above `y`. */
  cmp(y: Numeric): number {
    const x = this.read(y);
    if (this.c === 0n) return x.c === 0n ? 0 : -x.s;
    if (x.c === 0n || this.s !== x.s) return this.s;
    if (this.e !== x.e) return this.e > x.e ? this.s : -this.s;
    const q = Math.min(this.q, x.q);
    const a = this.c * pow10(this.q - q);
    const b = x.c * pow10(x.q - q);
    return a === b ? 0 : a > b ? this.s : -this.s;
  }

  /** Whether `this = y`. */
  eq(y: Numeric): boolean {
    return this.cmp(y) === 0;
  }

  /** Whether `this > y`. */
  gt(y: Numeric): boolean {
    return this.cmp(y) > 0;
  }

  /** Whether `this ≥ y`. */
  gte(y: Numeric): boolean {
    return this.cmp(y) >= 0;
  }

  /** Whether `this < y`. */
  lt(y: Numeric): boolean {
    return this.cmp(y) < 0;
  }

  /** Whether `this ≤ y`. */
  lte(y: Numeric): boolean {
    return this.cmp(y) <= 0;
  }

  /** Whether this is 0. */
  isZero(): boolean {
    return this.c === 0n;
  }

  /** Whether this is below 0. */
  isNegative(): boolean {
    return this.s < 0;
  }

  /** Whether this is 0 or above (as decimal.js's +0). */
  isPositive(): boolean {
    return this.s > 0;
  }

  /** Whether this is a whole number. */
  isInteger(): boolean {
    return this.q >= 0;
  }

  /** Always true: the engine has no NaN or Infinity. */
  isFinite(): boolean {
    return true;
  }

  /** Digits after the decimal point (trailing zeros are never kept). */
  decimalPlaces(): number {
    return Math.max(0, -this.q);
  }

  /** Significant digits; with `includeZeros`, an integer's trailing zeros count. */
  precision(includeZeros?: boolean | number): number {
    return includeZeros && this.e + 1 > this.n ? this.e + 1 : this.n;
  }

  /** Rounded to `dp` decimal places (in `rounding`, by default the constructor's). */
  toDecimalPlaces(dp?: number, rounding?: number): BigDecimal {
    if (dp === undefined) return new this.ctor(this);
    return this.roundAt(-checkInteger(dp, 0, 1e9), rounding);
  }

  /** Rounded to `sd` significant digits (by default the constructor's precision and rounding). */
  toSignificantDigits(sd?: number, rounding?: number): BigDecimal {
    const C = this.ctor;
    return roundToDigits(
      C,
      this.s,
      this.c,
      this.q,
      sd === undefined ? C.precision : checkInteger(sd, 1, 1e9),
      this.mode(sd === undefined ? undefined : rounding),
    );
  }

  /** The rounding mode given, checked, or the constructor's. */
  private mode(rounding: number | undefined): number {
    return rounding === undefined ? this.ctor.rounding : checkInteger(rounding, 0, 8);
  }

  /** Rounded to a multiple of `10^unitExp`. */
  private roundAt(unitExp: number, rounding?: number): BigDecimal {
    return roundToExponent(this.ctor, this.s, this.c, this.q, this.n, unitExp, this.mode(rounding));
  }

  /** Plain notation with `dp` decimals (rounded), or every digit without `dp`. */
  toFixed(dp?: number, rounding?: number): string {
    if (dp === undefined) return digitsText(this, false);
    const r = this.roundAt(-checkInteger(dp, 0, 1e9), rounding);
    return digitsText(r, false, dp + r.e + 1, this.s);
  }

  /** Exponent notation with `dp` decimals (rounded), or every digit without `dp`. */
  toExponential(dp?: number, rounding?: number): string {
    if (dp === undefined) return digitsText(this, true);
    const sd = checkInteger(dp, 0, 1e9) + 1;
    const r = this.toSignificantDigits(sd, rounding);
    return digitsText(r, true, sd, this.s);
  }

  /** `sd` significant digits (rounded), in exponent notation where `toString` would or too few. */
  toPrecision(sd?: number, rounding?: number): string {
    const C = this.ctor;
    if (sd === undefined) return this.toString();
    const r = this.toSignificantDigits(sd, rounding);
    return digitsText(r, sd <= r.e || r.e <= C.toExpNeg, sd, this.s);
  }

  /** Every digit, in exponent notation past the constructor's `toExpNeg`/`toExpPos`. */
  override toString(): string {
    const C = this.ctor;
    return digitsText(this, this.e <= C.toExpNeg || this.e >= C.toExpPos);
  }

  /**
   * The nearest JavaScript number. A coefficient of at most 15 digits (below 2^53) and 10^0 to
   * 10^22 (5^22 is below 2^53) are exact numbers, so a whole number `c × 10^q` of these is their
   * product rounded once, to the nearest, as reading the value's text is, without writing the text
   * (the amounts the charts draw are such numbers). Any other value is read from its text.
   */
  toNumber(): number {
    const q = this.q;
    return q < 0 || q > 22 || this.n > 15
      ? Number(this.toString())
      : this.s * Number(this.c) * Number(pow10(q));
  }
}

// decimal.js's other names of the same methods (declared in the class), and the brand.
{
  const p = BigDecimal.prototype;
  Object.assign(p, {
    sd: p.precision,
    comparedTo: p.cmp,
    valueOf: p.toString,
    toJSON: p.toString,
    [BRAND]: true,
  });
}

/** The engine's default constructor: decimal.js's defaults (20 digits, half up). */
export const Decimal = BigDecimal;
export default Decimal;
