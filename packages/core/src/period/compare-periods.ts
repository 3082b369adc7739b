import { monthSpan } from './month-index.js';
import type { Period } from './period.js';

/**
 * Orders periods by their first month, then by their last month (shorter first); usable as an
 * `Array.prototype.sort` comparator. Periods covering the same months compare equal.
 *
 * @example
 * ```ts
 * ['2024-Q2', '2024', '2023-12'].map((text) => parsePeriod(text)).sort(comparePeriods).map(formatPeriod);
 * //=> ['2023-12', '2024', '2024-Q2']
 * ```
 *
 * @category Periods
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  const [aFirst, aLast] = monthSpan(a);
  const [bFirst, bLast] = monthSpan(b);
  const difference = aFirst - bFirst || aLast - bLast;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * Whether two periods are the same kind and cover the same months (`2024-Q1` is not the same
 * period as `2024-01/2024-03`, though both cover January–March).
 *
 * @example
 * ```ts
 * isSamePeriod(parsePeriod('2024-Q1'), { kind: 'quarter', year: 2024, quarter: 1 });
 * //=> true
 * ```
 *
 * @category Periods
 */
export function isSamePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && comparePeriods(a, b) === 0;
}

/**
 * Whether `outer` covers every month of `inner`.
 *
 * @example
 * ```ts
 * periodContains(parsePeriod('2024'), parsePeriod('2024-Q3'));
 * //=> true
 * ```
 *
 * @category Periods
 */
export function periodContains(outer: Period, inner: Period): boolean {
  const [outerFirst, outerLast] = monthSpan(outer);
  const [innerFirst, innerLast] = monthSpan(inner);
  return outerFirst <= innerFirst && innerLast <= outerLast;
}

/**
 * Whether two periods share at least one month.
 *
 * @example
 * ```ts
 * periodsOverlap(parsePeriod('2024-H1'), parsePeriod('2024-Q2'));
 * //=> true
 * periodsOverlap(parsePeriod('2024-H1'), parsePeriod('2024-Q3'));
 * //=> false
 * ```
 *
 * @category Periods
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const [aFirst, aLast] = monthSpan(a);
  const [bFirst, bLast] = monthSpan(b);
  return aFirst <= bLast && bFirst <= aLast;
}
