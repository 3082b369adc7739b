import type { Decimal } from '../../_internal/decimal.js';
import type { RateBand, Target } from '../target.js';

/** The years a target spans and its band of annual rates (`null` for a level target). */
export interface TargetWindow {
  /** The year whose value is the base. */
  readonly baseYear: number;
  /** The last year of the target. */
  readonly endYear: number;
  /** The band of annual rates; `null` for a level target (its rate follows from the base). */
  readonly band: RateBand | null;
  /** The level to reach, for a level target. */
  readonly level: Decimal | null;
}

/**
 * The window of a target. A level target without a base year counts from `fallbackBaseYear`
 * (the first observed year, or the base the caller gives).
 */
export function targetWindow(target: Target, fallbackBaseYear: number): TargetWindow {
  switch (target.kind) {
    case 'growth-band':
      return { baseYear: target.year - 1, endYear: target.year, band: target.band, level: null };
    case 'average-growth-band':
      return {
        baseYear: target.baseYear,
        endYear: target.endYear,
        band: target.band,
        level: null,
      };
    case 'level':
      return {
        baseYear: target.baseYear ?? fallbackBaseYear,
        endYear: target.byYear,
        band: null,
        level: target.level.amount,
      };
  }
}

/** Formats a rate fraction as a percentage with one decimal: `0.255` → `"25.5 %"`. */
export function percent(rate: Decimal): string {
  return `${rate.times(100).toFixed(1)} %`;
}
