import { Decimal } from '../_internal/decimal.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import type { IssuePath } from '../errors/index.js';
import type { RateFigure } from './figure.js';
import type { Interval } from './interval.js';

/**
 * Refuses what is not an {@link Interval} (nothing, a number, text, an object without Decimal
 * bounds) where a function of intervals takes one, naming it, instead of a `TypeError` reading
 * `lo` of `undefined`.
 *
 * @throws BilateralError `INVALID_INPUT` at `path`
 */
export function checkInterval(value: unknown, path: IssuePath): asserts value is Interval {
  if (isRecord(value) && Decimal.isDecimal(value.lo) && Decimal.isDecimal(value.hi)) return;
  throw wrongArgument(
    path,
    'an interval with Decimal bounds lo and hi, from interval(lo, hi)',
    value,
  );
}

/**
 * Refuses what is not a figure (a {@link RateFigure}, or an amount figure, whose currency the
 * caller checks) where a function of figures takes one: a Decimal `value` and an interval.
 *
 * @throws BilateralError `INVALID_INPUT` at `path` (or its `interval`)
 */
export function checkFigure(value: unknown, path: IssuePath): asserts value is RateFigure {
  if (!isRecord(value) || !Decimal.isDecimal(value.value)) {
    throw wrongArgument(
      path,
      "a figure with a Decimal value and an interval (a published amount's or rate's, or an implied… function's)",
      value,
    );
  }
  checkInterval(value.interval, [...path, 'interval']);
}
