import { quoteInput } from '../../_internal/quote-input.js';
import type { BilateralIssue, IssueHint, IssuePath } from '../../errors/index.js';
import type { ClassificationSystem, CrossingClass } from '../classification-system.js';

/** The system of `country` among `systems`, if any. */
export function systemFor(
  country: string,
  systems: readonly ClassificationSystem[],
): ClassificationSystem | undefined {
  return systems.find((system) => system.country === country);
}

/** The class `id` of `system`, if it has one. */
export function classOf(system: ClassificationSystem, id: string): CrossingClass | undefined {
  return system.classes.find((cls) => cls.id === id);
}

/**
 * The `UNKNOWN_CLASS` issue for `value` under `country`'s `system`, or `undefined` when the
 * value is absent or a class of the system.
 */
export function classIssue(
  value: string | undefined,
  country: string,
  system: ClassificationSystem | undefined,
  path: IssuePath,
): BilateralIssue | undefined {
  if (value === undefined) return undefined;
  if (system === undefined) {
    const hint: IssueHint = {
      code: 'CLASSIFICATION_SYSTEMS',
      message: `the systems option can give ${country}'s system`,
    };
    return {
      path,
      message: `no classification system is known for ${country}, so ${quoteInput(value)} cannot be checked: leave the class out (${hint.message})`,
      hint,
    };
  }
  if (classOf(system, value) !== undefined) return undefined;
  return {
    path,
    message: `${quoteInput(value)} is not a class of ${system.id} (${system.classes.map((cls) => cls.id).join(', ')})`,
  };
}
