/**
 * The rate digits of `@bilateral/core/rate-digits` (`rate-digits.ts`) without the checks of their
 * arguments' shape, for the core's own modules and the widgets (from `@bilateral/core/internal`):
 * a module of their own, so that the public entry `/rate-digits` exports the checked faces only.
 *
 * @internal
 * @packageDocumentation
 */
import { Decimal } from '../_internal/decimal.js';
import type { SeriesPoint } from '../flow/series.js';
import type { growthToDateDigits, RoundedRate } from './rate-digits.js';

/**
 * `knownUnit` without its checks of its arguments' shape, for the widgets (from
 * `@bilateral/core/internal`), which pass the points of series they computed.
 *
 * @internal
 * @example
 * ```ts
 * const point = { period: parsePeriod('2024'), value: money('2200000000', 'USD'), derivation: 'd' };
 * uncheckedKnownUnit(point)?.toString(); //=> '10000000'
 * ```
 */
export function uncheckedKnownUnit(point: SeriesPoint): Decimal | undefined {
  if (point.precision !== undefined || point.derivation === undefined) return point.precision;
  return threeDigits(point);
}

/**
 * `uncertaintyUnit` without its checks of its arguments' shape, for the widgets (from
 * `@bilateral/core/internal`), which pass the points of series they computed.
 *
 * @internal
 * @example
 * ```ts
 * const point = { value: money('2200000000', 'USD'), uncertain: true };
 * uncheckedUncertaintyUnit(point)?.toString(); //=> '10000000'
 * ```
 */
export function uncheckedUncertaintyUnit(
  point: Pick<SeriesPoint, 'value' | 'precision' | 'uncertain' | 'derivation'>,
): Decimal | undefined {
  return point.precision ?? (approximate(point) ? threeDigits(point) : undefined);
}

/** The unit of a figure's third significant digit (`undefined` for 0). */
function threeDigits(point: Pick<SeriesPoint, 'value'>): Decimal | undefined {
  const amount = point.value.amount.abs();
  return amount.isZero() ? undefined : new Decimal(`1e${amount.e - 2}`);
}

/** `x` rounded to a multiple of 10^`power`, halves away from zero (as a rate is written). */
const roundTo = (x: number, power: number) =>
  Math.sign(x) * Math.round(Math.abs(x) / 10 ** power) * 10 ** power;

/**
 * `rateDigits` without its checks of its arguments' shape, for the widgets (from
 * `@bilateral/core/internal`), which pass the points of series they computed.
 *
 * @internal
 * @example
 * ```ts
 * const year = (year: number, amount: string) => ({
 *   period: parsePeriod(String(year)), value: money(amount, 'USD'), precision: new Decimal('1e8'),
 * });
 * uncheckedRateDigits(year(2025, '2980000000'), year(2024, '2200000000')); //=> 2
 * ```
 */
export function uncheckedRateDigits(
  current: SeriesPoint,
  base: SeriesPoint,
  years = 1,
): number | undefined {
  // An approximate figure without a precision is known to three digits, as a derived one.
  const half = (point: SeriesPoint) => (uncheckedUncertaintyUnit(point)?.toNumber() ?? 0) / 2;
  const value = current.value.amount.toNumber();
  const prior = base.value.amount.toNumber();
  const [up, down] = [half(current), half(base)] as const;
  // Percentage points of the compound rate of a ratio (-100 for none above 0).
  const points = (ratio: number) => (Math.max(0, ratio) ** (1 / years) - 1) * 100;
  const rate = points(value / prior);
  // No rate on a base of 0 or less (yearOnYear gives none): its ratio has no exponent (was NaN,
  // review h150 A1).
  if (up + down === 0 || rate === -100 || !(prior > 0)) return undefined;
  // The percentage is rounded to 10^(3 + the ratio's exponent - digits) (roundedRate, which takes
  // the exponent of the decimal 1 + rate): a year's ratio's from the exact ratio, not from a float
  // that went ratio → percent → ratio (0.001 came back 0.00099…9: "about −100 %" for −99.9 %,
  // review h130 F1); a compound one's from the float ratio's logarithm, as cagr's 1 + rate has it
  // for every exact power of ten and every ratio tried (scan, h136), a ratio within float error of
  // one aside.
  const exponent =
    years > 1
      ? Math.floor(Math.log10(value / prior) / years)
      : current.value.amount.div(base.value.amount).e;
  // The widest step that rounds the rate to 0 only if it is 0 at the unit: its own first digit.
  const first = Math.max(0, Math.floor(Math.log10(2 * Math.abs(rate))));
  // A base that may be 0 bounds no rate: one significant digit, no coarser than that step (+25 %
  // was "about 0 %", review h130 F4), and "about" it (a ratio of 0.001 has its one digit at the
  // first decimal of the percentage: "about −100 %", not "−99.9 %", review h150 A1).
  if (prior <= down) return 3 + exponent - Math.max(0, Math.min(2 + exponent, first));
  const low = points((value - up) / (prior + down));
  const high = points((value + up) / (prior - down));
  // Under a point apart, one decimal; else the widest step that rounds the rate strictly inside
  // the interval, and to 0 only a rate that is 0 at the unit (+10 % on 0–21 %: "about +10 %").
  let power = high - low < 1 ? -1 : Math.min(Math.ceil(Math.log10(high - low)), first);
  while (power >= 0 && Math.abs(roundTo(rate, power) - (low + high) / 2) >= (high - low) / 2)
    power--;
  // A rate of an approximate figure is "about" one, to the unit at least.
  const finest = approximate(current) || approximate(base) ? 0 : -1;
  return 3 + exponent - Math.max(power, finest);
}

