import { type Amount, assertPositiveBase, readAmounts } from '../_internal/amounts.js';
import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { compoundRate } from '../_internal/precise.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import type { Money } from '../money/index.js';
import { growthRate } from './growth-rate.js';

/** The most intervals {@link cagr} takes: a thousand years. */
const MAX_INTERVALS = 1000;

/**
 * Twelve times the fewest intervals {@link cagr} takes (1/12, a month), less 10^-60, so that
 * 1/12 computed to 64 digits (0.0833…33) passes.
 */
const TWELVE_MIN_INTERVALS = new Decimal(1).minus('1e-60');

/**
 * The compound annual growth rate (CAGR) from `first` to `last` over `intervals` steps:
 * `(last ÷ first)^(1/intervals) − 1`, a decimal fraction. This is what "average X % a year"
 * means: applying the rate `intervals` times to `first` gives `last`. Averaging the yearly rates
 * instead overstates it.
 *
 * Computed with decimal.js `pow` carrying guard digits beyond the 64 kept, then rounded to 64
 * significant digits (half-even). Over one interval the result is exactly {@link growthRate}.
 * `intervals` may be fractional (2.75 years); `last = 0` gives −1.
 *
 * @param first - the starting value (Money or a bare decimal); must be greater than 0
 * @param last - the final value, same form and currency; must not be negative
 * @param intervals - the number of steps (years for an annual rate): from 1/12 (a month) to 1,000
 * @returns the compound rate per interval as a Decimal fraction
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when `first ≤ 0`; `INVALID_INPUT` when
 * `last < 0` or `intervals` is below 1/12 or above 1,000; `CURRENCY_MISMATCH` for mixed
 * currencies; `OUT_OF_RANGE` for a value past the supported range or a rate of 10^36 or more
 *
 * @example
 * ```ts
 * cagr('100', '121', 2).toString();
 * //=> '0.1'
 * cagr(money('892900000', 'USD'), money('2200000000', 'USD'), 7).toFixed(4);
 * //=> '0.1375'
 * ```
 *
 * @category Growth
 */
export function cagr<C extends string>(
  first: Money<C>,
  last: Money<NoInfer<C>>,
  intervals: DecimalInput,
): Decimal;
export function cagr(first: DecimalInput, last: DecimalInput, intervals: DecimalInput): Decimal;
export function cagr(first: Amount, last: Amount, intervals: DecimalInput): Decimal {
  const { values } = readAmounts({ first, last });
  const steps = toDecimal(intervals, ['intervals']);
  assertPositiveBase(values.first, 'the first value', ['first']);
  if (values.last.isNegative() && !values.last.isZero()) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['last'],
        message: `the last value is ${values.last.toString()}; a compound rate needs a last value of 0 or more`,
      },
    ]);
  }
  if (steps.times(12).lt(TWELVE_MIN_INTERVALS) || steps.gt(MAX_INTERVALS)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['intervals'],
        message: `${steps.toString()} intervals: a compound rate is taken over 1/12 to ${MAX_INTERVALS} intervals (a month to a millennium, in years)`,
      },
    ]);
  }
  if (steps.eq(1)) return growthRate(values.last, values.first);
  return compoundRate(values.first, values.last, steps);
}
