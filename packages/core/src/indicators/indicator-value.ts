import type { Decimal } from '../_internal/decimal.js';
import type { Amount } from '../growth/amount.js';

/**
 * One row of commodity-level trade: a key (an HS code, a partner's code) and its value (Money of
 * one currency, or a bare decimal, the same form for every row).
 *
 * @example
 * ```ts
 * const soy: KeyedValue<Money<'USD'>> = { key: '1201', value: money('1250000', 'USD') };
 * soy.value.amount.toString();
 * //=> '1250000'
 * ```
 *
 * @category Indicators
 */
export interface KeyedValue<T = Amount> {
  /** What the row is about: a product code, a partner code. Unique within a list. */
  readonly key: string;
  /** Its trade value, 0 or more. */
  readonly value: T;
}

/**
 * Why an indicator has no value:
 *
 * - `missing-denominator` — the value it divides by is not given (a product absent from the
 *   world's rows, say);
 * - `zero-denominator` — the value it divides by is 0, so the ratio is undefined;
 * - `missing-value` — the value it compares is not given (a mirror flow the importer did not
 *   report, see {@link mirrorFlows}).
 *
 * @example
 * ```ts
 * const rows = marketShares([{ key: '1201', value: '5' }], [{ key: '1201', value: '0' }]);
 * rows.map((row) => (row.value === null ? row.reason : row.value.toString()));
 * //=> ['zero-denominator']
 * ```
 *
 * @category Indicators
 */
export type NoIndicatorReason = 'missing-denominator' | 'zero-denominator' | 'missing-value';

/**
 * An indicator's value, or `null` with the reason there is none (never NaN or Infinity).
 *
 * @example
 * ```ts
 * const intensity: IndicatorValue = tradeIntensity({
 *   exportsToPartner: '20', reporterExports: '100', partnerImports: '50', worldImports: '1000',
 * });
 * intensity.value === null ? intensity.reason : intensity.value.toString();
 * //=> '4'
 * ```
 *
 * @category Indicators
 */
export type IndicatorValue =
  | { readonly value: Decimal }
  | {
      /** Always `null`: there is no value. */
      readonly value: null;
      /** Why there is no value. */
      readonly reason: NoIndicatorReason;
      /** The reason in words, naming the denominator. */
      readonly message: string;
    };

/**
 * An indicator for one row (one product or partner): its key and its {@link IndicatorValue}.
 *
 * @example
 * ```ts
 * const [row]: IndicatorRow[] = marketShares([{ key: '1201', value: '5' }], [{ key: '1201', value: '20' }]);
 * [row.key, row.value?.toString()];
 * //=> ['1201', '0.25']
 * ```
 *
 * @category Indicators
 */
export type IndicatorRow = { readonly key: string } & IndicatorValue;
