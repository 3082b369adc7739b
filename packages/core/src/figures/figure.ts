import type { Decimal } from '../_internal/decimal.js';
import type { Interval } from './interval.js';

/**
 * An amount with the interval it stands for: a {@link PublishedAmount}, or one derived from
 * published figures ({@link impliedPreviousFigure}, {@link impliedSum}, …). `value` is what the stated
 * values give (quotients to 64 significant digits, half to even); `interval` is where the true
 * value lies given every input's precision.
 *
 * @example
 * ```ts
 * const previous: AmountFigure = impliedPreviousFigure(
 *   parsePublishedAmount('US$159.6 million'),
 *   parsePublishedRate('up 6.4%'),
 * );
 * previous.value.div(1e6).toFixed(1);
 * //=> '150.0'
 * ```
 *
 * @category Figures
 */
export interface AmountFigure<C extends string = string> {
  /** The value in units of the currency. */
  readonly value: Decimal;
  /** ISO 4217 code. */
  readonly currency: C;
  /** Where the true value lies, in units of the currency. */
  readonly interval: Interval;
}

/**
 * A rate in percent with the interval it stands for: a {@link PublishedRate}, or one derived
 * from published figures ({@link impliedGrowth}, {@link impliedShare}).
 *
 * @example
 * ```ts
 * const share: RateFigure = impliedShare(
 *   parsePublishedAmount('US$159.6 million'),
 *   parsePublishedAmount('US$338.6 million'),
 * );
 * share.value.toFixed(2);
 * //=> '47.14'
 * ```
 *
 * @category Figures
 */
export interface RateFigure {
  /** The rate in percent. */
  readonly value: Decimal;
  /** Where the true rate lies, in percent. */
  readonly interval: Interval;
}
