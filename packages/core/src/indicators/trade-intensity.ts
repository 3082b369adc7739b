import { type Amount, readAmounts } from '../_internal/amounts.js';
import { assertNotNegative } from '../_internal/assert-not-negative.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import type { IndicatorValue } from './indicator-value.js';
import { exactProduct, exactRatio } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';

/**
 * The four totals {@link tradeIntensity} compares (Money of one currency, or bare decimals).
 *
 * @example
 * ```ts
 * const totals: TradeIntensityInput = {
 *   exportsToPartner: '20', reporterExports: '100', partnerImports: '50', worldImports: '1000',
 * };
 * tradeIntensity(totals).value?.toString();
 * //=> '4'
 * ```
 *
 * @category Indicators
 */
export interface TradeIntensityInput<T = Amount> {
  /** `xᵢⱼ`: the reporter's exports to the partner. */
  readonly exportsToPartner: T;
  /** `Xᵢ`: the reporter's exports to the world. */
  readonly reporterExports: T;
  /** `Mⱼ`: the partner's imports from the world (or world exports to the partner; see {@link tradeIntensity}). */
  readonly partnerImports: T;
  /** `M_w`: world imports (or world exports — the same measure as `partnerImports`). */
  readonly worldImports: T;
}

/**
 * The trade intensity index of a reporter with a partner: the partner's share of the reporter's
 * exports over its share of world trade, `(xᵢⱼ ÷ Xᵢ) ÷ (Mⱼ ÷ M_w)` (Brown 1949, Kojima 1964). The
 * ESCAP handbook *Trade Statistics in Policymaking* and the World Bank's WITS write the partner's
 * share as world exports to the partner over world exports; the partner's imports over world
 * imports is the same measure from the importers' side (CIF instead of FOB): pass either pair. Above 1, the reporter sends the partner more than
 * the partner's weight in world trade predicts. Computed as `xᵢⱼ·M_w ÷ (Xᵢ·Mⱼ)` with exact
 * products and one rounding to 64 significant digits.
 *
 * @param input - the four totals, see {@link TradeIntensityInput}
 * @returns the index, or `null` with reason `zero-denominator` when the reporter's exports or the
 * partner's imports are 0
 * @throws {@link BilateralError} `INVALID_INPUT` for an input that is not an object or a negative
 * value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL` or `OUT_OF_RANGE` for a value
 * that is not a decimal in the supported range, or an index of 10^36 or more
 *
 * @example
 * ```ts
 * const intensity = tradeIntensity({
 *   exportsToPartner: money('20', 'USD'), reporterExports: money('100', 'USD'),
 *   partnerImports: money('50', 'USD'), worldImports: money('1000', 'USD'),
 * });
 * intensity.value?.toString();
 * //=> '4'
 * ```
 *
 * @category Indicators
 */
export function tradeIntensity(input: TradeIntensityInput): IndicatorValue {
  if (typeof input !== 'object' || input === null) {
    throw wrongArgument(
      [],
      '{ exportsToPartner, reporterExports, partnerImports, worldImports }',
      input,
    );
  }
  const { values } = readAmounts({
    exportsToPartner: input.exportsToPartner,
    reporterExports: input.reporterExports,
    partnerImports: input.partnerImports,
    worldImports: input.worldImports,
  });
  for (const [key, value] of Object.entries(values)) assertNotNegative(value, key, [key]);
  if (values.reporterExports.isZero()) {
    return noValue('zero-denominator', "the reporter's exports are 0");
  }
  if (values.partnerImports.isZero()) {
    return noValue('zero-denominator', "the partner's imports are 0");
  }
  return {
    value: exactRatio(
      exactProduct(values.exportsToPartner, values.worldImports),
      exactProduct(values.reporterExports, values.partnerImports),
      'the trade intensity',
    ),
  };
}
