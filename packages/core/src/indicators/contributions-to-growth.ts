import type { Amount } from '../_internal/amounts.js';
import { Decimal } from '../_internal/decimal.js';
import { preciseDifference } from '../_internal/precise-sum.js';
import { quoteInput } from '../_internal/quote-input.js';
import type { IndicatorRow, IndicatorValue, KeyedValue } from './indicator-value.js';
import { exactRatio, exactSum } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

const ZERO = new Decimal(0);

/**
 * The result of {@link contributionsToGrowth}: each row's contribution and the total growth.
 *
 * @example
 * ```ts
 * const c: GrowthContributionRows = contributionsToGrowth([{ key: 'a', value: '11' }], [{ key: 'a', value: '10' }]);
 * [c.rows[0].value?.toString(), c.total.value?.toString()];
 * //=> ['0.1', '0.1']
 * ```
 *
 * @category Indicators
 */
export interface GrowthContributionRows {
  /** One row per key of either period (current keys first, in order, then keys only in the previous one). */
  readonly rows: IndicatorRow[];
  /** The growth of the total, `(C − P) ÷ P`; `null` with reason `zero-denominator` when `P` is 0. */
  readonly total: IndicatorValue;
}

/**
 * Each product's (or partner's) contribution to the growth of the total: the change in its value
 * divided by the previous total, `(cₖ − pₖ) ÷ P` with `P = Σ p`, a decimal fraction (`0.034` =
 * 3.4 percentage points). A key missing from one period counts as 0 there (a product new this
 * year, or no longer traded). The contributions add up to the total growth `(C − P) ÷ P` (each is
 * rounded once to 64 significant digits, so to within one unit in the 64th digit per row).
 *
 * @param current - the current period's `{ key, value }` rows
 * @param previous - the base period's rows, in the same form and currency
 * @returns the {@link GrowthContributionRows}; every value `null` with reason `zero-denominator`
 * when the previous total is 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a list that is not an array of `{ key, value }`,
 * a repeated key or a negative value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL`
 * or `OUT_OF_RANGE` for a value that is not a decimal in the supported range, or a contribution
 * of 10^36 or more
 *
 * @example
 * ```ts
 * const c = contributionsToGrowth(
 *   [{ key: '1201', value: '150' }, { key: '2601', value: '60' }, { key: '4001', value: '20' }],
 *   [{ key: '1201', value: '100' }, { key: '2601', value: '80' }, { key: '0901', value: '20' }],
 * );
 * c.rows.map((row) => [row.key, row.value?.toString()]);
 * //=> [['1201', '0.25'], ['2601', '-0.1'], ['4001', '0.1'], ['0901', '-0.1']]
 * c.total.value?.toString();
 * //=> '0.15'
 * ```
 *
 * @category Indicators
 */
export function contributionsToGrowth(
  current: readonly KeyedValue<Amount>[],
  previous: readonly KeyedValue<Amount>[],
): GrowthContributionRows {
  const now = readKeyedValues(current, ['current']);
  const { values: before } = readKeyedValues(previous, ['previous'], now.currency);
  const base = exactSum(before.values());
  const keys = [...now.values.keys(), ...[...before.keys()].filter((key) => !now.values.has(key))];
  const zero = base.isZero();
  const message = 'the previous total is 0, so growth from it is undefined';
  const change = (key: string): Decimal =>
    preciseDifference(now.values.get(key) ?? ZERO, before.get(key) ?? ZERO);
  return {
    rows: keys.map((key) =>
      zero
        ? { key, ...noValue('zero-denominator', message) }
        : { key, value: exactRatio(change(key), base, `the contribution of ${quoteInput(key)}`) },
    ),
    total: zero
      ? noValue('zero-denominator', message)
      : {
          value: exactRatio(
            preciseDifference(exactSum(now.values.values()), base),
            base,
            'the growth of the total',
          ),
        },
  };
}
