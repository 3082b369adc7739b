import {
  type Decimal,
  formatPeriod,
  type Money,
  nextPeriod,
  type Period,
  type Series,
  yearOnYear,
} from '@bilateral/core/calc';
import { periodYears } from '../i18n/format.js';

/**
 * A point of a series with its year-on-year rate and how it was obtained.
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type GrowthView, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets the points in `view.timeline`: here the summary ends with the latest rate.
 * class LatestRateGrowth extends BilateralGrowth {
 *   protected override summaryText(view: GrowthView, context: RenderContext): string {
 *     const points = view.timeline.points.filter((point) => point !== null);
 *     const last = points[points.length - 1];
 *     // dataset="vietnam-laos": last?.period //=> { kind: 'year', year: 2024 }
 *     // last?.value.amount.toString() //=> '2200000000'; last?.rate?.toFixed(3) //=> '0.333'
 *     // last?.uncertain //=> true (an approximate figure); points[0]?.rate //=> null (no 2015)
 *     const rate = last?.rate == null ? null : last.rate.times(100).toFixed(1);
 *     const note = rate === null ? '' : ` ${context.m.yearOnYear}: ${rate} %.`;
 *     return super.summaryText(view, context) + note;
 *   }
 * }
 * customElements.define('latest-rate-growth', LatestRateGrowth);
 * ```
 */
export interface TimelinePoint {
  readonly period: Period;
  readonly value: Money;
  /** Year-on-year rate, `null` when there is no base a year earlier. */
  readonly rate: Decimal | null;
  readonly uncertain: boolean;
  readonly derivation: string | undefined;
  readonly source: string | undefined;
}

/**
 * Equal slots of periods (gaps included, so missing years show) and the points in them.
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type GrowthView, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets it as `view.timeline`: here the summary says how many slots are empty.
 * class GapsGrowth extends BilateralGrowth {
 *   protected override summaryText(view: GrowthView, context: RenderContext): string {
 *     const { periods, points } = view.timeline;
 *     // dataset="vietnam-laos" measure="export": periods.length //=> 6 (2017 to 2022)
 *     // points.map((point) => point?.value.amount.toFixed(0) ?? null)
 *     //=> ['524500000', null, null, null, '594565217', '656400000']
 *     const gaps = points.filter((point) => point === null).length;
 *     const note = gaps === 0 ? '' : ` ${gaps} of ${periods.length} periods have no figure.`;
 *     return super.summaryText(view, context) + note;
 *   }
 * }
 * customElements.define('gaps-growth', GapsGrowth);
 * ```
 */
export interface Timeline {
  readonly periods: readonly Period[];
  readonly points: readonly (TimelinePoint | null)[];
}

const FILLABLE = new Set(['year', 'half', 'quarter', 'month']);

/**
 * The points of a series within a range of years, with their year-on-year rates (computed on the
 * whole series by the core, so the first year shown keeps its rate), laid out on slots. Years,
 * halves, quarters and months get a slot for every period between the first and the last (and
 * up to `through`, e.g. a target's last year), so gaps are visible; other kinds one slot per point.
 */
export function timeline(
  series: Series,
  inRange: (first: number, last: number) => boolean,
  through?: number,
): Timeline {
  if (series.points.length === 0) return { periods: [], points: [] };
  const rates = yearOnYear(series);
  const all = series.points.map(
    (point, index): TimelinePoint => ({
      period: point.period,
      value: point.value,
      rate: rates[index]?.rate ?? null,
      uncertain: point.uncertain === true || point.derivation !== undefined,
      derivation: point.derivation,
      source: point.source,
    }),
  );
  const kept = all.filter((point) => inRange(...periodYears(point.period)));
  const first = kept[0];
  if (first === undefined) return { periods: [], points: [] };
  if (!FILLABLE.has(first.period.kind)) {
    return { periods: kept.map((point) => point.period), points: kept };
  }
  const byKey = new Map(kept.map((point) => [formatPeriod(point.period), point]));
  const lastYear = Math.max(
    periodYears((kept[kept.length - 1] ?? first).period)[1],
    through !== undefined && inRange(through, through) ? through : 0,
  );
  const periods: Period[] = [];
  for (
    let period: Period = first.period;
    periodYears(period)[0] <= lastYear && periods.length < 240;
    period = nextPeriod(period)
  ) {
    periods.push(period);
  }
  return { periods, points: periods.map((period) => byKey.get(formatPeriod(period)) ?? null) };
}
