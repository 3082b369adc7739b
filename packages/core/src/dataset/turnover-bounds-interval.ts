/**
 * The interval a turnover or a balance lies in where a side was published as a lower bound, its
 * ends kept: one rule for `bilateral report` (its rows' `turnoverBound` and `balanceBound`) and
 * {@link withTurnoverBounds} (the statement the widgets draw).
 *
 * @packageDocumentation
 */
import type { Interval, IntervalBounds } from '../figures/interval.js';

/**
 * The kind of bound each side of a row was published as (`'at-least'`: ≥, `'more-than'`: >),
 * absent on a side that is none.
 *
 * @example
 * ```ts
 * const bounds: SideBounds = { exports: 'more-than' }; // "more than US$565 million"
 * ```
 */
export interface SideBounds {
  readonly exports?: 'at-least' | 'more-than' | undefined;
  readonly imports?: 'at-least' | 'more-than' | undefined;
}

/**
 * An interval's exact ends, as decimal text, and which of them it excludes.
 *
 * @example
 * ```ts
 * const json: BoundJson = { lo: '965000000', hi: '966000000', bounds: '()' };
 * ```
 */
export interface BoundJson {
  readonly lo: string;
  readonly hi: string;
  readonly bounds: IntervalBounds;
}

/**
 * `range`'s ends as decimal text and which of them it excludes.
 *
 * @example
 * ```ts
 * boundJson(interval('165000000', '166000000'), true, true);
 * //=> { lo: '165000000', hi: '166000000', bounds: '()' }
 * ```
 */
export function boundJson(range: Interval, loOpen: boolean, hiOpen: boolean): BoundJson {
  const bounds = `${loOpen ? '(' : '['}${hiOpen ? ')' : ']'}` as IntervalBounds;
  return { lo: range.lo.toFixed(), hi: range.hi.toFixed(), bounds };
}

/**
 * A turnover resting on a side published as a lower bound: the interval its sides' figures allow
 * (exports + imports, each bound from its figure to a step above it, "more than US$565 million":
 * 565 to 566 million), with the ends it excludes open — every bound's top (its figure
 * truncated), and the bottom where a side says "more than" (>), not "at least" (≥). The report
 * writes it as a row's `turnoverBound`; {@link withTurnoverBounds} states it for the series.
 *
 * @param turnover - the sum of the sides' intervals (`addIntervals`), their ends taken as reached
 * @param bounds - the kind of each side's bound, absent on a side that is none
 *
 * @example
 * ```ts
 * // Exports "more than US$565 million" on exactly US$400 million of imports.
 * boundTurnover(interval('965000000', '966000000'), { exports: 'more-than' });
 * //=> { lo: '965000000', hi: '966000000', bounds: '()' }
 * boundTurnover(interval('965000000', '966000000'), { imports: 'at-least' });
 * //=> { lo: '965000000', hi: '966000000', bounds: '[)' }
 * ```
 */
export function boundTurnover(turnover: Interval, bounds: SideBounds): BoundJson {
  const loOpen = bounds.exports === 'more-than' || bounds.imports === 'more-than';
  const hiOpen = bounds.exports !== undefined || bounds.imports !== undefined;
  return boundJson(turnover, loOpen, hiOpen);
}
