import {
  BilateralError,
  type CheckedTargetEvaluation,
  type Dataset,
  type Series,
  type Target,
} from '@bilateral/core/calc';
import { evaluateCheckedTarget } from '@bilateral/core/targets';
import { sameOwner, seriesOf } from '../data/dataset-memo.js';
import { memoized } from '../data/memoized.js';

/** A target, its evaluation, and the series it was evaluated on (full years, or year-to-date). */
export interface TargetResult {
  readonly target: Target;
  readonly series: Series;
  readonly evaluation: CheckedTargetEvaluation;
}

/**
 * Evaluates a target on full years, or on year-to-date sums when full years cannot say (no full
 * year after the base yet: the core says `awaiting-data`, or refuses the series); with the target
 * it evaluated. Once per dataset and target id, an embedded dataset's two files counting as one
 * (their targets are the same: `sameOwner`): the target cards (series file) and the dashboards'
 * target panels (whole file) of a page share it, its band and its texts. By id, not by place in
 * `dataset.targets`: files of two builds (one cached) whose targets differ in order still draw
 * the target asked for. The key's `target ` keeps an id such as `same` off the dataset's other
 * results.
 *
 * @param dataset - the dataset the target is one of
 * @param target - one of `dataset.targets`
 * @returns the target evaluated (the first file's, equal to the other's), its evaluation, its series
 * @throws BilateralError where the core cannot evaluate the target on the data
 * @example
 * ```ts
 * const { evaluation } = evaluate(seriesFile, seriesFile.targets[0]);
 * evaluation.status; //=> 'ahead'
 * evaluate(wholeFile, wholeFile.targets[0]).evaluation === evaluation; //=> true
 * ```
 */
export const evaluate = (dataset: Dataset, target: Target): TargetResult =>
  memoized(sameOwner(dataset), `target ${target.id}`, () => evaluateOnce(dataset, target));

function evaluateOnce(dataset: Dataset, target: Target): TargetResult {
  const request = {
    reporter: target.reporter,
    partner: target.partner,
    measure: target.measure,
    impliedBases: true,
  } as const;
  const annual = seriesOf(dataset, { ...request, periodKind: 'year' });
  try {
    const evaluation = evaluateCheckedTarget(target, annual);
    if (evaluation.status !== 'awaiting-data' || target.kind === 'level') {
      return { target, series: annual, evaluation };
    }
    throw new BilateralError('EMPTY_SERIES', [
      { path: ['target'], message: 'no full year after the base year yet' },
    ]);
  } catch (error) {
    if (target.kind === 'level' || !(error instanceof BilateralError)) throw error;
    const ytd = seriesOf(dataset, { ...request, periodKind: 'year-to-date' });
    const ends = target.kind === 'growth-band' ? target.year : target.endYear;
    const within = {
      ...ytd,
      points: ytd.points.filter((p) => p.period.kind === 'year-to-date' && p.period.year <= ends),
    };
    try {
      return { target, series: within, evaluation: evaluateCheckedTarget(target, within) };
    } catch {
      throw error;
    }
  }
}
