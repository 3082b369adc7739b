import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import { writeRate } from './_describe.js';
import { addDirected, divDirected, subDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';
import type { RoundingAssumption } from './published-amount.js';

/**
 * Which way a published rate goes.
 *
 * @example
 * ```ts
 * const direction: RateDirection = parsePublishedRate('giảm 1,1%').direction;
 * direction;
 * //=> 'down'
 * [parsePublishedRate('tăng 25,5%').direction, parsePublishedRate('0%').direction];
 * //=> ['up', 'unchanged']
 * ```
 *
 * @category Figures
 */
export type RateDirection = 'up' | 'down' | 'unchanged';

/**
 * A growth rate or share as a source published it, in percent: the stated value (negative for
 * "down"), the step it was rounded to in percentage points, and the interval the true rate lies
 * in. "up 25.5 %" ⇒ [25.45, 25.55) %; "down 1.1 %" ⇒ (−1.15, −1.05] %; "24 %" ⇒ [23.5, 24.5) %.
 *
 * @example
 * ```ts
 * const rate = parsePublishedRate('tăng 25,5%');
 * rate.value.toString();
 * //=> '25.5'
 * formatInterval(rate.interval);
 * //=> '[25.45, 25.55)'
 * ```
 *
 * @category Figures
 */
export interface PublishedRate {
  /** The figure as published, e.g. `"up 25.5%"`. */
  readonly text: string;
  /** The stated rate in percent, negative when down. Never below −100. */
  readonly value: Decimal;
  /** `'up'`, `'down'` or `'unchanged'` (a stated 0). */
  readonly direction: RateDirection;
  /** The rounding step in percentage points, e.g. 0.1 for "25.5 %", 1 for "24 %". */
  readonly precision: Decimal;
  /** How the rate is assumed to have been rounded (on its size). */
  readonly rounding: RoundingAssumption;
  /** Where the true rate lies, in percent. */
  readonly interval: Interval;
}

/**
 * What {@link publishedRate} needs.
 *
 * @example
 * ```ts
 * const input: PublishedRateInput = { value: '-1.1', precision: '0.1', text: 'giảm 1,1%' };
 * const rate = publishedRate(input);
 * [rate.direction, formatInterval(rate.interval)];
 * //=> ['down', '(-1.15, -1.05]']
 * ```
 *
 * @category Figures
 */
export interface PublishedRateInput {
  /** The stated rate in percent (negative when down), not below −100. */
  readonly value: DecimalInput;
  /** The rounding step in percentage points, positive. */
  readonly precision: DecimalInput;
  /** `'nearest'` unless given. */
  readonly rounding?: RoundingAssumption;
  /** The text as published; written from the value ("+6.4 %") unless given. */
  readonly text?: string;
}

/**
 * Builds a {@link PublishedRate} from explicit parts (use {@link parsePublishedRate} to read one
 * from text).
 *
 * @param input - value and precision in percent; rounding and text
 * @returns a frozen published rate with its interval
 * @throws {@link BilateralError} `INVALID_FIGURE` for an input that is not an object, a rate
 * below −100 % or a precision that is not positive, `INVALID_DECIMAL` for malformed numbers
 *
 * @example
 * ```ts
 * const rate = publishedRate({ value: '24', precision: '1' });
 * rate.text;
 * //=> '+24 %'
 * formatInterval(rate.interval);
 * //=> '[23.5, 24.5)'
 * ```
 *
 * @category Figures
 */
export function publishedRate(input: PublishedRateInput): PublishedRate {
  if (typeof input !== 'object' || input === null) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: [],
        message: `expected a published rate ({ value, precision } in percent), got ${describeInput(input)}`,
      },
    ]);
  }
  const value = toDecimal(input.value, ['value']);
  const precision = toDecimal(input.precision, ['precision']);
  const rounding = input.rounding ?? 'nearest';
  const text = input.text ?? writeRate(value, precision);
  if (value.lt(-100)) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: ['value'],
        message: `${quoteInput(text, 200)}: a trade value cannot fall by more than 100 %`,
      },
    ]);
  }
  if (!precision.gt(0)) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: ['precision'],
        message: `${quoteInput(text, 200)}: the precision must be positive, got ${precision.toString()}`,
      },
    ]);
  }
  const clean = value.isZero() ? new Decimal(0) : value;
  return Object.freeze({
    text,
    value: clean,
    direction: clean.isZero() ? 'unchanged' : clean.isNegative() ? 'down' : 'up',
    precision,
    rounding,
    interval: rateInterval(clean, precision, rounding),
  });
}

function rateInterval(value: Decimal, precision: Decimal, rounding: RoundingAssumption): Interval {
  if (rounding === 'truncate') {
    if (value.isZero()) return makeInterval(precision.neg(), precision, false, false);
    return value.isNegative()
      ? makeInterval(subDirected(value, precision, 'down'), value, false, true)
      : makeInterval(value, addDirected(value, precision, 'up'), true, false);
  }
  const half = divDirected(precision, new Decimal(2), 'up');
  const lo = subDirected(value, half, 'down');
  const hi = addDirected(value, half, 'up');
  return value.isNegative() ? makeInterval(lo, hi, false, true) : makeInterval(lo, hi, true, false);
}
