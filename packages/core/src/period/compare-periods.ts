import { checkPeriod } from './check-period.js';
import { monthSpan, periodOrder } from './month-index.js';
import type { Period } from './period.js';

/**
 * Orders periods by their first month, then by their last month (shorter first); usable as an
 * `Array.prototype.sort` comparator. Periods covering the same months compare equal.
 *
 * @param a - a period
 * @param b - another period
 * @returns `-1` when `a` comes first, `1` when `b` does, `0` when they cover the same months
 * @throws {@link BilateralError} `INVALID_PERIOD` when either is not a {@link Period} (text, say)
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
  return periodOrder(checkPeriod(a, ['a']), checkPeriod(b, ['b']));
}

/**
 * Whether two periods are the same kind and cover the same months (`2024-Q1` is not the same
 * period as `2024-01/2024-03`, though both cover January–March).
 *
 * @param a - a period
 * @param b - another period
 * @returns whether they are the same period
 * @throws {@link BilateralError} `INVALID_PERIOD` when either is not a {@link Period}
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
  return comparePeriods(a, b) === 0 && a.kind === b.kind;
}

/**
 * Whether `outer` covers every month of `inner`.
 *
 * @param outer - the period that may contain
 * @param inner - the period that may be contained
 * @returns whether every month of `inner` is in `outer`
 * @throws {@link BilateralError} `INVALID_PERIOD` when either is not a {@link Period}
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
  const [outerFirst, outerLast] = monthSpan(checkPeriod(outer, ['outer']));
  const [innerFirst, innerLast] = monthSpan(checkPeriod(inner, ['inner']));
  return outerFirst <= innerFirst && innerLast <= outerLast;
}

/**
 * Whether two periods share at least one month.
 *
 * @param a - a period
 * @param b - another period
 * @returns whether they share a month
 * @throws {@link BilateralError} `INVALID_PERIOD` when either is not a {@link Period}
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
  const [aFirst, aLast] = monthSpan(checkPeriod(a, ['a']));
  const [bFirst, bLast] = monthSpan(checkPeriod(b, ['b']));
  return aFirst <= bLast && bFirst <= aLast;
}
