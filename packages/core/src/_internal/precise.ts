// decimal.js's `pow`, or the BigInt engine's power in browsers (package.json `imports`; see
// decimal-bigint-power.ts): not a method, so that only bundles computing a compound rate carry it.
import { power } from '#decimal-power';
import { DECIMAL_PRECISION, Decimal } from './decimal.js';
import { checkRange } from './decimal-range.js';
import { exponentOf } from './exponent.js';
import { preciseDifference } from './precise-sum.js';
import { withPrecision } from './with-precision.js';

/** Extra significant digits carried through `pow`, so the 64-digit result is correctly rounded. */
const GUARD_DIGITS = 24;

/**
 * The constant rate that turns `first` into `last` over `intervals` steps:
 * `(last / first)^(1/intervals) − 1`, rounded to {@link DECIMAL_PRECISION} significant digits
 * (half-even). `first > 0` and `last ≥ 0` are the caller's to check. The power runs with guard
 * digits — more of them the closer the rate is to 0 — so small rates keep all 64 digits.
 *
 * @throws BilateralError `OUT_OF_RANGE` when the rate is past the supported range
 */
export function compoundRate(first: Decimal, last: Decimal, intervals: Decimal): Decimal {
  if (last.isZero()) return new Decimal(-1);
  const growth = preciseDifference(last, first).div(first);
  if (growth.isZero()) return new Decimal(0);
  const leadingZeros = Math.max(0, -exponentOf(growth));
  const High = withPrecision(DECIMAL_PRECISION + GUARD_DIGITS + leadingZeros);
  const factor = new High(last).div(new High(first));
  const rate = power(factor, new High(1).div(new High(intervals))).minus(1);
  return checkRange(new Decimal(rate.toSignificantDigits(DECIMAL_PRECISION)), 'the compound rate');
}

/**
 * `base × (1 + rate)^years`, computed with guard digits and rounded once to 64 significant
 * digits. `rate ≥ −1` and `years ≥ 0` are the caller's to check.
 *
 * @throws BilateralError `OUT_OF_RANGE` when the value is past the supported range
 */
export function compound(base: Decimal, rate: Decimal, years: number): Decimal {
  if (years === 0) return base;
  const High = withPrecision(DECIMAL_PRECISION + GUARD_DIGITS);
  const factor = power(new High(1).plus(new High(rate)), years);
  return checkRange(
    new Decimal(factor.times(new High(base)).toSignificantDigits(DECIMAL_PRECISION)),
    'the compounded value',
  );
}

/**
 * The point `step` of `steps` on the constant-rate path from `start` to `end`:
 * `start × (end ÷ start)^(step/steps)`, rounded once to 64 significant digits; exactly `end` at
 * the last step. `start > 0`, `end ≥ 0`, `0 ≤ step ≤ steps` are the caller's to check.
 *
 * @throws BilateralError `OUT_OF_RANGE` when the point is past the supported range
 */
export function geometricStep(start: Decimal, end: Decimal, step: number, steps: number): Decimal {
  if (step === 0) return start;
  if (step === steps) return end;
  if (end.isZero()) return end;
  const High = withPrecision(DECIMAL_PRECISION + GUARD_DIGITS);
  const ratio = new High(end).div(new High(start));
  const factor = power(ratio, new High(step).div(steps));
  return checkRange(
    new Decimal(factor.times(new High(start)).toSignificantDigits(DECIMAL_PRECISION)),
    'the point on the path',
  );
}
