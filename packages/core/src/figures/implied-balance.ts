import { checkFigure } from './_check-figure.js';
import { sameCurrency } from './_currency.js';
import type { AmountFigure } from './figure.js';
import { subtractIntervals } from './subtract-intervals.js';

/**
 * The trade balance behind published exports and imports, `exports − imports` (positive: a
 * surplus for the reporter), with the interval their precisions allow.
 *
 * @param exports - the reporter's exports to the partner
 * @param imports - the reporter's imports from the partner
 * @returns the balance, negative for a deficit
 * @throws {@link BilateralError} `CURRENCY_MISMATCH` when the currencies differ
 * @throws BilateralError `INVALID_INPUT` at `exports` or `imports` when it is no figure (no
 *   Decimal `value`, or no interval)
 *
 * @example
 * ```ts
 * const balance = impliedBalance(parsePublishedAmount('$491.9 million'), parsePublishedAmount('$1 billion'));
 * formatInterval(balance.interval, { unit: '1e6' });
 * //=> '(-1008.15, -8.05)'
 * ```
 *
 * @category Figures
 */
export function impliedBalance<C extends string>(
  exports: AmountFigure<C>,
  imports: AmountFigure<NoInfer<C>>,
): AmountFigure<C> {
  checkFigure(exports, ['exports']);
  checkFigure(imports, ['imports']);
  const currency = sameCurrency([exports, imports]);
  return Object.freeze({
    value: exports.value.minus(imports.value),
    currency,
    interval: subtractIntervals(exports.interval, imports.interval),
  });
}
