import { Decimal, type SeriesPoint } from '@bilateral/core/calc';

/**
 * The unit a series value is known to: its published `precision` (for turnover, its parts'
 * summed); a derived value without one (a base implied by a rounded rate) to three significant
 * digits; `undefined` for an exact one.
 *
 * @example
 * ```ts
 * // 2016, implied by 2017's US$892.9 million and its published +8.5 %: about US$823 million.
 * knownUnit(point2016)?.toString(); //=> '1000000' (three significant digits)
 * knownUnit(point2017)?.toString(); //=> '100000' (published to the 0.1 million)
 * ```
 */
export function knownUnit(point: SeriesPoint): Decimal | undefined {
  if (point.precision !== undefined || point.derivation === undefined) return point.precision;
  return threeDigits(point);
}

/** The unit of a figure's third significant digit (`undefined` for 0). */
function threeDigits(point: SeriesPoint): Decimal | undefined {
  const amount = point.value.amount.abs();
  return amount.isZero() ? undefined : new Decimal(`1e${amount.e - 2}`);
}

/** `x` rounded to a multiple of 10^`power`, halves away from zero (as `formatGrowth` rounds). */
const roundTo = (x: number, power: number) =>
  Math.sign(x) * Math.round(Math.abs(x) / 10 ** power) * 10 ** power;

/**
 * The significant digits of a growth ratio (1 + rate) that its two figures support, for
 * `formatGrowth`. Each figure stands for an interval ({@link knownUnit}: "US$2.2 billion", known to
 * the 0.1 billion, for 2.15–2.25), so the rate lies between the ratios of their ends (over `years`
 * years, their compound rates); it is written with the fewest digits that keep it within those
 * rates, from a step as wide as they are apart (2.98 on 2.2 billion, 32.2–38.8 %: "about +35 %",
 * as "about +40 %" is outside), and with one decimal where they are under a point apart, unless
 * a figure is approximate or derived (`uncertain`, `derivation`: the tips mark it so): a rate of
 * such a figure is "about" one, to the unit at least (US$2.98 billion on "US$1.65 billion",
 * approximate, over two years: "about +34 %", not "+34.4 %"), and one without a precision is
 * known to three significant digits. `undefined` when both figures are exact (or the ratio is
 * not positive): one decimal.
 *
 * @example
 * ```ts
 * import { Decimal, money } from '@bilateral/core/calc';
 * import { formatGrowth } from '../i18n/format.js';
 *
 * const year = (year: number, billions: string, precision: string) => ({
 *   period: { kind: 'year', year } as const,
 *   value: money(new Decimal(billions).times(1e9), 'USD'),
 *   precision: new Decimal(precision).times(1e9),
 * });
 * const digits = rateDigits(year(2025, '2.98', '0.01'), year(2024, '2.2', '0.1')); //=> 3
 * formatGrowth(new Decimal('0.3545'), 'en', digits); //=> 'about +35 %'
 * ```
 */
export function rateDigits(current: SeriesPoint, base: SeriesPoint, years = 1): number | undefined {
  // An approximate figure without a precision is known to three digits, as a derived one.
  const unit = (point: SeriesPoint) =>
    point.precision ?? (approximate(point) ? threeDigits(point) : undefined);
  const half = (point: SeriesPoint) => (unit(point)?.toNumber() ?? 0) / 2;
  const value = current.value.amount.toNumber();
  const prior = base.value.amount.toNumber();
  const [up, down] = [half(current), half(base)] as const;
  // Percentage points of the compound rate of a ratio (-100 for none above 0).
  const points = (ratio: number) => (Math.max(0, ratio) ** (1 / years) - 1) * 100;
  const rate = points(value / prior);
  if (up + down === 0 || rate === -100) return undefined;
  // A base that may be 0 bounds no rate: one significant digit.
  if (prior <= down) return 1;
  const low = points((value - up) / (prior + down));
  const high = points((value + up) / (prior - down));
  let power = Math.ceil(Math.log10(high - low));
  while (power >= 0 && Math.abs(roundTo(rate, power) - (low + high) / 2) > (high - low) / 2)
    power--;
  // formatGrowth rounds the percentage to 10^(3 + the ratio's exponent - digits); a rate of an
  // approximate figure is "about" one, to the unit at least.
  const finest = approximate(current) || approximate(base) ? 0 : -1;
  return 3 + Math.floor(Math.log10(rate / 100 + 1)) - Math.max(power, finest);
}

/** Whether a figure is approximate or derived (the tips mark it so). */
const approximate = (point: SeriesPoint) =>
  point.uncertain === true || point.derivation !== undefined;
