import type { DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import type { Interval } from './interval.js';

/**
 * Whether `value` lies in the interval, open ends excluded.
 *
 * @param range - the interval
 * @param value - the number to test (decimal string, Decimal or finite number)
 * @returns `true` when `value` belongs to `range`
 * @throws {@link BilateralError} `INVALID_DECIMAL` when `value` is not a finite decimal
 *
 * @example
 * ```ts
 * intervalContains(interval('1.45', '1.55', '[)'), '1.45');
 * //=> true
 * intervalContains(interval('1.45', '1.55', '[)'), '1.55');
 * //=> false
 * ```
 *
 * @category Figures
 */
export function intervalContains(range: Interval, value: DecimalInput): boolean {
  const x = toDecimal(value, ['value']);
  const aboveLo = range.loClosed ? x.gte(range.lo) : x.gt(range.lo);
  const belowHi = range.hiClosed ? x.lte(range.hi) : x.lt(range.hi);
  return aboveLo && belowHi;
}
