import type { Amount } from '../_internal/amounts.js';
import { quoteInput } from '../_internal/quote-input.js';
import type { IndicatorRow, KeyedValue } from './indicator-value.js';
import { exactProduct, exactRatio, exactSum } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

/**
 * Balassa's revealed comparative advantage of a reporter in each product: the product's share of
 * the reporter's exports over its share of world exports, `RCAₖ = (xₖ ÷ X) ÷ (wₖ ÷ W)` with
 * `X = Σ x` and `W = Σ w` the totals of the rows given. Above 1, the reporter exports relatively
 * more of the product than the world does (Balassa, "Trade Liberalisation and 'Revealed'
 * Comparative Advantage", 1965). Computed as `xₖ·W ÷ (X·wₖ)` with exact products and one
 * rounding to 64 significant digits.
 *
 * Pass every product of both (the totals are the sums of the rows), the world's rows including
 * the reporter's own exports.
 *
 * @param reporter - the reporter's exports, `{ key, value }` per product
 * @param world - world exports per product, in the same form and currency
 * @returns one {@link IndicatorRow} per reporter row, in order; `null` with reason
 * `missing-denominator` when the world has no row for the key, `zero-denominator` when the world's
 * value of the product or the reporter's total is 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a list that is not an array of `{ key, value }`,
 * a repeated key or a negative value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL`
 * or `OUT_OF_RANGE` for a value that is not a decimal in the supported range, or an index of
 * 10^36 or more
 *
 * @example
 * ```ts
 * const laos = [{ key: '2601', value: '40' }, { key: '1201', value: '10' }];
 * const world = [{ key: '2601', value: '100' }, { key: '1201', value: '400' }];
 * revealedComparativeAdvantage(laos, world).map((row) => [row.key, row.value?.toString()]);
 * //=> [['2601', '4'], ['1201', '0.25']]
 * ```
 *
 * @category Indicators
 */
export function revealedComparativeAdvantage(
  reporter: readonly KeyedValue<Amount>[],
  world: readonly KeyedValue<Amount>[],
): IndicatorRow[] {
  const own = readKeyedValues(reporter, ['reporter']);
  const { values: worlds } = readKeyedValues(world, ['world'], own.currency);
  const reporterTotal = exactSum(own.values.values());
  const worldTotal = exactSum(worlds.values());
  return [...own.values].map(([key, value]) => {
    const worldValue = worlds.get(key);
    if (worldValue === undefined) {
      return {
        key,
        ...noValue('missing-denominator', `the world has no row for ${quoteInput(key)}`),
      };
    }
    if (worldValue.isZero()) {
      return { key, ...noValue('zero-denominator', `world exports of ${quoteInput(key)} are 0`) };
    }
    if (reporterTotal.isZero()) {
      return { key, ...noValue('zero-denominator', "the reporter's total exports are 0") };
    }
    return {
      key,
      value: exactRatio(
        exactProduct(value, worldTotal),
        exactProduct(reporterTotal, worldValue),
        `the revealed comparative advantage in ${quoteInput(key)}`,
      ),
    };
  });
}
