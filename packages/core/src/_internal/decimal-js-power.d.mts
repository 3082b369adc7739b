import type { Decimal } from 'decimal.js';

/**
 * `x^y`, rounded to the precision and rounding mode of x's constructor: decimal.js's `pow`
 * (`decimal-js-power.mjs`; `#decimal-power` outside browsers).
 *
 * @example
 * ```ts
 * power(new Decimal('1.21'), '0.5').toString();
 * //=> '1.1'
 * ```
 */
export declare function power(x: Decimal, y: Decimal.Value): Decimal;
