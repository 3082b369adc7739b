import { Decimal } from '../_internal/decimal.js';
import { checkFigure } from './_check-figure.js';
import type { AmountFigure, RateFigure } from './figure.js';
import { impliedCurrentInterval } from './implied-current-interval.js';
import { scaleInterval } from './scale-interval.js';

/**
 * The level implied by a previous level and the growth rate since,
 * `previous × (1 + rate/100)`, with the interval the precision of both figures allows.
 *
 * @param previous - the earlier level
 * @param rate - the growth since, in percent
 * @returns the implied current level, in the currency of `previous`
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when the rate can reach −100 % or below
 * @throws BilateralError `INVALID_INPUT` at `previous` or `rate` when it is no figure (no Decimal
 *   `value`, or no interval)
 *
 * @example
 * ```ts
 * const current = impliedCurrentFigure(parsePublishedAmount('US$150 million'), parsePublishedRate('up 6.4%'));
 * current.value.div(1e6).toString();
 * //=> '159.6'
 * formatInterval(current.interval, { unit: '1e6' });
 * //=> '[158.993, 160.208)'
 * ```
 *
 * @category Figures
 */
export function impliedCurrentFigure<C extends string>(
  previous: AmountFigure<C>,
  rate: RateFigure,
): AmountFigure<C> {
  checkFigure(previous, ['previous']);
  checkFigure(rate, ['rate']);
  const interval = impliedCurrentInterval(previous.interval, scaleInterval(rate.interval, '0.01'));
  const value = previous.value.times(new Decimal(1).plus(rate.value.div(100)));
  return Object.freeze({ value, currency: previous.currency, interval });
}
