/**
 * Test helpers: exact rational arithmetic on bigints, independent of decimal.js, to check that
 * the intervals of the figures module contain the exact results.
 */
import * as fc from 'fast-check';
import type { Decimal } from '../../_internal/decimal.js';
import { type Interval, interval } from '../interval.js';

/** An exact rational number n/d with d > 0. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new Error('zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const qAdd = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const qSub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const qMul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const qDiv = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const ONE: Q = q(1n);
export const HUNDRED: Q = q(100n);

function qCmp(a: Q, b: Q): -1 | 0 | 1 {
  const difference = a.n * b.d - b.n * a.d;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The exact rational value of a finite Decimal. */
export function qOf(value: Decimal): Q {
  const text = value.toFixed();
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return q(n, 10n ** BigInt(fraction.length));
}

/** Whether `x` lies in the interval, open ends excluded. */
export function contains(range: Interval, x: Q): boolean {
  const lo = qCmp(x, qOf(range.lo));
  const hi = qCmp(x, qOf(range.hi));
  return (range.loClosed ? lo >= 0 : lo > 0) && (range.hiClosed ? hi <= 0 : hi < 0);
}

/** Whether the closure of the interval contains `x`. */
export function closureContains(range: Interval, x: Q): boolean {
  return qCmp(x, qOf(range.lo)) >= 0 && qCmp(x, qOf(range.hi)) <= 0;
}

/** Whether both ends are finite decimals (never NaN or Infinity). */
export function finite(range: Interval): boolean {
  return range.lo.isFinite() && range.hi.isFinite();
}

/** How a test figure is rounded. */
export type TestRounding = 'half-up' | 'half-even' | 'truncate';

/** Rounds the size of n/d to a multiple of `step` (an exact rational), keeping the sign. */
export function roundTo(x: Q, step: Q, rounding: TestRounding): Q {
  const units = qDiv(q(abs(x.n), x.d), step);
  const floor = units.n / units.d;
  const remainder = qSub(units, q(floor));
  let count = floor;
  if (rounding !== 'truncate') {
    const half = qCmp(remainder, q(1n, 2n));
    if (half > 0 || (half === 0 && (rounding === 'half-up' || floor % 2n === 1n))) count++;
  }
  const size = qMul(q(count), step);
  return x.n < 0n ? q(-size.n, size.d) : size;
}

/** A rational with a finite decimal expansion as a decimal string. */
export function decimalText(x: Q): string {
  let scale = 0;
  while (10n ** BigInt(scale) % x.d !== 0n) {
    scale++;
    if (scale > 100) throw new Error(`${x.n}/${x.d} has no short decimal expansion`);
  }
  const digits = ((abs(x.n) * 10n ** BigInt(scale)) / x.d).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${x.n < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * The interval a value rounded to `stated` stands for, by the rules the module documents:
 * nearest ⇒ [s − p/2, s + p/2) for s ≥ 0 and (s − p/2, s + p/2] below; truncate ⇒ [s, s + p)
 * above 0, (s − p, s] below, (−p, p) at 0.
 */
export function roundedInterval(stated: Q, step: Q, rounding: TestRounding): Interval {
  if (rounding === 'truncate') {
    if (stated.n === 0n) return interval(decimalText(q(-step.n, step.d)), decimalText(step), '()');
    return stated.n < 0n
      ? interval(decimalText(qSub(stated, step)), decimalText(stated), '(]')
      : interval(decimalText(stated), decimalText(qAdd(stated, step)), '[)');
  }
  const half = qDiv(step, q(2n));
  const lo = decimalText(qSub(stated, half));
  const hi = decimalText(qAdd(stated, half));
  return stated.n < 0n ? interval(lo, hi, '(]') : interval(lo, hi, '[)');
}

/** An exact value with the interval of its rounded form. */
export interface Rounded {
  readonly exact: Q;
  readonly range: Interval;
}

/**
 * An exact decimal (up to 6 decimals) within ±`max`, rounded to a power-of-ten step between
 * 0.001 and 10^`maxStep`, by any rounding.
 */
export function roundedArbitrary(options: {
  readonly min?: bigint;
  readonly max: bigint;
  readonly maxStep: number;
}): fc.Arbitrary<Rounded> {
  const scale = 10n ** 6n;
  return fc
    .record({
      micro: fc.bigInt({ min: (options.min ?? -options.max) * scale, max: options.max * scale }),
      stepPower: fc.integer({ min: -3, max: options.maxStep }),
      rounding: fc.constantFrom<TestRounding>('half-up', 'truncate'),
    })
    .map(({ micro, stepPower, rounding }) => {
      const exact = q(micro, scale);
      const step = stepPower >= 0 ? q(10n ** BigInt(stepPower)) : q(1n, 10n ** BigInt(-stepPower));
      return { exact, range: roundedInterval(roundTo(exact, step, rounding), step, rounding) };
    });
}
