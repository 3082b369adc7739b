import type { LowerBound } from '@bilateral/core';
import { Decimal, type Money, PERIOD_KINDS, type Period, type Series } from '@bilateral/core/calc';
import {
  uncheckedGrowthRate as checkedGrowthRate,
  uncheckedNextPeriod as checkedNextPeriod,
  uncheckedYearEarlier as checkedYearEarlier,
  uncheckedKnownUnit as knownUnit,
  uncheckedWritePeriod as writePeriod,
  uncheckedYearOnYearDigits as yearOnYearDigits,
} from '@bilateral/core/internal';
import { memoized } from '../data/memoized.js';
import { periodYears } from '../i18n/format.js';
import type { PublishedRate } from './published-rates.js';

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
  /**
   * Year-on-year rate: as the point's own source published it when it did (see
   * {@link TimelinePoint.publishedRate}), else computed from the levels; `null` when neither.
   */
  readonly rate: Decimal | null;
  /** The rate in percent as the point's source published it (`'32.7'`), when it did. */
  readonly publishedRate: string | undefined;
  /**
   * When the dataset's own levels contradict the published rate (see `withDisputedRates` in the
   * core: Vietnam–Laos 2018, published +11.9 %, levels giving 14.8–15.9 %), the rate the point's
   * value and the value a year earlier give, written with {@link TimelinePoint.rateDigits};
   * else `null`.
   */
  readonly levelsRate: Decimal | null;
  /**
   * The significant digits of the computed rate's ratio that its two figures support, from their
   * {@link TimelinePoint.precision} (see `rateDigits`: 2.98 on 2.2 billion is 32.2–38.8 %, "about
   * +35 %"), or `undefined` when both are exact or when the base was implied by this point's own
   * published rate (which it then gives back exactly).
   */
  readonly rateDigits: number | undefined;
  readonly uncertain: boolean;
  /**
   * Published as a lower bound, of this kind ("more than US$565 million", "at least …"): its
   * words say so (`pointAmount`).
   */
  readonly lowerBound?: LowerBound | undefined;
  /**
   * The unit the value is known to: its published `precision` (for turnover, its parts' summed);
   * a derived value without one (a base implied by a rounded rate) is known to three significant
   * digits. A value finer than that is written rounded, with "about".
   */
  readonly precision: Decimal | undefined;
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

/** Years, halves, quarters and months: `PERIOD_KINDS` but year-to-date and the free range, its last two. */
const FILLABLE = new Set(PERIOD_KINDS.slice(0, -2));

/**
 * The slots of a time axis for periods of one kind, oldest first: years, halves, quarters and
 * months get a slot for every period from the first to the end of the last one's year (or of
 * `through`, e.g. a target's last year; at most 240): months of January–March 2022 get the 12
 * of 2022, so that points sit by time, a missing period is a gap and the year's rest shows as
 * not yet published; other kinds one slot per period.
 */
export function timeSlots(periods: readonly Period[], through?: number): readonly Period[] {
  const first = periods[0];
  if (first === undefined || !FILLABLE.has(first.kind)) return periods;
  const lastYear = Math.max(periodYears(periods[periods.length - 1] ?? first)[1], through ?? 0);
  const slots: Period[] = [];
  for (
    let period: Period = first;
    periodYears(period)[0] <= lastYear && slots.length < 240;
    period = checkedNextPeriod(period)
  ) {
    slots.push(period);
  }
  return slots;
}

/**
 * Every point of a series with its year-on-year rate (or the published one, by period). The series
 * is the core's own (`datasetSeriesWith`: one currency, one period kind, in order), so each rate is
 * `checkedGrowthRate` (`growthRate` without reading and checking Money) of the point and the point
 * a year earlier, and its periods are stepped and written with the functions for valid periods,
 * without `yearOnYear`'s checks of a series given by hand (which a page would load only to pass).
 */
function timelinePoints(
  series: Series,
  published: ReadonlyMap<string, PublishedRate>,
): readonly TimelinePoint[] {
  const byPeriod = new Map(series.points.map((point) => [writePeriod(point.period), point]));
  return series.points.map((point): TimelinePoint => {
    const [publishedRate, disputed] = published.get(writePeriod(point.period)) ?? [];
    const { year } = 'start' in point.period ? point.period.start : point.period;
    // The year 1 has none before it: no base (a period there is valid data, not an error). The
    // core's yearEarlierInRange has this rule, but is not imported: exported from /calc and
    // called here instead, it cost the growth page +3 B and the dashboard +6 B gzipped (h173,
    // pnpm build + size-limit; the app -5 B), for a rule of one comparison.
    const base = year > 1 ? byPeriod.get(writePeriod(checkedYearEarlier(point.period))) : undefined;
    // No rate without a base, or with a base at or below 0 (as yearOnYear gives none).
    const computed =
      base === undefined || !base.value.amount.gt(0)
        ? null
        : checkedGrowthRate(point.value.amount, base.value.amount);
    return {
      period: point.period,
      value: point.value,
      rate: publishedRate === undefined ? computed : new Decimal(publishedRate).div(100),
      publishedRate,
      levelsRate: disputed ? computed : null,
      // A rate to or from a figure published as a lower bound ("more than US$565 million") is
      // computed at the bound's end of its interval: "about" it, to the unit at most (600.0 on
      // 565 to 566 million: 6.01 to 6.19 %, "about +6 %", not "+6.2 %"; the CLI gives the range).
      rateDigits:
        computed && base && (point.lowerBound || base.lowerBound)
          ? Math.min(
              yearOnYearDigits(point, base) ?? 9,
              3 + point.value.amount.div(base.value.amount).e,
            )
          : yearOnYearDigits(point, base),
      uncertain: point.uncertain === true || point.derivation !== undefined,
      lowerBound: point.lowerBound,
      precision: knownUnit(point),
      derivation: point.derivation,
      source: point.source,
    };
  });
}

/**
 * The points of a series within a range of years, with their year-on-year rates (computed on the
 * whole series by the core, so the first year shown keeps its rate; where the point's own source
 * published one, in `published` by period, that one), laid out on the slots of
 * {@link timeSlots} (up to `through` when it is in range).
 */
export function timeline(
  series: Series,
  inRange: (first: number, last: number) => boolean,
  through?: number,
  published: ReadonlyMap<string, PublishedRate> = new Map(),
): Timeline {
  // Once per series (shared by the page's elements, see `seriesOf`) and published rates.
  const key = `timeline ${[...published].join(' ')}`;
  const all = memoized(series, key, () => timelinePoints(series, published));
  const kept = all.filter((point) => inRange(...periodYears(point.period)));
  const byKey = new Map(kept.map((point) => [writePeriod(point.period), point]));
  const periods = timeSlots(
    kept.map((point) => point.period),
    through !== undefined && inRange(through, through) ? through : undefined,
  );
  return { periods, points: periods.map((period) => byKey.get(writePeriod(period)) ?? null) };
}
