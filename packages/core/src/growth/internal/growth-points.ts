import { periodKey } from '../../_internal/by-period.js';
import { checkRange } from '../../_internal/decimal-range.js';
import { preciseDifference } from '../../_internal/precise-sum.js';
import { readSeries } from '../../_internal/read-series.js';
import { checkSeries, isPartial } from '../../_internal/series-checks.js';
import type { Series, SeriesPoint } from '../../flow/index.js';
import type { Period } from '../../period/index.js';
import type { GrowthPoint } from '../growth-point.js';

/**
 * Rates of every point of `series` against the period `baseOf` gives, with reasons for gaps.
 * `baseOf` gives `undefined` where the base would be before the year 1: such a point has no base
 * (`missing-base`, `basePeriod: null`), as a point whose base the series lacks. Each period is
 * formatted once (its key in the index, reused in messages) and each rate is `growthRate` of two
 * levels the series check has already read as Money of one currency.
 */
export function growthAgainst<C extends string>(
  series: Series<C>,
  baseOf: (period: Period) => Period | undefined,
): GrowthPoint<C>[] {
  const points = checkSeries(readSeries(series));
  const count = points.length;
  // Local copies: an imported binding read per point is a property read under some loaders.
  const keyOf = periodKey;
  const partialPoint = isPartial;
  const difference = preciseDifference;
  const inRange = checkRange;
  const index = new Map<string, SeriesPoint<C>>();
  const labels: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const point = points[i] as SeriesPoint<C>;
    const label = keyOf(point.period);
    labels[i] = label;
    index.set(label, point);
  }
  const result: GrowthPoint<C>[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const point = points[i] as SeriesPoint<C>;
    const basePeriod = baseOf(point.period);
    const label = labels[i] as string;
    if (basePeriod === undefined) {
      result[i] = Object.freeze({
        period: point.period,
        value: point.value,
        basePeriod: null,
        baseValue: null,
        rate: null,
        reason: 'missing-base',
        message: `${label} has no base: it would be before the year 1 (periods are in the years 1–9999)`,
      });
      continue;
    }
    const baseLabel = keyOf(basePeriod);
    const base = index.get(baseLabel);
    if (base === undefined) {
      result[i] = Object.freeze({
        period: point.period,
        value: point.value,
        basePeriod,
        baseValue: null,
        rate: null,
        reason: 'missing-base',
        message: `${label} has no base: ${baseLabel} is not in the series`,
      });
    } else if (partialPoint(point) || partialPoint(base)) {
      const which = partialPoint(point) ? label : baseLabel;
      result[i] = Object.freeze({
        period: point.period,
        value: point.value,
        basePeriod,
        baseValue: base.value,
        rate: null,
        reason: 'partial-period',
        message: `${which} is a partial aggregate, so ${label} and ${baseLabel} cover different months`,
      });
    } else if (!base.value.amount.isPositive() || base.value.amount.isZero()) {
      result[i] = Object.freeze({
        period: point.period,
        value: point.value,
        basePeriod,
        baseValue: base.value,
        rate: null,
        reason: 'non-positive-base',
        message: `${label} has no rate: its base ${baseLabel} is ${base.value.amount.toString()}`,
      });
    } else {
      const previous = base.value.amount;
      const rate = difference(point.value.amount, previous).div(previous);
      result[i] = Object.freeze({
        period: point.period,
        value: point.value,
        basePeriod,
        baseValue: base.value,
        rate: inRange(rate, 'the growth rate'),
      });
    }
  }
  return result;
}
