import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import { assertCurrency } from '../money/currency.js';
import { inferScale, writeAmount } from './_describe.js';
import { addDirected, divDirected, subDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';

/**
 * The unit a published amount is written in: "US$1.5 billion" is in billions.
 *
 * @example
 * ```ts
 * const scale: Scale = parsePublishedAmount('1,5 tỷ USD').scale;
 * scale;
 * //=> 'billion'
 * [parsePublishedAmount('US$179 million').scale, parsePublishedAmount('$25,000').scale];
 * //=> ['million', 'unit']
 * ```
 *
 * @category Figures
 */
export type Scale = 'unit' | 'thousand' | 'million' | 'billion' | 'trillion';

/**
 * How a published figure was rounded. `'nearest'` (the default) means the true value lies within
 * half a step of it, "US$1.5 billion" ⇒ [1.45, 1.55) billion; `'truncate'` means the digits
 * beyond the step were dropped, as newspapers sometimes do, "US$25 billion" ⇒ [25, 26) billion.
 * For a negative rate both are read on its size: "down 1.1 %" ⇒ (−1.15, −1.05] %.
 *
 * @example
 * ```ts
 * const over = parsePublishedAmount('more than US$25 billion');
 * const rounding: RoundingAssumption = over.rounding;
 * [rounding, formatInterval(over.interval, { unit: '1e9' })];
 * //=> ['truncate', '[25, 26)']
 * formatInterval(parsePublishedAmount('US$25 billion').interval, { unit: '1e9' });
 * //=> '[24.5, 25.5)'
 * ```
 *
 * @category Figures
 */
export type RoundingAssumption = 'nearest' | 'truncate';

/**
 * An amount as a source published it: the value it states, the step it was rounded to, and the
 * interval the true value lies in. All amounts are in units of the currency (US$1.5 billion has
 * `value` 1500000000 and, rounded to 0.1 billion, `precision` 100000000).
 *
 * @example
 * ```ts
 * const turnover = parsePublishedAmount('US$1.5 billion');
 * turnover.value.toString();
 * //=> '1500000000'
 * formatInterval(turnover.interval, { unit: '1e9' });
 * //=> '[1.45, 1.55)'
 * ```
 *
 * @category Figures
 */
export interface PublishedAmount<C extends string = string> {
  /** The figure as published, e.g. `"US$1.5 billion"`. */
  readonly text: string;
  /** The stated value in units of the currency. Never negative. */
  readonly value: Decimal;
  /** ISO 4217 code. */
  readonly currency: C;
  /** The unit the figure is written in (for display). */
  readonly scale: Scale;
  /** The rounding step in units of the currency, e.g. 100000000 for "1.5 billion". */
  readonly precision: Decimal;
  /** How the figure is assumed to have been rounded. */
  readonly rounding: RoundingAssumption;
  /** Where the true value lies, in units of the currency (never below 0). */
  readonly interval: Interval;
}

/**
 * What {@link publishedAmount} needs.
 *
 * @example
 * ```ts
 * const input: PublishedAmountInput = { value: '491900000', currency: 'USD', precision: '100000' };
 * const exports = publishedAmount(input);
 * [exports.text, exports.scale];
 * //=> ['US$491.9 M', 'million']
 * formatInterval(exports.interval, { unit: '1e6' });
 * //=> '[491.85, 491.95)'
 * ```
 *
 * @category Figures
 */
export interface PublishedAmountInput<C extends string = string> {
  /** The stated value in units of the currency, not negative. */
  readonly value: DecimalInput;
  /** ISO 4217 code. */
  readonly currency: C;
  /** The rounding step in units of the currency, positive. */
  readonly precision: DecimalInput;
  /** `'nearest'` unless given. */
  readonly rounding?: RoundingAssumption;
  /** The display unit; inferred from the value and precision unless given. */
  readonly scale?: Scale;
  /** The text as published; written from the value ("US$338.6 M") unless given. */
  readonly text?: string;
}

/**
 * Builds a {@link PublishedAmount} from explicit parts (use {@link parsePublishedAmount} to read
 * one from text).
 *
 * @param input - value, currency and precision in units of the currency; rounding, scale, text
 * @returns a frozen published amount with its interval
 * @throws {@link BilateralError} `INVALID_FIGURE` for an input that is not an object, a negative
 * value or a precision that is not positive, `INVALID_DECIMAL` or `INVALID_CURRENCY` for malformed
 * parts
 *
 * @example
 * ```ts
 * const imports = publishedAmount({ value: '179000000', currency: 'USD', precision: '1000000' });
 * imports.text;
 * //=> 'US$179 M'
 * formatInterval(imports.interval, { unit: '1e6' });
 * //=> '[178.5, 179.5)'
 * ```
 *
 * @category Figures
 */
export function publishedAmount<C extends string>(
  input: PublishedAmountInput<C>,
): PublishedAmount<C> {
  if (typeof input !== 'object' || input === null) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: [],
        message: `expected a published amount ({ value, currency, precision }), got ${describeInput(input)}`,
      },
    ]);
  }
  assertCurrency(input.currency);
  const value = toDecimal(input.value, ['value']);
  const precision = toDecimal(input.precision, ['precision']);
  const rounding = input.rounding ?? 'nearest';
  const scale = input.scale ?? inferScale(value, precision);
  const text = input.text ?? writeAmount(value, input.currency, scale, precision);
  if (value.isNegative() && !value.isZero()) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: ['value'],
        message: `${quoteInput(text, 200)}: a published amount cannot be negative (state a deficit as a balance)`,
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
  return Object.freeze({
    text,
    value: value.abs(),
    currency: input.currency,
    scale,
    precision,
    rounding,
    interval: amountInterval(value.abs(), precision, rounding),
  });
}

const ZERO = new Decimal(0);

function amountInterval(
  value: Decimal,
  precision: Decimal,
  rounding: RoundingAssumption,
): Interval {
  if (rounding === 'truncate') {
    return makeInterval(value, addDirected(value, precision, 'up'), true, false);
  }
  const half = divDirected(precision, new Decimal(2), 'up');
  const lo = subDirected(value, half, 'down');
  const hi = addDirected(value, half, 'up');
  return lo.lt(0) ? makeInterval(ZERO, hi, true, false) : makeInterval(lo, hi, true, false);
}
