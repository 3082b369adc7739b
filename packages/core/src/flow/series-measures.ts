import type { SeriesMeasure } from './series.js';

// Apart from parseSeriesMeasure, which every series request reads: only what checks a series or a
// target it is given (the balance, the targets) uses these, and a bundler places a file whole in
// one chunk.

/**
 * Every {@link SeriesMeasure}, in the order a default is looked for (see {@link defaultMeasure}).
 *
 * @example
 * ```ts
 * SERIES_MEASURES;
 * //=> ['turnover', 'exports', 'imports']
 * ```
 *
 * @category Flows
 */
export const SERIES_MEASURES: readonly SeriesMeasure[] = Object.freeze([
  'turnover',
  'exports',
  'imports',
]);

/**
 * Whether a series' measure is `measure`, in either spelling (`'export'` is `'exports'`) — for
 * functions that check the series they are given rather than build them.
 */
export function isMeasure(value: unknown, measure: SeriesMeasure): boolean {
  // The singular aliases are the plurals without their "s" ('turnover' has none).
  return typeof value === 'string' && (value === measure || `${value}s` === measure);
}
