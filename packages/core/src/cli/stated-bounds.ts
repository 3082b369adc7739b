import { Decimal } from '../_internal/decimal.js';
import type { Dataset } from '../dataset/index.js';
import { amountFromJson } from '../figures/_from-json.js';
import type { Series, SeriesMeasure, SeriesPoint } from '../flow/index.js';
import { cagr } from '../growth/cagr.js';
import { uncertaintyUnit } from '../growth/rate-digits.js';
import { formatPeriod } from '../period/index.js';

/**
 * The points of a series of totals that a level statement published as a lower bound gives
 * ("more than US$3 billion", `rounding: 'truncate'` as the figures read it: [3, 4) billion), each
 * with the width of the interval it stands for (its precision): a point whose period, source,
 * value and precision are the statement's (a flow's point has the flow's precision, or none).
 * A commodity's series has none (statements are about totals).
 *
 * @example
 * ```ts
 * const [level] = vietnamLaosDocument.statements.filter((s) => s.id === 'vn-la-2025-turnover');
 * const amount = { text: 'more than US$3 billion', value: '3000000000', currency: 'USD' };
 * const more = { ...level!, id: 'vn-la-2026-turnover', period: '2026', amount };
 * const statements = [...vietnamLaosDocument.statements, more];
 * const dataset = parseDataset({ ...vietnamLaosDocument, statements });
 * const request = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' } as const;
 * const bounds = statedBounds(dataset, datasetSeries(dataset, request), 'turnover', null);
 * [...bounds].map(([point, width]) => [formatPeriod(point.period), width.toFixed()]);
 * //=> [['2026', '1000000000']]
 * ```
 */
export function statedBounds(
  dataset: Dataset,
  series: Series,
  measure: SeriesMeasure,
  commodity: string | null,
): Map<SeriesPoint, Decimal> {
  const bounds = new Map<SeriesPoint, Decimal>();
  if (commodity !== null) return bounds;
  const truncated = new Map<string, ReturnType<typeof amountFromJson>[]>();
  for (const s of dataset.statements) {
    if (
      s.kind === 'level' &&
      s.subject === measure &&
      s.reporter === series.reporter &&
      s.partner === series.partner
    ) {
      const figure = amountFromJson(s.amount);
      if (figure.rounding !== 'truncate') continue;
      const key = `${s.period} ${s.source}`;
      truncated.set(key, [...(truncated.get(key) ?? []), figure]);
    }
  }
  if (truncated.size === 0) return bounds;
  for (const point of series.points) {
    const { precision } = point;
    if (point.derivation !== undefined || precision === undefined) continue;
    const figures = truncated.get(`${formatPeriod(point.period)} ${point.source}`) ?? [];
    const stated = figures.some(
      (figure) => figure.value.eq(point.value.amount) && figure.precision.eq(precision),
    );
    if (stated) bounds.set(point, precision);
  }
  return bounds;
}

/** The interval a point stands for: a bound's [value, value + width), else value ± half its unit. */
function pointInterval(point: SeriesPoint, bounds: ReadonlyMap<SeriesPoint, Decimal>) {
  const amount = point.value.amount;
  const width = bounds.get(point);
  if (width !== undefined) return { lo: amount, hi: amount.plus(width) };
  const half = uncertaintyUnit(point)?.div(2) ?? new Decimal(0);
  return { lo: amount.minus(half), hi: amount.plus(half) };
}

/**
 * The year-on-year rates (fractions) `current` on `base` allows when either is a bound
 * ({@link statedBounds}): from its lowest end over the base's highest to its highest over the
 * base's lowest, to one decimal in percent, rounded outward (3 on [2.975, 2.985) billion and 4 on
 * 2.975: `{ lo: '0.005', hi: '0.345' }`), compound rates a year over `years` years; `hi` null
 * when the base may be 0 (no rate bounds it); undefined when neither is a bound, or the base is
 * not above 0.
 *
 * @example
 * ```ts
 * const year = (year: number, amount: string, precision: string) => ({
 *   period: { kind: 'year', year } as const,
 *   value: money(new Decimal(amount), 'USD'),
 *   precision: new Decimal(precision),
 * });
 * const [now, then] = [year(2026, '3e9', '1e9'), year(2025, '2.98e9', '1e7')];
 * rateRange(now, then, new Map([[now, new Decimal('1e9')]])); //=> { lo: '0.005', hi: '0.345' }
 * rateRange(now, then, new Map()); //=> undefined
 * // Over two years from 2024: 3 on 2.2 billion.
 * const [twoYears, base] = [year(2026, '3e9', '1e9'), year(2024, '2.2e9', '1e8')];
 * rateRange(twoYears, base, new Map([[twoYears, new Decimal('1e9')]]), 2); //=> { lo: '0.154', hi: '0.364' }
 * ```
 */
export function rateRange(
  current: SeriesPoint,
  base: SeriesPoint,
  bounds: ReadonlyMap<SeriesPoint, Decimal>,
  years = 1,
): { readonly lo: string; readonly hi: string | null } | undefined {
  if (!bounds.has(current) && !bounds.has(base)) return undefined;
  if (!base.value.amount.gt(0)) return undefined;
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
 * `series` with each bound ({@link statedBounds}) a hair below the top of its interval (value +
 * width, less width × 10⁻²⁴): the interval excludes its top, where a threshold may lie (a level of
 * US$4 billion on "more than US$3 billion", [3, 4) billion). A target evaluated on it and on
 * `series` gives the verdicts the bounds allow at their two ends.
 *
 * @example
 * ```ts
 * const point = { period: { kind: 'year', year: 2026 } as const, value: money(new Decimal('3e9'), 'USD') };
 * const series = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD', points: [point] } as const;
 * boundsNearTop(series, new Map([[point, new Decimal('1e9')]])).points[0]?.value.amount.toFixed();
 * //=> '3999999999.999999999999999'
 * ```
 */
export function boundsNearTop(series: Series, bounds: ReadonlyMap<SeriesPoint, Decimal>): Series {
  const points = series.points.map((point) => {
    const width = bounds.get(point);
    if (width === undefined) return point;
    const below = point.value.amount.plus(width.minus(width.times(HAIR)));
    return { ...point, value: { ...point.value, amount: below } };
  });
  return { ...series, points };
}

/** How far below its top, in widths, {@link boundsNearTop} puts a bound. */
const HAIR = new Decimal('1e-24');
