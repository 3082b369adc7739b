import { Decimal } from '../_internal/decimal.js';
import { checkFigure } from './_check-figure.js';
import type { AmountFigure, RateFigure } from './figure.js';
import { impliedPreviousInterval } from './implied-previous-interval.js';
import { scaleInterval } from './scale-interval.js';

/**
 * The level a year (or a period) earlier behind a published level and its growth rate,
 * `current / (1 + rate/100)`, with the interval the precision of both figures allows. Prior
 * bases are usually revised figures, so this is an estimate, not a fact.
 *
 * @param current - the current level, e.g. "US$159.6 million"
 * @param rate - its growth in percent, e.g. "up 6.4%"
 * @returns the implied previous level, in the currency of `current`
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` or `NON_POSITIVE_BASE` when the rate can
 * reach −100 %
 * @throws BilateralError `INVALID_INPUT` at `current` or `rate` when it is no figure (no Decimal
 *   `value`, or no interval)
 *
 * @example
 * ```ts
 * const q1of2020 = impliedPreviousFigure(parsePublishedAmount('US$159.6 million'), parsePublishedRate('up 6.4%'));
 * q1of2020.value.div(1e6).toFixed(2);
 * //=> '150.00'
 * formatInterval(q1of2020.interval, { unit: '1e6' });
 * //=> '(149.882, 150.118)'
 * ```
 *
 * @category Figures
 */
export function impliedPreviousFigure<C extends string>(
  current: AmountFigure<C>,
  rate: RateFigure,
): AmountFigure<C> {
  checkFigure(current, ['current']);
  checkFigure(rate, ['rate']);
  const interval = impliedPreviousInterval(current.interval, scaleInterval(rate.interval, '0.01'));
  const value = current.value.div(new Decimal(1).plus(rate.value.div(100)));
  return Object.freeze({ value, currency: current.currency, interval });
}
