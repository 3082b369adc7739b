import { BilateralError } from '../errors/index.js';
import { checkFigure } from './_check-figure.js';
import { sameCurrency } from './_currency.js';
import type { AmountFigure, RateFigure } from './figure.js';
import { growthInterval } from './growth-interval.js';
import { scaleInterval } from './scale-interval.js';

/**
 * The growth rate in percent between two published levels, `(current / previous − 1) × 100`,
 * with the interval the precision of both levels allows.
 *
 * @param current - the current level
 * @param previous - the level of the same period a year earlier (or the previous period)
 * @returns the implied rate in percent
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ,
 * `DIVISION_BY_ZERO` when `previous` can be 0, `NON_POSITIVE_BASE` when it is negative
 * @throws BilateralError `INVALID_INPUT` at `current` or `previous` when it is no figure (no
 *   Decimal `value`, or no interval)
 *
 * @example
 * ```ts
 * const growth = impliedGrowth(parsePublishedAmount('US$159.6 million'), parsePublishedAmount('US$150 million'));
 * growth.value.toString();
 * //=> '6.4'
 * formatInterval(growth.interval);
 * //=> '(6.01328, 6.7893)'
 * ```
 *
 * @category Figures
 */
export function impliedGrowth<C extends string>(
  current: AmountFigure<C>,
  previous: AmountFigure<NoInfer<C>>,
): RateFigure {
  checkFigure(current, ['current']);
  checkFigure(previous, ['previous']);
  sameCurrency([current, previous]);
  const interval = scaleInterval(growthInterval(current.interval, previous.interval), 100);
  if (previous.value.lte(0)) {
    throw new BilateralError('NON_POSITIVE_BASE', 'growth needs a positive previous value');
  }
  const value = current.value.div(previous.value).minus(1).times(100);
  return Object.freeze({ value, interval });
}
