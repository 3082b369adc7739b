/**
 * Powers outside browsers: decimal.js's own `pow`. `_internal/precise.ts` imports its power as
 * `#decimal-power` (package.json `imports`): this module by default, `decimal-bigint-power.ts`
 * under the `browser` condition (where the engine is `decimal-bigint.ts`).
 *
 * @example
 * ```ts
 * import { Decimal } from 'decimal.js';
 * power(new Decimal('1.21'), '0.5').toString();
 * //=> '1.1'
 * ```
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';

/** `x^y`, rounded to the precision and rounding mode of x's constructor. */
export function power(x: Decimal, y: Decimal.Value): Decimal {
  return x.pow(y);
}
