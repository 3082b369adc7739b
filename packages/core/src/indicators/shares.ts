import type { Amount } from '../_internal/amounts.js';
import { quoteInput } from '../_internal/quote-input.js';
import type { IndicatorRow, KeyedValue } from './indicator-value.js';
import { exactRatio, exactSum } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

/**
 * Each row's share of the rows' total — a product's share of a reporter's exports, a partner's
 * share of its imports: `vₖ ÷ Σ v`, a decimal fraction rounded once to 64 significant digits.
 * The shares add up to 1 (to within one unit in the 64th digit per row).
 *
 * @param rows - `{ key, value }` rows, values 0 or more, all Money of one currency or all bare decimals
 * @returns one {@link IndicatorRow} per row, in order; every value `null` with reason
 * `zero-denominator` when the total is 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a list that is not an array of `{ key, value }`,
 * a repeated key or a negative value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL`
 * or `OUT_OF_RANGE` for a value that is not a decimal in the supported range
 *
 * @example
 * ```ts
 * const exports = [
 *   { key: '1201', value: money('600', 'USD') },
 *   { key: '4001', value: money('300', 'USD') },
 *   { key: '2601', value: money('100', 'USD') },
 * ];
 * shares(exports).map((row) => [row.key, row.value?.toString()]);
 * //=> [['1201', '0.6'], ['4001', '0.3'], ['2601', '0.1']]
 * ```
 *
 * @category Indicators
 */
export function shares(rows: readonly KeyedValue<Amount>[]): IndicatorRow[] {
  const { values } = readKeyedValues(rows, []);
  const total = exactSum(values.values());
  return [...values].map(([key, value]) =>
    total.isZero()
      ? {
          key,
          ...noValue(
            'zero-denominator',
            `the total of the rows is 0, so ${quoteInput(key)} has no share of it`,
          ),
        }
      : { key, value: exactRatio(value, total, `the share of ${quoteInput(key)}`) },
  );
}
