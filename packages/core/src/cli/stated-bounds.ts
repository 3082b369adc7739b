import { Decimal } from '../_internal/decimal.js';
import { impliedBase } from '../_internal/implied-base.js';
import type { Dataset } from '../dataset/index.js';
import { amountFromJson, rateFromJson } from '../figures/_from-json.js';
import { impliedPreviousFigure } from '../figures/implied-previous-figure.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { cagr } from '../growth/cagr.js';
import { knownUnit, uncertaintyUnit } from '../growth/rate-digits.js';
import { formatPeriod } from '../period/index.js';

/**
 * A point of a series that is a lower bound, and the interval it allows: a level statement's
 * published so, or a base implied by one and the later year's rate.
 *
 * @example
 * ```ts
 * // "more than US$3 billion": [3, 4) billion, written "more than US$3 billion".
 * const bound: PointBound = {
 *   lo: new Decimal('3e9'), hi: new Decimal('4e9'), shown: new Decimal('3e9'),
 *   unit: new Decimal('1e9'), atLeast: false,
 * };
 * ```
 */
export interface PointBound {
  /** The bottom of the interval the value lies in: the bound. */
  readonly lo: Decimal;
  /** The top of the interval, which it excludes (a truncated figure's value + its step). */
  readonly hi: Decimal;
  /**
   * The bound as written, at or below `lo`: a statement's value; a derived bound's `lo` rounded
   * down to the unit its value is known to (three significant digits: never above the bound).
   */
  readonly shown: Decimal;
  /** The unit `shown` is written to: the statement's step, or the derived value's known unit. */
  readonly unit: Decimal;
  /**
   * Whether the value may be `shown` itself: a statement worded "at least US$X" (≥), written so;
   * false for "more than US$X" (>), "over", "hơn"…, and for a derived bound below its `lo`.
   */
  readonly atLeast: boolean;
  /**
   * Whether the value may be `lo` itself where `atLeast` cannot say so, `shown` being below `lo`
   * (a bound worked out from others, {@link boundOf}: exactly US$500 million to the million,
   * [499.5, 500.5), beside "at least US$500 million" reaches 999.5 million). Absent where
   * `atLeast` says it (a statement's bound).
   */
  readonly includesLo?: boolean;
  /**
   * For a base implied by a later year and its growth (a `derivation`): that year's point, the
   * bound it comes from. The rate between the two is the one published, whatever the bound.
   */
  readonly from?: SeriesPoint;
}

/**
 * The points of a series of totals that a level statement of its measure published as a lower bound
 * gives ("more than US$3 billion", `rounding: 'truncate'` as the figures read it: [3, 4) billion),
 * each with the interval it stands for (its precision wide) and whether its statement's bound is
 * "at least" (its amount's `bound`, `'at-least'`): a point whose period, source, value and
 * precision are the statement's (a flow's point has the flow's precision, or none). A base
 * implied by such a point and its year's published rate (`impliedBases`: 2020 as 2021's "more
 * than US$1.37 billion" ÷ (1 + 33.3 %)) is one too, since dividing by 1 + rate keeps the order:
 * its interval is the one the bound's and the rate's allow (`impliedPreviousFigure`), from the
 * point it is derived from. A commodity's series has none (statements are about totals).
 *
 * @example
 * ```ts
 * const [level] = vietnamLaosDocument.statements.filter((s) => s.id === 'vn-la-2025-turnover');
 * const amount = { text: 'more than US$3 billion', value: '3000000000', currency: 'USD' };
 * const more = { ...level!, id: 'vn-la-2026-turnover', period: '2026', amount };
 * const statements = [...vietnamLaosDocument.statements, more];
 * const dataset = parseDataset({ ...vietnamLaosDocument, statements });
 * const request = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' } as const;
 * const bounds = statedBounds(dataset, datasetSeries(dataset, request), null);
 * [...bounds].map(([point, bound]) => [formatPeriod(point.period), bound.hi.toFixed(), bound.atLeast]);
 * //=> [['2026', '4000000000', false]]
 * ```
 */
