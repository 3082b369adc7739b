/**
 * The unit an implied amount is known to, for writing it "about" with the digits its figures
 * support (docs/calculations.md, "Digits of a computed rate" and `intervalAmount`).
 *
 * @internal
 */
import type { Decimal } from '../_internal/decimal.js';
import { intervalAmount, knownAmount } from '../growth/amount-digits.js';
import type { AmountFigure } from './figure.js';
import { intervalContains } from './interval-contains.js';

/**
 * The unit to round an implied amount's point value to: the one {@link intervalAmount} gives its
 * interval (the fewest digits that stay inside it), finer by tens while the point rounded to it
 * would leave the interval. US$1.5 billion up 25.5 % implies (1.15491, 1.23556) billion, known
 * to the 0.1 billion ("about US$1.2 billion", not the quotient's "1.195"); `undefined` for an
 * exact amount (an interval of one point). An open end is left out: exports of (580, 600) million
 * are "about US$590 million", never 600.
 *
 * @example
 * ```ts
 * impliedUnit({
 *   value: new Decimal('1195219123.5'),
 *   currency: 'USD',
 *   interval: interval('1154918359', '1235555999'),
 * })?.toFixed();
 * //=> '100000000'
 * ```
 */
export function impliedUnit(figure: AmountFigure): Decimal | undefined {
  let unit = intervalAmount(figure.interval).unit;
  // The point lies in the interval: rounded to a fine enough unit, it stays there (and a point
  // outside it, which no implied figure has, is written as it is).
  while (unit !== undefined) {
    const rounded = knownAmount(figure.value, unit).amount;
    if (intervalContains(figure.interval, rounded)) return unit;
    if (rounded.eq(figure.value)) return undefined;
    unit = unit.div(10);
  }
  return undefined;
}
