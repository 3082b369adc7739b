import { readSeries } from '../../_internal/read-series.js';
import { byPeriod, checkSeries, isPartial, periodKey } from '../../_internal/series-checks.js';
import type { Series } from '../../flow/index.js';
import { formatPeriod, type Period } from '../../period/index.js';
import type { GrowthPoint } from '../growth-point.js';
import { growthRate } from '../growth-rate.js';

/** Rates of every point of `series` against the period `baseOf` gives, with reasons for gaps. */
export function growthAgainst<C extends string>(
  series: Series<C>,
  baseOf: (period: Period) => Period,
): GrowthPoint<C>[] {
  const points = checkSeries(readSeries(series));
  const index = byPeriod(points);
  return points.map((point): GrowthPoint<C> => {
    const basePeriod = baseOf(point.period);
    const base = index.get(periodKey(basePeriod));
    const common = { period: point.period, value: point.value, basePeriod };
    const label = formatPeriod(point.period);
    const baseLabel = formatPeriod(basePeriod);
    if (base === undefined) {
      return Object.freeze({
        ...common,
        baseValue: null,
        rate: null,
        reason: 'missing-base',
        message: `${label} has no base: ${baseLabel} is not in the series`,
      });
    }
    if (isPartial(point) || isPartial(base)) {
      const which = isPartial(point) ? label : baseLabel;
      return Object.freeze({
        ...common,
        baseValue: base.value,
        rate: null,
        reason: 'partial-period',
        message: `${which} is a partial aggregate, so ${label} and ${baseLabel} cover different months`,
      });
    }
    if (!base.value.amount.isPositive() || base.value.amount.isZero()) {
      return Object.freeze({
        ...common,
        baseValue: base.value,
        rate: null,
        reason: 'non-positive-base',
        message: `${label} has no rate: its base ${baseLabel} is ${base.value.amount.toString()}`,
      });
    }
    return Object.freeze({
      ...common,
      baseValue: base.value,
      rate: growthRate(point.value, base.value),
    });
  });
}
