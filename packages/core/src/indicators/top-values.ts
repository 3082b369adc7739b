import type { Amount, LevelOf } from '../_internal/amounts.js';
import { toLevel } from '../_internal/amounts.js';
import type { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import type { KeyedValue } from './indicator-value.js';
import { exactRatio, exactSum } from './internal/exact-ratio.js';
import { readKeyedValues } from './internal/read-keyed-values.js';

/**
 * One of the rows {@link topValues} keeps, or the rest: its value and its share of the total (`null`
 * when the total is 0).
 *
 * @example
 * ```ts
 * const [first]: RankedValue<Decimal>[] = topValues([{ key: '1201', value: '3' }, { key: '2601', value: '1' }], 1).top;
 * [first.key, first.value.toString(), first.share?.toString()];
 * //=> ['1201', '3', '0.75']
 * ```
 *
 * @category Indicators
 */
export interface RankedValue<L> {
  /** The row's key (`null` for the rest). */
  readonly key: string | null;
  /** Its value (for the rest, the sum of the rows left out), in the form the rows had. */
  readonly value: L;
  /** Its share of the rows' total, a decimal fraction; `null` when the total is 0. */
  readonly share: Decimal | null;
}

/**
 * The result of {@link topValues}: the leading rows and the rest.
 *
 * @example
 * ```ts
 * const t: TopValues<Decimal> = topValues([{ key: 'a', value: '3' }, { key: 'b', value: '1' }, { key: 'c', value: '1' }], 1);
 * [t.top.map((row) => row.key), t.rest.value.toString(), t.restCount];
 * //=> [['a'], '2', 2]
 * ```
 *
 * @category Indicators
 */
export interface TopValues<L> {
  /** The `n` largest rows (fewer when there are fewer rows), largest first. */
  readonly top: RankedValue<L>[];
  /** The rows left out, summed (`key: null`); value 0 when none are. */
  readonly rest: RankedValue<L>;
  /** How many rows the rest holds. */
  readonly restCount: number;
}

/**
 * The top `n` products or partners by value, largest first (equal values by key, so the order
 * is stable), each with its share of the total, and the rest summed — the "top 10 export
 * products" table of a report. Shares are rounded once to 64 significant digits.
 *
 * @param rows - `{ key, value }` rows, values 0 or more, all Money of one currency or all bare decimals
 * @param n - how many rows to keep, a whole number 0 or more
 * @returns the {@link TopValues}: the rows kept, the rest, and how many rows the rest holds
 * @throws {@link BilateralError} `INVALID_INPUT` for `n` that is not a whole number 0 or more,
 * a list that is not an array of `{ key, value }`, a repeated key or a negative value;
 * `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL` or `OUT_OF_RANGE` for a value that
 * is not a decimal in the supported range
 *
 * @example
 * ```ts
 * const exports = [
 *   { key: '2601', value: money('100', 'USD') },
 *   { key: '1201', value: money('600', 'USD') },
 *   { key: '4001', value: money('300', 'USD') },
 * ];
 * const t = topValues(exports, 2);
 * t.top.map((row) => [row.key, row.value.amount.toString(), row.share?.toString()]);
 * //=> [['1201', '600', '0.6'], ['4001', '300', '0.3']]
 * [t.rest.value.amount.toString(), t.rest.share?.toString(), t.restCount];
 * //=> ['100', '0.1', 1]
 * ```
 *
 * @category Indicators
 */
export function topValues<T extends Amount>(
  rows: readonly KeyedValue<T>[],
  n: number,
): TopValues<LevelOf<T>> {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['n'], message: `n is ${String(n)}; give a whole number 0 or more` },
    ]);
  }
  const { values, currency } = readKeyedValues(rows, ['rows']);
  const total = exactSum(values.values());
  const shareOf = (value: Decimal): Decimal | null =>
    total.isZero() ? null : exactRatio(value, total, 'the share');
  const ranked = [...values].sort(
    ([a, x], [b, y]) => y.comparedTo(x) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const rest = exactSum(ranked.slice(n).map(([, value]) => value));
  return {
    top: ranked.slice(0, n).map(([key, value]) => ({
      key,
      value: toLevel<LevelOf<T>>(value, currency ?? null),
      share: shareOf(value),
    })),
    rest: { key: null, value: toLevel<LevelOf<T>>(rest, currency ?? null), share: shareOf(rest) },
    restCount: Math.max(0, ranked.length - n),
  };
}
