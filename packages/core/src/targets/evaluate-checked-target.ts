import type { Series } from '../flow/index.js';
import type { CheckedTargetEvaluation } from './evaluate-target.js';
import { asChecked } from './internal/as-checked.js';
import { evaluateObserved } from './internal/evaluate-observed.js';
import type { Target } from './target.js';

/**
 * {@link evaluateTarget} for a target that was validated and a series built for it — a dataset's
 * target (as `parseDataset` or `datasetFromCompact` give it) and `datasetSeries` (or
 * `datasetSeriesWith`) for its reporter, partner and measure, by year or year to date: the same
 * evaluation, without checking the target field by field or the series point by point again, so a
 * page that draws build-checked data does not load those checks. It checks only what depends on
 * both: points to evaluate, the currency of a level target, the base observed, a partial year
 * within the target's years.
 *
 * @param target - a validated target (see {@link Target})
 * @param observed - the target's series, its points in order, of years or of year-to-date sums,
 *   none negative or partial (as `datasetSeries` builds them)
 * @returns the evaluation, equal to {@link evaluateTarget}'s without its English `message`
 * @throws {@link BilateralError} what {@link evaluateTarget} throws for the series it is given
 *   (`EMPTY_SERIES`, `CURRENCY_MISMATCH`, `INVALID_INPUT` when the base is not observed,
 *   `PERIOD_MISMATCH`, `NON_POSITIVE_BASE`); `INVALID_INPUT` (naming no field) for a target or a
 *   series of the wrong shape — it is not a check
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [growth2024, plan2030] = vietnamLaos.targets;
 * [growth2024, plan2030].map((t) => evaluateCheckedTarget(t, turnover).status);
 * //=> ['met', 'ahead']
 * evaluateCheckedTarget(null as never, turnover);
 * // throws BilateralError [INVALID_INPUT]: evaluateCheckedTarget takes a validated target and values (…)
 * ```
 *
 * @category Targets
 */
export function evaluateCheckedTarget<C extends string>(
  target: Target,
  observed: Series<C>,
): CheckedTargetEvaluation<C> {
  return asChecked('evaluateCheckedTarget', () => evaluateObserved(target, observed));
}
