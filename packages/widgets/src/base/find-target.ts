import { BilateralError, type Dataset, type Target } from '@bilateral/core/calc';

/**
 * Finds a target by id, or explains which ids there are. In a module of its own: only the
 * chunks that draw a target (growth's band, the target element) import it.
 *
 * @throws BilateralError `INVALID_INPUT` (path `target`) when the dataset has no such target
 *
 * @example
 * ```ts
 * findTarget(vietnamLaos, 'vnm-lao-5-billion').id; //=> 'vnm-lao-5-billion'
 * findTarget(vietnamLaos, 'atlantis');
 * // throws INVALID_INPUT: the dataset has no target "atlantis" (targets: "vnm-lao-5-billion", …)
 * ```
 */
export function findTarget(dataset: Dataset, id: string): Target {
  const target = dataset.targets.find((candidate) => candidate.id === id);
  if (target !== undefined) return target;
  const known = dataset.targets.map((candidate) => `"${candidate.id}"`).join(', ') || 'none';
  throw new BilateralError('INVALID_INPUT', [
    { path: ['target'], message: `the dataset has no target "${id}" (targets: ${known})` },
  ]);
}
