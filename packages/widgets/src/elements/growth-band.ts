import type { Dataset, Money, Series, Target, TargetPath } from '@bilateral/core/calc';
import { evaluateTarget, targetPath } from '@bilateral/core/targets';
import { findTarget } from '../base/timeline-view.js';

/**
 * The target band `<bilateral-growth target="…">` overlays on a yearly series: the target the
 * dataset has under `id` and its path from the base year's value in `series`. In a chunk of its
 * own (the core's target calculations with it), loaded only by an element that names a target.
 *
 * @throws BilateralError `INVALID_INPUT` when the dataset has no such target; what
 *   `evaluateTarget` throws for a series the target cannot be read on
 */
export function growthBand(
  dataset: Dataset,
  id: string,
  series: Series,
): { readonly target: Target; readonly band: TargetPath<Money> } {
  const target = findTarget(dataset, id);
  const evaluation = evaluateTarget(target, series);
  const band = targetPath(target, {
    year: evaluation.base.period.kind === 'year' ? evaluation.base.period.year : 0,
    value: evaluation.base.value,
  });
  return { target, band };
}