export function statedBounds(
  dataset: Dataset,
  series: Series,
  commodity: string | null,
): Map<SeriesPoint, PointBound> {
  const bounds = new Map<SeriesPoint, PointBound>();
  if (commodity !== null) return bounds;
  const truncated = new Map<string, ReturnType<typeof amountFromJson>[]>();
  const about = (s: Dataset['statements'][number]) =>
    s.subject === series.measure && s.reporter === series.reporter && s.partner === series.partner;
  for (const s of dataset.statements) {
    if (s.kind === 'level' && about(s)) {
      const figure = amountFromJson(s.amount);
      if (figure.rounding !== 'truncate') continue;
      const key = `${s.period} ${s.source}`;
      truncated.set(key, [...(truncated.get(key) ?? []), figure]);
    }
  }
  if (truncated.size === 0) return bounds;
  const figures = new Map<SeriesPoint, ReturnType<typeof amountFromJson>>();
  for (const point of series.points) {
    const { precision } = point;
    if (point.derivation !== undefined || precision === undefined) continue;
    const stated = (truncated.get(`${formatPeriod(point.period)} ${point.source}`) ?? []).find(
      (figure) => figure.value.eq(point.value.amount) && figure.precision.eq(precision),
    );
    if (stated === undefined) continue;
    figures.set(point, stated);
    const { amount } = point.value;
    const atLeast = stated.bound === 'at-least';
    bounds.set(point, {
      lo: amount,
      hi: amount.plus(precision),
      shown: amount,
      unit: precision,
      atLeast,
    });
  }
  // The bases implied by a bound and its year's rate (the series' derivation), as the series
  // implied them: the rate of the base's source, of the bound's period, giving its value.
  const byPeriod = new Map(series.points.map((point) => [formatPeriod(point.period), point]));
  for (const point of series.points) {
    if (point.derivation === undefined || point.period.kind !== 'year') continue;
    const current = byPeriod.get(String(point.period.year + 1));
    const figure = current === undefined ? undefined : figures.get(current);
    if (current === undefined || figure === undefined) continue;
    const rate = dataset.statements.find(
      (s) =>
        s.kind === 'growth' &&
        about(s) &&
        s.source === point.source &&
        s.period === formatPeriod(current.period) &&
        impliedBase(current.value.amount, new Decimal(s.rate.value).div(100)).eq(
          point.value.amount,
        ),
    );
    if (rate?.kind !== 'growth') continue;
    const { interval } = impliedPreviousFigure(figure, rateFromJson(rate.rate));
    const bound = boundOf(point, interval.lo, interval.hi, interval.loClosed);
    bounds.set(point, { ...bound, from: current });
  }
  return bounds;
}

/**
 * An interval's ends as the report's JSON writes them: outward to 12 significant digits (a
 * derived or converted bound's ends are quotients), the bottom rounded down, the top up.
 *
 * @example
 * ```ts
 * outwardEnds({ lo: new Decimal(2).div(3), hi: new Decimal(5).div(3) }); //=> { lo: '0.666666666666', hi: '1.66666666667' }
 * ```
 */
export function outwardEnds(interval: { readonly lo: Decimal; readonly hi: Decimal }): {
  lo: string;
  hi: string;
} {
  return {
    lo: interval.lo.toSignificantDigits(12, Decimal.ROUND_FLOOR).toFixed(),
    hi: interval.hi.toSignificantDigits(12, Decimal.ROUND_CEIL).toFixed(),
  };
}

/**
 * The bound `point` is for an interval [`lo`, `hi`) worked out from another bound (a base it
 * implies, or its value in another currency): written to the unit `point` is known to (else the
 * interval's width), `shown` at or below `lo` ({@link shownBelow}), and "at least" `shown` only
 * where the interval includes `lo` (`includesLo`) and `shown` is `lo`.
 *
 * @example
 * ```ts
 * // "more than US$3 billion" at 27,000 dong: [81, 108) trillion, known to its width's first digit.
 * const point = { period: { kind: 'year', year: 2026 } as const, value: money(new Decimal('81e12'), 'VND') };
 * const bound = boundOf(point, new Decimal('81e12'), new Decimal('108e12'), false);
 * [bound.shown.toFixed(), bound.unit.toFixed(), bound.atLeast]; //=> ['80000000000000', '27000000000000', false]
 * // A base known to the 10 million, in (1,027,371,578.55, 1,035,647,279.55): rounded down.
 * const base = { ...point, value: money(new Decimal('1.03e9'), 'USD'), precision: new Decimal('1e7') };
 * boundOf(base, new Decimal('1027371578.55'), new Decimal('1035647279.55'), false).shown.toFixed(); //=> '1020000000'
 * ```
 */
export function boundOf(
  point: SeriesPoint,
  lo: Decimal,
  hi: Decimal,
  includesLo: boolean,
): PointBound {
  const unit = knownUnit(point) ?? hi.minus(lo);
  const shown = shownBelow(lo, unit);
  return { lo, hi, shown, unit, atLeast: includesLo && shown.eq(lo), includesLo };
}

/**
 * A lower bound `lo` as the report writes it with `unit` (whose first digit it is written to, as
 * `knownAmount` writes an amount): rounded down to that digit, never above `lo` (half-up could
 * round it up, past the bound): 1,027,371,578.55 to the 10 million, 1,020,000,000; 71,362.5
 * billion known to 23,787.5 billion (its first digit, 10 trillion), 70 trillion.
 */
function shownBelow(lo: Decimal, unit: Decimal): Decimal {
  const step = new Decimal(`1e${unit.e}`);
  return lo.div(step).toDecimalPlaces(0, Decimal.ROUND_FLOOR).times(step);
}

/** The interval a point stands for: a bound's [lo, hi), else value ± half its unit. */
function pointInterval(point: SeriesPoint, bounds: ReadonlyMap<SeriesPoint, PointBound>) {
  const amount = point.value.amount;
  const bound = bounds.get(point);
  if (bound !== undefined) return bound;
  const half = uncertaintyUnit(point)?.div(2) ?? new Decimal(0);
  return { lo: amount.minus(half), hi: amount.plus(half) };
}

