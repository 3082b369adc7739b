import { assertPositiveBase } from '../_internal/growth-checks.js';
import { type Money, money } from '../money/money.js';
import { asChecked } from './internal/as-checked.js';
import { baseWindow, pathPoints } from './internal/path-points.js';
import type { Target } from './target.js';
import type { TargetPath } from './target-path.js';

/**
 * {@link targetPath} for a target that was validated (a dataset's, as `parseDataset` or
 * `datasetFromCompact` give it) and a base in Money: the same path, without checking the target
 * field by field again, so a page that draws build-checked data does not load that check. The
 * base year is checked against the target's years and the base value must be above 0.
 *
 * @param target - a validated target (see {@link Target})
 * @param base - the base year and its value in Money (a level target: in its level's currency);
 *   see {@link targetPath} for the year each kind of target counts from
 * @returns the path, equal to {@link targetPath}'s
 * @throws {@link BilateralError} `PERIOD_MISMATCH` when the year is not the target's base year or
 *   not before its last year; `NON_POSITIVE_BASE` when the value is 0; `INVALID_INPUT` (naming
 *   no field) for a target or a base of the wrong shape — it is not a check
 *
 * @example
 * ```ts
 * const [plan2030] = vietnamLaos.targets.filter((t) => t.kind === 'average-growth-band');
 * const path = checkedTargetPath(plan2030, { year: 2023, value: money('1650000000', 'USD') });
 * [path.baseYear, path.points.length, path.points[6]?.year];
 * //=> [2023, 7, 2030]
 * checkedTargetPath(plan2030, { year: 2022, value: money('1650000000', 'USD') });
 * // throws BilateralError [PERIOD_MISMATCH]: base.year: target "vnm-lao-joint-statement-2024" counts from 2023, not 2022
 * ```
 *
 * @category Targets
 */
export function checkedTargetPath<C extends string>(
  target: Target,
  base: { readonly year: number; readonly value: Money<C> },
): TargetPath<Money<C>> {
  return asChecked('checkedTargetPath', () => {
    const window = baseWindow(target, base.year);
    const { amount, currency } = base.value;
    assertPositiveBase(amount, `the base value (${base.year})`, ['base', 'value']);
    return pathPoints(target, window, amount, (value) => money(value, currency));
  });
}
