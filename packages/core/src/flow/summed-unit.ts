import type { Decimal } from '../_internal/decimal.js';
import { exact } from '../money/checked-add.js';

/**
 * The unit a sum (or a difference) of two figures is known to: their units summed, a figure
 * without one counting as exact; `undefined` when both are exact. Exact like the figures (`exact`)
 * or `PRECISION_EXCEEDED` past 64 digits, never rounded. The one rule for a turnover's unit:
 * `bilateral report`'s trade table calls it (on its flows' known units and bounds' widths), and
 * `buildSeries`'s turnover writes it out (`build-checked-series.ts`, on its flows' precisions, a
 * part without one but derived or approximate giving none), as does `<bilateral-balance>`
 * (`summed` in `balance-rows.ts`, on its sides' known units): calling it cost the pages bytes.
 *
 * @internal
 * @example
 * ```ts
 * // Exports of US$1.234 billion known to the million, exact imports: known to the million.
 * summedUnit(new Decimal('1000000'), undefined)?.toFixed(); //=> '1000000'
 * summedUnit(new Decimal('1000000'), new Decimal('100000'))?.toFixed(); //=> '1100000'
 * summedUnit(undefined, undefined); //=> undefined
 * ```
 */
export function summedUnit(a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined {
  return a && b ? exact(a, b, 'plus') : (a ?? b);
}