/**
 * The year-on-year rates (fractions) `current` on `base` allows when either is a bound
 * ({@link statedBounds}): from its lowest end over the base's highest to its highest over the
 * base's lowest, to one decimal in percent, rounded outward (3 on [2.975, 2.985) billion and 4 on
 * 2.975: `{ lo: '0.005', hi: '0.345' }`), compound rates a year over `years` years; `hi` null
 * when the base may be 0 (no rate bounds it); undefined when neither is a bound, when the base is
 * not above 0, or when the base is implied by `current` and its published rate (that rate is the
 * growth, whatever the bound).
 *
 * @example
 * ```ts
 * const year = (year: number, amount: string, precision: string) => ({
 *   period: { kind: 'year', year } as const,
 *   value: money(new Decimal(amount), 'USD'),
 *   precision: new Decimal(precision),
 * });
 * const bound = (lo: string, hi: string) => ({
 *   lo: new Decimal(lo), hi: new Decimal(hi), shown: new Decimal(lo), unit: new Decimal(hi).minus(lo), atLeast: false,
 * });
 * const [now, then] = [year(2026, '3e9', '1e9'), year(2025, '2.98e9', '1e7')];
 * rateRange(now, then, new Map([[now, bound('3e9', '4e9')]])); //=> { lo: '0.005', hi: '0.345' }
 * rateRange(now, then, new Map()); //=> undefined
 * // Over two years from 2024: 3 on 2.2 billion.
 * const [twoYears, base] = [year(2026, '3e9', '1e9'), year(2024, '2.2e9', '1e8')];
 * rateRange(twoYears, base, new Map([[twoYears, bound('3e9', '4e9')]]), 2); //=> { lo: '0.154', hi: '0.364' }
 * ```
 */
export function rateRange(
  current: SeriesPoint,
  base: SeriesPoint,
  bounds: ReadonlyMap<SeriesPoint, PointBound>,
  years = 1,
): { readonly lo: string; readonly hi: string | null } | undefined {
  if (!bounds.has(current) && !bounds.has(base)) return undefined;
  if (!base.value.amount.gt(0) || bounds.get(base)?.from === current) return undefined;
  const [now, then] = [pointInterval(current, bounds), pointInterval(base, bounds)];
  const rate = (
    a: Decimal,
    b: Decimal,
    rounding: typeof Decimal.ROUND_FLOOR | typeof Decimal.ROUND_CEIL,
  ) => {
    // cagr, not Decimal#pow: the browser engine has no fractional power.
    const growth = years === 1 ? a.div(b).minus(1) : cagr(b, a, years);
    return growth.toDecimalPlaces(3, rounding).toFixed();
  };
  return {
    lo: rate(now.lo, then.hi, Decimal.ROUND_FLOOR),
    hi: then.lo.gt(0) ? rate(now.hi, then.lo, Decimal.ROUND_CEIL) : null,
  };
}

/**
 * `series` with each bound ({@link statedBounds}) at an end of its interval: those in `raised` a
 * hair below its top (less its width × 10⁻²⁴: the interval excludes its top, where a threshold may
 * lie, a level of US$4 billion on "more than US$3 billion", [3, 4) billion), the others at its
 * bottom, or a hair above it where the interval excludes its bottom ("more than", not "at least";
 * not `includesLo`). A target evaluated with the years that raise a verdict raised, and again with
 * the others, gives the verdicts the bounds allow at their two ends.
 *
 * @example
 * ```ts
 * const point = { period: { kind: 'year', year: 2026 } as const, value: money(new Decimal('3e9'), 'USD') };
 * const series = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD', points: [point] } as const;
 * const bound = { lo: new Decimal('3e9'), hi: new Decimal('4e9'), shown: new Decimal('3e9'), unit: new Decimal('1e9'), atLeast: false };
 * boundsAtEnds(series, new Map([[point, bound]]), new Set([point])).points[0]?.value.amount.toFixed();
 * //=> '3999999999.999999999999999'
 * // Not raised: "more than US$3 billion" a hair above 3 billion, "at least" at it.
 * boundsAtEnds(series, new Map([[point, bound]]), new Set()).points[0]?.value.amount.toFixed();
 * //=> '3000000000.000000000000001'
 * boundsAtEnds(series, new Map([[point, { ...bound, atLeast: true }]]), new Set()).points[0]?.value.amount.toFixed();
 * //=> '3000000000'
 * ```
 */
export function boundsAtEnds(
  series: Series,
  bounds: ReadonlyMap<SeriesPoint, PointBound>,
  raised: ReadonlySet<SeriesPoint>,
): Series {
  const points = series.points.map((point) => {
    const bound = bounds.get(point);
    if (bound === undefined) return point;
    const hair = bound.hi.minus(bound.lo).times(HAIR);
    const amount = raised.has(point)
      ? bound.hi.minus(hair)
      : bound.atLeast || bound.includesLo === true
        ? bound.lo
        : bound.lo.plus(hair);
    return { ...point, value: { ...point.value, amount } };
  });
  return { ...series, points };
}

/** How far inside its ends, in widths, {@link boundsAtEnds} puts a bound that excludes them. */
const HAIR = new Decimal('1e-24');
