import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';

/**
 * A Vietnam–Laos series of `measure` from `[period, amount]` pairs, periods as text, amounts in
 * `currency`: the series a test writes out by hand.
 */
export const seriesOf = (
  measure: Series['measure'],
  points: readonly (readonly [string, string])[],
  currency = 'USD',
): Series => ({
  reporter: 'VNM',
  partner: 'LAO',
  measure,
  currency,
  points: points.map(([period, amount]) => ({
    period: parsePeriod(period),
    value: money(amount, currency),
  })),
});

/** The Vietnam–Laos turnover from `[period, amount]` pairs (see {@link seriesOf}). */
export const turnover = (points: readonly (readonly [string, string])[], currency?: string) =>
  seriesOf('turnover', points, currency);
