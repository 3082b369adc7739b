import type { Amount } from '../_internal/amounts.js';
import { quoteInput } from '../_internal/quote-input.js';
import type { IndicatorRow, KeyedValue } from './indicator-value.js';
import { exactRatio } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

/**
 * A reporter's market share in each product: its exports of the product divided by the market's
 * (the world's, or a partner's imports) of the same product, `xₖ ÷ Mₖ`, a decimal fraction rounded
 * once to 64 significant digits. A share above 1 (the market's figure below the reporter's, as
 * mirror figures can be) is returned as it is.
 *
 * @param reporter - the reporter's `{ key, value }` rows, one per product
 * @param market - the market's rows, in the same form and currency
 * @returns one {@link IndicatorRow} per reporter row, in order; `null` with reason
 * `missing-denominator` when the market has no row for the key, `zero-denominator` when its value is 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a list that is not an array of `{ key, value }`,
 * a repeated key or a negative value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL`
 * or `OUT_OF_RANGE` for a value that is not a decimal in the supported range
 *
 * @example
 * ```ts
 * marketShares(
 *   [{ key: '1201', value: '30' }, { key: '4001', value: '5' }, { key: '2601', value: '1' }],
 *   [{ key: '1201', value: '120' }, { key: '4001', value: '0' }],
 * ).map((row) => (row.value === null ? row.reason : row.value.toString()));
 * //=> ['0.25', 'zero-denominator', 'missing-denominator']
 * ```
 *
 * @category Indicators
 */
export function marketShares(
  reporter: readonly KeyedValue<Amount>[],
  market: readonly KeyedValue<Amount>[],
): IndicatorRow[] {
  const own = readKeyedValues(reporter, ['reporter']);
  const { values: markets } = readKeyedValues(market, ['market'], own.currency);
  return [...own.values].map(([key, value]) => {
    const total = markets.get(key);
    if (total === undefined) {
      return {
        key,
        ...noValue('missing-denominator', `the market has no row for ${quoteInput(key)}`),
      };
    }
    if (total.isZero()) {
      return {
        key,
        ...noValue('zero-denominator', `the market's value of ${quoteInput(key)} is 0`),
      };
    }
    return { key, value: exactRatio(value, total, `the market share of ${quoteInput(key)}`) };
  });
}
