import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { comparePeriods, formatPeriod, monthCount } from '../period/index.js';
import { toDecimal } from './to-decimal.js';

/**
 * Checks what every series calculation relies on: at least one point, every period of one kind
 * (and, for ranges, one length), every value in the series' currency and a finite Decimal, periods
 * strictly increasing. Returns the points.
 *
 * @throws BilateralError `EMPTY_SERIES`, `PERIOD_MISMATCH`, `CURRENCY_MISMATCH`, `INVALID_DECIMAL`
 * or `INVALID_INPUT` (unordered or repeated periods)
 */
export function checkSeries<C extends string>(
  series: Series<C>,
  name = 'series',
): readonly SeriesPoint<C>[] {
  const points = series.points;
  const first = points[0];
  if (first === undefined) {
    throw new BilateralError('EMPTY_SERIES', [
      { path: ['points'], message: `${name} has no points` },
    ]);
  }
  points.forEach((point, index) => {
    const path = ['points', index];
    if (point.period.kind !== first.period.kind) {
      throw new BilateralError('PERIOD_MISMATCH', [
        {
          path: [...path, 'period'],
          message: `${name} mixes period kinds: ${formatPeriod(point.period)} is a ${point.period.kind}, ${formatPeriod(first.period)} a ${first.period.kind}`,
        },
      ]);
    }
    if (point.period.kind === 'range' && monthCount(point.period) !== monthCount(first.period)) {
      throw new BilateralError('PERIOD_MISMATCH', [
        {
          path: [...path, 'period'],
          message: `${name} mixes ranges of ${monthCount(point.period)} and ${monthCount(first.period)} months`,
        },
      ]);
    }
    if (point.value.currency !== series.currency) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: [...path, 'value'],
          message: `${formatPeriod(point.period)} is in ${point.value.currency}, the ${name} in ${series.currency}; convert with a dated rate first`,
        },
      ]);
    }
    toDecimal(point.value.amount, [...path, 'value', 'amount']);
    const previous = points[index - 1];
    if (previous !== undefined && comparePeriods(previous.period, point.period) >= 0) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...path, 'period'],
          message: `${name} periods must increase without repeats: ${formatPeriod(point.period)} follows ${formatPeriod(previous.period)}`,
        },
      ]);
    }
  });
  return points;
}

/** Whether a point was labelled partial by `aggregateSeries` or `yearToDate`. */
export function isPartial(point: SeriesPoint): boolean {
  return 'partial' in point && (point as { partial?: unknown }).partial === true;
}
