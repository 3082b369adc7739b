import type { Amount } from '../_internal/amounts.js';
import { Decimal } from '../_internal/decimal.js';
import type { KeyedValue } from './indicator-value.js';
import { exactProduct, exactRatio, exactSum, exactSumOfSquares } from './internal/exact-ratio.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

/**
 * The concentration band of a Herfindahl–Hirschman index on the 0–10,000 scale, with the
 * thresholds of the US Department of Justice and Federal Trade Commission's *Horizontal Merger
 * Guidelines* (2010, §5.3): below 1,500 `unconcentrated`, 1,500 to 2,500 `moderately-concentrated`,
 * above 2,500 `highly-concentrated`. (The 2023 *Merger Guidelines* call a market above 1,800
 * highly concentrated; Bilateral keeps the 2010 bands, which trade studies commonly quote.)
 *
 * @example
 * ```ts
 * const band: ConcentrationBand = herfindahlIndex([{ key: 'CHN', value: '1' }]).band;
 * band;
 * //=> 'highly-concentrated'
 * ```
 *
 * @category Indicators
 */
export type ConcentrationBand =
  | 'unconcentrated'
  | 'moderately-concentrated'
  | 'highly-concentrated';

/**
 * The result of {@link herfindahlIndex}: the index on both scales and its band, or `null` with the
 * reason when the rows' total is 0.
 *
 * @example
 * ```ts
 * const c: Concentration = herfindahlIndex([{ key: 'CHN', value: '3' }, { key: 'THA', value: '1' }]);
 * c.index === null ? c.reason : [c.index.toString(), c.points.toString(), c.band];
 * //=> ['0.625', '6250', 'highly-concentrated']
 * ```
 *
 * @category Indicators
 */
export type Concentration =
  | {
      /** `Σ sₖ²`, from `1 ÷ n` (n equal rows) to 1 (one row). */
      readonly index: Decimal;
      /** The index on the 0–10,000 scale (`index × 10,000`, shares in percent squared). */
      readonly points: Decimal;
      /** The band of `points`, see {@link ConcentrationBand}. */
      readonly band: ConcentrationBand;
      /** How many rows were counted (rows of value 0 included). */
      readonly rows: number;
    }
  | {
      /** Always `null`: the total is 0 (or there are no rows), so there are no shares. */
      readonly index: null;
      readonly points: null;
      readonly band: null;
      readonly rows: number;
      /** Always `zero-denominator`. */
      readonly reason: 'zero-denominator';
      /** The reason in words. */
      readonly message: string;
    };

/**
 * The Herfindahl–Hirschman index of concentration: the sum of the squared shares of the rows,
 * `HHI = Σ (vₖ ÷ Σ v)²` — of a reporter's exports by product (product concentration) or by
 * partner (market concentration), whichever the rows are keyed by. It lies between `1 ÷ n` for
 * n equal rows and 1 for a single one. Computed as `Σ vₖ² ÷ (Σ v)²` with exact sums and one
 * rounding to 64 significant digits; the band is decided on the exact value.
 *
 * @param rows - `{ key, value }` rows (products or partners), values 0 or more, all Money of one
 * currency or all bare decimals
 * @returns the {@link Concentration}: the index (0–1), its points (0–10,000) and band; `null`
 * with reason `zero-denominator` when there are no rows or their total is 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a list that is not an array of `{ key, value }`,
 * a repeated key or a negative value; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL`
 * or `OUT_OF_RANGE` for a value that is not a decimal in the supported range
 *
 * @example
 * ```ts
 * const byPartner = [
 *   { key: 'CHN', value: money('50', 'USD') },
 *   { key: 'THA', value: money('30', 'USD') },
 *   { key: 'VNM', value: money('20', 'USD') },
 * ];
 * const c = herfindahlIndex(byPartner);
 * [c.index?.toString(), c.points?.toString(), c.band];
 * //=> ['0.38', '3800', 'highly-concentrated']
 * ```
 *
 * @category Indicators
 */
export function herfindahlIndex(rows: readonly KeyedValue<Amount>[]): Concentration {
  const { values } = readKeyedValues(rows, []);
  const total = exactSum(values.values());
  if (total.isZero()) {
    return {
      index: null,
      points: null,
      band: null,
      rows: values.size,
      reason: 'zero-denominator',
      message: values.size === 0 ? 'there are no rows' : 'the total of the rows is 0',
    };
  }
  const squares = exactSumOfSquares(values.values());
  const totalSquared = exactProduct(total, total);
  const index = exactRatio(squares, totalSquared, 'the Herfindahl–Hirschman index');
  return {
    index,
    points: index.times(10000),
    band: bandOf(squares, totalSquared),
    rows: values.size,
  };
}

/** The band of `10,000 × squares ÷ totalSquared`, compared exactly with 1,500 and 2,500. */
function bandOf(squares: Decimal, totalSquared: Decimal): ConcentrationBand {
  const scaled = exactProduct(squares, new Decimal(10000));
  if (scaled.lt(exactProduct(totalSquared, new Decimal(1500)))) return 'unconcentrated';
  if (scaled.gt(exactProduct(totalSquared, new Decimal(2500)))) return 'highly-concentrated';
  return 'moderately-concentrated';
}
