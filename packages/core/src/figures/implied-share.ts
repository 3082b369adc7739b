import { BilateralError } from '../errors/index.js';
import { checkFigure } from './_check-figure.js';
import { sameCurrency } from './_currency.js';
import { divideIntervals } from './divide-intervals.js';
import type { AmountFigure, RateFigure } from './figure.js';
import { scaleInterval } from './scale-interval.js';

/**
 * The share in percent of a part in a whole, `part / whole × 100`, with the interval the
 * precisions of both allow.
 *
 * @param part - the part, e.g. Vietnam's exports to Laos
 * @param whole - the whole, e.g. Vietnam's exports to ASEAN
 * @returns the share in percent
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ,
 * `DIVISION_BY_ZERO` when the whole can be 0
 * @throws BilateralError `INVALID_INPUT` at `part` or `whole` when it is no figure (no Decimal
 *   `value`, or no interval)
 *
 * @example
 * ```ts
 * const share = impliedShare(parsePublishedAmount('US$159.6 million'), parsePublishedAmount('US$338.6 million'));
 * formatInterval(share.interval);
 * //=> '(47.1135, 47.157)'
 * ```
 *
 * @category Figures
 */
export function impliedShare<C extends string>(
  part: AmountFigure<C>,
  whole: AmountFigure<NoInfer<C>>,
): RateFigure {
  checkFigure(part, ['part']);
  checkFigure(whole, ['whole']);
  sameCurrency([part, whole]);
  const interval = scaleInterval(divideIntervals(part.interval, whole.interval), 100);
  if (whole.value.isZero()) {
    throw new BilateralError('DIVISION_BY_ZERO', 'a share of a whole of 0 has no value');
  }
  return Object.freeze({ value: part.value.div(whole.value).times(100), interval });
}
