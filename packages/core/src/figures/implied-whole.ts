import { checkFigure } from './_check-figure.js';
import { divideIntervals } from './divide-intervals.js';
import type { AmountFigure, RateFigure } from './figure.js';
import { scaleInterval } from './scale-interval.js';

/**
 * The whole implied by a part and its share in percent, `part / (share / 100)`, with the
 * interval the precisions of both allow: "US$159.6 million, 2.4 % of Vietnam's exports to
 * ASEAN" puts those exports at about US$6.65 billion.
 *
 * @param part - the part
 * @param share - its share of the whole, in percent
 * @returns the implied whole, in the currency of `part`
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` when the share can be 0
 * @throws BilateralError `INVALID_INPUT` at `part` or `share` when it is no figure (no Decimal
 *   `value`, or no interval)
 *
 * @example
 * ```ts
 * const asean = impliedWhole(parsePublishedAmount('US$159.6 million'), parsePublishedRate('2.4%'));
 * formatInterval(asean.interval, { unit: '1e9' });
 * //=> '(6.51224, 6.79362)'
 * ```
 *
 * @category Figures
 */
export function impliedWhole<C extends string>(
  part: AmountFigure<C>,
  share: RateFigure,
): AmountFigure<C> {
  checkFigure(part, ['part']);
  checkFigure(share, ['share']);
  const interval = divideIntervals(part.interval, scaleInterval(share.interval, '0.01'));
  const value = share.value.isZero() ? part.value : part.value.div(share.value).times(100);
  return Object.freeze({ value, currency: part.currency, interval });
}
