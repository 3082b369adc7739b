import { describeInput } from '../../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../../errors/index.js';
import type { BorderCrossing, CrossingSide } from '../border-crossing.js';

/**
 * Which side of a crossing a query means: its index (0 or 1) or its country code.
 *
 * @example
 * ```ts
 * crossingClassOn(VIETNAM_LAOS_CROSSINGS[0], 'LAO', '2024-10-24').country;
 * //=> 'LAO'
 * ```
 *
 * @category Infrastructure
 */
export type SideSelector = 0 | 1 | string;

/** The side `selector` names, with its index; `INVALID_INPUT` at `path` if there is none. */
export function resolveSide(
  crossing: BorderCrossing,
  selector: SideSelector,
  path: IssuePath,
): { side: CrossingSide; index: 0 | 1 } {
  if (selector === 0 || selector === 1) return { side: crossing.sides[selector], index: selector };
  if (typeof selector === 'string') {
    if (crossing.sides[0].country === selector) return { side: crossing.sides[0], index: 0 };
    if (crossing.sides[1].country === selector) return { side: crossing.sides[1], index: 1 };
  }
  throw new BilateralError('INVALID_INPUT', [
    {
      path,
      message: `${describeInput(selector)} names no side of ${crossing.id} (0, 1, "${crossing.sides[0].country}" or "${crossing.sides[1].country}")`,
    },
  ]);
}
