import { monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * How many calendar months a period covers.
 *
 * @example
 * ```ts
 * monthCount(parsePeriod('2024-01/2024-09'));
 * //=> 9
 * ```
 *
 * @category Periods
 */
export function monthCount(period: Period): number {
  const [first, last] = monthSpan(period);
  return last - first + 1;
}
