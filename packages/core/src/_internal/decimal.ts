import DecimalJs from 'decimal.js';

/**
 * Bilateral's decimal type: decimal.js configured for money. Sums and differences of amounts are
 * exact up to {@link DECIMAL_PRECISION} significant digits (beyond that, arithmetic refuses with
 * `PRECISION_EXCEEDED` instead of rounding); quotients (growth rates, shares, ratios) are computed
 * to that many significant digits, rounding half to even.
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 *
 * @category Money
 */
export const Decimal = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 64,
});

/** An instance of {@link Decimal}. */
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Significant digits kept by {@link Decimal}.
 *
 * @category Money
 */
export const DECIMAL_PRECISION = 64;

/** A value a calculation accepts as a decimal: a Decimal, a decimal string, or a finite number. */
export type DecimalInput = Decimal | DecimalJs | string | number;
