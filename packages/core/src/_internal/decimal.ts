import type { Decimal as DecimalJsType } from 'decimal.js';
// decimal.js, or the BigInt engine in browsers (package.json `imports`; see decimal-bigint.ts).
import { Decimal as DecimalJs } from '#decimal-engine';

/**
 * Bilateral's decimal type: decimal.js configured for money. Sums and differences of amounts are
 * exact up to {@link DECIMAL_PRECISION} significant digits (beyond that, arithmetic refuses with
 * `PRECISION_EXCEEDED` instead of rounding); quotients (growth rates, shares, ratios) are computed
 * to that many significant digits, rounding half to even. Browser builds compute with the core's
 * BigInt engine, which has the part of decimal.js's API the core uses: there is no `pow` (the core
 * computes its powers apart, so that only the bundles that need them carry them, and writes a
 * power of ten as text: ``new Decimal(`1e${k}`)``), and the constructor has no `add`, `sub`, `mul`,
 * `div` or `max` (use `new Decimal(x).plus(y)` and the other instance methods).
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 *
 * @category Money
 */
// Typed as decimal.js (whose API the light engine's adapter gives), so that the published type
// declarations name decimal.js and never the package-internal `#decimal-engine`.
export const Decimal: typeof DecimalJsType = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 64,
});

/**
 * An instance of {@link Decimal}.
 *
 * @example
 * ```ts
 * const share: Decimal = shareOf(money('491900000', 'USD'), money('1491900000', 'USD'));
 * share.toFixed(4);
 * //=> '0.3297'
 * share.times(100).toFixed(1);
 * //=> '33.0'
 * ```
 *
 * @category Money
 */
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Significant digits kept by {@link Decimal}.
 *
 * @example
 * ```ts
 * DECIMAL_PRECISION;
 * //=> 64
 * new Decimal(1).div(3).sd();
 * //=> 64
 * ```
 *
 * @category Money
 */
export const DECIMAL_PRECISION = 64;

/**
 * A value a calculation accepts as a decimal: a Decimal, a decimal string, or a finite number.
 *
 * @example
 * ```ts
 * const inputs: DecimalInput[] = ['491.9', 491.9, new Decimal('491.9')];
 * inputs.map((exports) => tradeBalance({ exports, imports: '1000' }).balance.toString());
 * //=> ['-508.1', '-508.1', '-508.1']
 * ```
 *
 * @category Money
 */
export type DecimalInput = Decimal | DecimalJsType | string | number;
