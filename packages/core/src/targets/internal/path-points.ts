import type { Decimal } from '../../_internal/decimal.js';
import { compound, geometricStep } from '../../_internal/precise.js';
import { BilateralError } from '../../errors/index.js';
import type { Target } from '../target.js';
import type { TargetPath, TargetPathPoint } from '../target-path.js';
import { type TargetWindow, targetWindow } from './window.js';

/**
 * The window of a target whose path starts at `year`: the target's base year (a level target
 * without one: `year`), before its last year.
 *
 * @throws BilateralError `PERIOD_MISMATCH` when `year` is not the base year or not before the last year
 */
export function baseWindow(target: Target, year: number): TargetWindow {
  const window = targetWindow(target, year);
  if (year !== window.baseYear || year >= window.endYear) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['base', 'year'],
        message:
          year >= window.endYear
            ? `the base ${year} is not before the target's last year ${window.endYear}`
            : `target "${target.id}" counts from ${window.baseYear}, not ${year}`,
      },
    ]);
  }
  return window;
}

/**
 * The path of a target in `window` from `start` (greater than 0), each value made by `level`
 * (Money in the base's currency, or the bare decimal); see `targetPath`.
 */
export function pathPoints<V>(
  target: Target,
  window: TargetWindow,
  start: Decimal,
  level: (amount: Decimal) => V,
): TargetPath<V> {
  const steps = window.endYear - window.baseYear;
  const points: TargetPathPoint<V>[] = [];
  for (let step = 1; step <= steps; step++) {
    const lower =
      window.band === null
        ? geometricStep(start, window.level ?? start, step, steps)
        : compound(start, window.band.lower, step);
    const upper = window.band === null ? lower : compound(start, window.band.upper, step);
    points.push(
      Object.freeze({ year: window.baseYear + step, lower: level(lower), upper: level(upper) }),
    );
  }
  return Object.freeze({
    targetId: target.id,
    baseYear: window.baseYear,
    base: level(start),
    points: Object.freeze(points),
  });
}
