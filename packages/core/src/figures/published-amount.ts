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
 * The kind of lower bound a figure was published as, which its text states: `'at-least'` (≥)
 * includes the figure ("at least US$565 million", "no less than", "ít nhất", "tối thiểu",
 * "ຢ່າງໜ້ອຍ", "至少", "不少于", "不低于", and a figure closed by 以上, which Chinese law reads as
 * including it: Civil Code of the PRC, art. 1259), `'more-than'` (>) excludes it ("more than",
 * "over", "above", "hơn", "trên", "ຫຼາຍກວ່າ", "ເກີນ", "超过", "逾", "多于"). A bound is rounded
 * `'truncate'`: "more than US$565 million" ⇒ [565, 566) million, either kind (the interval a
 * figure allows is the same; the words that write it again differ).
 *
 * @example
 * ```ts
 * const bound: LowerBound | undefined = parsePublishedAmount('ít nhất 565 triệu USD').bound;
 * bound;
 * //=> 'at-least'
 * [parsePublishedAmount('more than US$565 million').bound, parsePublishedAmount('US$565 million').bound];
 * //=> ['more-than', undefined]
 * ```
 *
 * @category Figures
 */
export type LowerBound = 'at-least' | 'more-than';

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
  /**
   * The lower bound the figure was published as ("more than US$565 million": `'more-than'`),
   * absent when it is none; a bound's `rounding` is `'truncate'`.
   */
  readonly bound?: LowerBound;
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
  /** `'nearest'` unless given, `'truncate'` for a `bound`. */
  readonly rounding?: RoundingAssumption | undefined;
  /** The lower bound the figure was published as, if it was one (its rounding: `'truncate'`). */
  readonly bound?: LowerBound | undefined;
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
 * value, a precision that is not positive, or a `bound` that is none or is rounded `'nearest'`;
 * `INVALID_DECIMAL` or `INVALID_CURRENCY` for malformed parts
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
  const { bound } = input;
  const rounding = input.rounding ?? (bound === undefined ? 'nearest' : 'truncate');
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
  const kind = bound === 'at-least' || bound === 'more-than';
  if (bound !== undefined && (!kind || rounding !== 'truncate')) {
    throw new BilateralError('INVALID_FIGURE', [
      {
        path: [kind ? 'rounding' : 'bound'],
        message: `${quoteInput(text, 200)}: a lower bound ${kind ? `(${bound}) is rounded 'truncate', not '${rounding}'` : `is 'at-least' or 'more-than', not ${describeInput(bound)}`}`,
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
    ...(bound === undefined ? {} : { bound }),
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
