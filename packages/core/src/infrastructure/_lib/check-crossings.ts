import { mustBe } from '../../_internal/must-be.js';
import { BilateralError, type IssuePath } from '../../errors/index.js';
import type { BorderCrossing, ParseCrossingOptions } from '../border-crossing.js';

/**
 * Validates a list of crossings (each at `[...path, index]`, with `check`: `checkCrossing` for
 * JSON, `readCrossing` for the calculations' typed values) with unique ids.
 */
export function checkCrossings(
  input: unknown,
  path: IssuePath,
  options: ParseCrossingOptions,
  check: (item: unknown, path: IssuePath, options: ParseCrossingOptions) => BorderCrossing,
): BorderCrossing[] {
  if (!Array.isArray(input)) {
    throw new BilateralError('INVALID_CROSSING', [
      { path, message: mustBe('a list of crossings', [input]) },
    ]);
  }
  const seen = new Map<string, number>();
  return input.map((item: unknown, index) => {
    const crossing = check(item, [...path, index], options);
    const first = seen.get(crossing.id);
    if (first !== undefined) {
      throw new BilateralError('INVALID_CROSSING', [
        {
          path: [...path, index, 'id'],
          message: `"${crossing.id}" is already the id of the crossing at index ${first}`,
        },
      ]);
    }
    seen.set(crossing.id, index);
    return crossing;
  });
}