/** Whether a figure is approximate or derived (the tips mark it so). */
const approximate = (point: Pick<SeriesPoint, 'uncertain' | 'derivation'>) =>
  point.uncertain === true || point.derivation !== undefined;

/**
 * `yearOnYearDigits` without its checks of its arguments' shape, for the widgets (from
 * `@bilateral/core/internal`), which pass the points of series they computed.
 *
 * @internal
 * @example
 * ```ts
 * const point = { period: parsePeriod('2024'), value: money('2200000000', 'USD') };
 * uncheckedYearOnYearDigits(point, undefined); //=> undefined
 * ```
 */
export function uncheckedYearOnYearDigits(
  point: SeriesPoint,
  base: SeriesPoint | undefined,
): number | undefined {
  if (base === undefined || base === point) return undefined;
  // Implied by this point's own published rate ("… ÷ (1 + 24 %)"), same source, the rate not
  // uncertain ("÷ (1 + about 24 %)") nor converted since (a conversion appends "; converted from
  // …"): gives it back (review h130 F3).
  const rate = base.derivation?.split('÷ (1 + ')[1] ?? '';
  if (/^[-\d.]+ %\)$/.test(rate) && base.source === point.source) {
    return rate.includes('.') ? undefined : 3 + point.value.amount.div(base.value.amount).e;
  }
  return uncheckedRateDigits(point, base);
}

/**
 * `growthToDateDigits` without its checks of its arguments' shape, for the widgets (from
 * `@bilateral/core/internal`), which pass the points of series they computed.
 *
 * @internal
 * @example
 * ```ts
 * const point = { period: parsePeriod('2024'), value: money('2200000000', 'USD') };
 * uncheckedGrowthToDateDigits({ base: point, current: point, elapsedYears: 0 }); //=> undefined
 * ```
 */
export function uncheckedGrowthToDateDigits(
  evaluation: Parameters<typeof growthToDateDigits>[0],
): number | undefined {
  const { base, current, elapsedYears } = evaluation;
  return elapsedYears > 1
    ? uncheckedRateDigits(current, base, elapsedYears)
    : uncheckedYearOnYearDigits(current, base);
}

/**
 * `roundedRate` without its check that the rate is a Decimal, for the widgets (from
 * `@bilateral/core/internal`), which round the rates they computed.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedRoundedRate(new Decimal('0.08504'), undefined).rate.toFixed(); //=> '0.085'
 * ```
 */
export function uncheckedRoundedRate(rate: Decimal, digits: number | undefined): RoundedRate {
  const ratio = rate.plus(1);
  // Digits that are not a whole number are none known (NaN threw a DecimalError, review h150 A1).
  const decimals =
    !Number.isInteger(digits) || !ratio.gt(0) ? 1 : Math.min(1, (digits as number) - 3 - ratio.e);
  const step = new Decimal(`1e${-decimals}`);
  const percent = rate.times(100).div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  return { rate: percent.div(100), decimals };
}
