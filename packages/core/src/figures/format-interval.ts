import type { DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import { checkInterval } from './_check-figure.js';
import { divDirected, roundDirected } from './_directed.js';
import type { Interval } from './interval.js';

/**
 * Options of {@link formatInterval}.
 *
 * @example
 * ```ts
 * const turnover = parsePublishedAmount('US$1.5 billion').interval;
 * formatInterval(turnover, { unit: '1e9' });
 * //=> '[1.45, 1.55)'
 * formatInterval(turnover, { unit: '1e6', significantDigits: 2 });
 * //=> '[1400, 1600)'
 * ```
 *
 * @category Figures
 */
export interface FormatIntervalOptions {
  /** Divide both ends by this first, e.g. `1e6` to show millions. Default 1. */
  readonly unit?: DecimalInput;
  /** Significant digits shown; ends are rounded outward to them. Default 6. */
  readonly significantDigits?: number;
}

/**
 * Writes an interval in the usual notation, `[338.05, 339.15)`. Ends that need more digits than
 * `significantDigits` are rounded outward (the lower one down, the upper one up), so the text
 * still encloses the interval.
 *
 * @param value - the interval
 * @param options - a unit to divide by and the significant digits to show
 * @returns the interval as text
 * @throws {@link BilateralError} `INVALID_INPUT` when `unit` is not positive
 * @throws BilateralError `INVALID_INPUT` at `value` when it is no interval (no Decimal `lo` and
 *   `hi`)
 *
 * @example
 * ```ts
 * formatInterval(interval('1450000000', '1550000000', '[)'), { unit: '1e6' });
 * //=> '[1450, 1550)'
 * formatInterval(interval('1', '2', '[]'), { unit: 3 });
 * //=> '[0.333333, 0.666667]'
 * ```
 *
 * @category Figures
 */
export function formatInterval(value: Interval, options: FormatIntervalOptions = {}): string {
  checkInterval(value, ['value']);
  const unit = toDecimal(options.unit ?? 1, ['unit']);
  if (!unit.gt(0)) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['unit'], message: `the unit must be positive, got ${unit.toString()}` },
    ]);
  }
  const digits = Math.max(1, Math.min(64, Math.trunc(options.significantDigits ?? 6)));
  const lo = roundDirected(divDirected(value.lo, unit, 'down'), digits, 'down');
  const hi = roundDirected(divDirected(value.hi, unit, 'up'), digits, 'up');
  return `${value.loClosed ? '[' : '('}${lo.toString()}, ${hi.toString()}${value.hiClosed ? ']' : ')'}`;
}
