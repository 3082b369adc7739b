import { BilateralError } from '../errors/index.js';
import type { SeriesMeasure } from './series.js';

/**
 * The measure to show when none is asked for: turnover when it is known for at least two
 * periods (enough for a growth rate), otherwise whichever of turnover, exports and imports is
 * known for the most periods — turnover, then exports, then imports on a tie. A dataset of one
 * country's exports (a UN Comtrade query, say) thus shows its exports, and a dataset with both
 * directions shows turnover.
 *
 * @param periodsOf - how many periods a measure is known for; asked for exports and imports only
 *   when turnover is known for fewer than two
 * @returns the measure, or `undefined` when none is known for any period
 * @throws {@link BilateralError} `INVALID_INPUT` when `periodsOf` is not a function or answers
 *   anything but a whole number of periods
 *
 * @example
 * ```ts
 * const series = (measure: SeriesMeasure) =>
 *   datasetSeries(vietnamLaos, { reporter: 'VNM', partner: 'LAO', measure, periodKind: 'year' });
 * defaultMeasure((measure) => series(measure).points.length);
 * //=> 'turnover'
 * defaultMeasure((measure) => ({ turnover: 1, exports: 2, imports: 1 })[measure]);
 * //=> 'exports'
 * ```
 *
 * @category Flows
 */
export function defaultMeasure(
  periodsOf: (measure: SeriesMeasure) => number,
): SeriesMeasure | undefined {
  if (typeof periodsOf !== 'function') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['periodsOf'], message: 'give a function that counts the periods of a measure' },
    ]);
  }
  const count = (measure: SeriesMeasure): number => {
    const periods = periodsOf(measure);
    if (!Number.isInteger(periods) || periods < 0) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['periodsOf'],
          message: `periodsOf('${measure}') gave ${String(periods)}, not a whole number of periods`,
        },
      ]);
    }
    return periods;
  };
  const turnover = count('turnover');
  if (turnover >= 2) return 'turnover';
  let best: SeriesMeasure | undefined = turnover > 0 ? 'turnover' : undefined;
  let most = turnover;
  for (const measure of ['exports', 'imports'] as const) {
    const periods = count(measure);
    if (periods > most) {
      best = measure;
      most = periods;
    }
  }
  return best;
}
