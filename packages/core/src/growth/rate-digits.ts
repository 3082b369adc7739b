/**
 * `@bilateral/core/rate-digits`: the digits a computed rate's figures support, for writing it as
 * the widgets and the `bilateral report` command do ("about +30 %" from "US$2.2 billion" on
 * US$1.65 billion). Also exported by the root entry.
 *
 * @packageDocumentation
 */
import type { Decimal } from '../_internal/decimal.js';
import {
  checkArgument,
  checkDecimals,
  checkObject,
  checkSeriesPoint,
} from '../_internal/face-checks.js';
import type { SeriesPoint } from '../flow/series.js';
import {
  uncheckedGrowthToDateDigits,
  uncheckedKnownUnit,
  uncheckedRateDigits,
  uncheckedRoundedRate,
  uncheckedUncertaintyUnit,
  uncheckedYearOnYearDigits,
} from './unchecked-rate-digits.js';

/**
 * The unit a series value is known to: its published `precision` (for turnover, its parts'
 * summed); a derived value without one (a base implied by a rounded rate) to three significant
 * digits; `undefined` for an exact one. A figure marked `uncertain` without a precision (not
 * derived) counts as exact here — its value is written with the digits it was given — while
 * {@link rateDigits} takes it as known to three significant digits for a rate computed from it
 * (an approximate figure makes its rate "about" one): this is the unit a value is written to, not
 * the interval a rate computed from it allows.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year', impliedBases: true,
 * });
 * const [point2016, point2017] = turnover.points;
 * // 2016, implied by 2017's US$892.9 million and its published +8.5 %: about US$823 million.
 * knownUnit(point2016!)?.toString(); //=> '1000000' (three significant digits)
 * knownUnit(point2017!)?.toString(); //=> '100000' (published to the 0.1 million)
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `point` for what is no series point (its value
 *   with a Decimal amount, its precision a Decimal or absent, its derivation text or absent)
 *
 * @category Growth
 */
export function knownUnit(point: SeriesPoint): Decimal | undefined {
  checkSeriesPoint(point, ['point']);
  return uncheckedKnownUnit(point);
}

/**
 * The unit a figure is known to for what is computed from it (a rate, a balance): its published
 * `precision`; a figure approximate or derived (`uncertain`, `derivation`) without one, its third
 * significant digit; `undefined` for an exact one. It differs from {@link knownUnit} (the unit a
 * value is written to) for an `uncertain` figure without a precision: written with the digits it
 * was given, known only to three significant digits. {@link rateDigits} and `bilateral report`'s
 * positions (and `<bilateral-balance>`'s) take figures so.
 *
 * @example
 * ```ts
 * import { Decimal, money } from '@bilateral/core/calc';
 * import { uncertaintyUnit } from '@bilateral/core/rate-digits';
 *
 * // Approximate exports of "US$1.012 billion": 1.01–1.02 billion, known to the 0.01 billion.
 * const approximate = { value: money(new Decimal('1012000000'), 'USD'), uncertain: true };
 * uncertaintyUnit(approximate)?.toString(); //=> '10000000'
 * uncertaintyUnit({ value: approximate.value }); //=> undefined (exact)
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `point` for what is no series point (its value
 *   with a Decimal amount, its precision a Decimal or absent, its derivation text or absent)
 *
 * @category Growth
 */
export function uncertaintyUnit(
  point: Pick<SeriesPoint, 'value' | 'precision' | 'uncertain' | 'derivation'>,
): Decimal | undefined {
  checkSeriesPoint(point, ['point']);
  return uncheckedUncertaintyUnit(point);
}

/**
 * The significant digits of a growth ratio (1 + rate) that its two figures support. Each figure
 * stands for an interval ({@link knownUnit}: "US$2.2 billion", known to the 0.1 billion, for
 * 2.15–2.25), so the rate lies between the ratios of their ends (over `years` years, their
 * compound rates); it is written with the fewest digits that keep it within those rates, from a
 * step as wide as they are apart (2.98 on 2.2 billion, 32.2–38.8 %: "about +35 %", as "about
 * +40 %" is outside), never rounding a rate that is not 0 at the unit to 0 (1.1 on 1.0 billion,
 * 0–21 %: "about +10 %"), and with one decimal where they are under a point apart (1.200 on 1.000
 * billion, to the million, 19.86–20.14 %: "+20.0 %"), unless a figure
 * is approximate or derived (`uncertain`, `derivation`): a rate of such a figure is "about" one,
 * to the unit at least (US$2.98 billion on "US$1.65 billion", approximate, over two years: "about
 * +34 %", not "+34.4 %"), and one without a precision is known to three significant digits.
 * A base that may be 0 bounds no rate: one significant digit of the ratio, or fewer places where
 * that would round a rate that is not 0 at the unit to 0 (US$50 million on US$40 million, both to
 * the 0.1 billion: "about +30 %"). The digits count from the exponent of the exact (compound)
 * ratio, as {@link roundedRate} takes it from 1 + the rate (−99.9 % is "−99.9 %", not "about
 * −100 %"). `undefined` when both figures are exact, or there is no positive ratio (a current
 * value of 0, a base of 0 or less, which gives no rate): one decimal.
 * {@link roundedRate} rounds the rate to them; the widgets and the `bilateral report` command
 * write computed rates so.
 *
 * @example
 * ```ts
 * import { Decimal, money } from '@bilateral/core/calc';
 * import { rateDigits, roundedRate } from '@bilateral/core/rate-digits';
 *
 * const year = (year: number, billions: string, precision: string) => ({
 *   period: { kind: 'year', year } as const,
 *   value: money(new Decimal(billions).times(1e9), 'USD'),
 *   precision: new Decimal(precision).times(1e9),
 * });
 * const digits = rateDigits(year(2025, '2.98', '0.01'), year(2024, '2.2', '0.1')); //=> 3
 * roundedRate(new Decimal('0.354545'), digits).rate.toFixed(); //=> '0.35': "about +35 %"
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `current` or `base` for what is no series point, at
 *   `years` for what is no number above 0
 *
 * @category Growth
 */
export function rateDigits(current: SeriesPoint, base: SeriesPoint, years = 1): number | undefined {
  checkSeriesPoint(current, ['current']);
  checkSeriesPoint(base, ['base']);
  checkArgument(
    typeof years === 'number' && years > 0,
    ['years'],
    'a number of years above 0',
    years,
  );
  return uncheckedRateDigits(current, base, years);
}

/**
 * The {@link rateDigits} of a year-on-year rate, `point` on `base` (the point a year earlier,
 * `undefined` for none), except for a base implied by `point`'s own published rate (as
 * `datasetSeries` implies it: derived as "<point's period> value ÷ (1 + <rate> %)", from the same
 * source, not converted since), which gives that rate back, known to the published rate's own
 * decimals: `undefined` (one decimal, as a computed rate is written at most) for a rate published
 * with decimals (2017's +8.5 %), the digits of a whole percent for one published without (2022's
 * "up 24%", 23.5–24.5 %: "about +24 %", not "+24.0 %"), whether the point's value is uncertain or
 * not (the ratio is the rate's). A base implied by an uncertain rate ("÷ (1 + about 24 %)") is not
 * given back: {@link rateDigits} of the two figures ("about +24 %", the implied base known to three
 * digits). Any other derivation (a conversion, a turnover with a derived part) is an approximate
 * figure for {@link rateDigits}. The derivation names the period after the base's, which is
 * `point`'s when `base` is the point a year earlier, as this function takes it.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year', impliedBases: true,
 * });
 * const at = (year: string) => turnover.points.find((p) => formatPeriod(p.period) === year)!;
 * // 2017's US$892.9 million on 2016 implied by 2017's published +8.5 % (same source): exact.
 * yearOnYearDigits(at('2017'), at('2016')); //=> undefined
 * // US$2.2 billion (0.1 billion) on US$1.65 billion (0.01 billion): 29.9–36.8 %.
 * yearOnYearDigits(at('2024'), at('2023')); //=> 2 ("about +30 %")
 * // US$1.7 billion on the 2021 its published "up 24%" (a whole percent) implies: 3 digits of 1.24.
 * const point2022 = { period: parsePeriod('2022'), value: money('1700000000', 'USD'), source: 's' };
 * const point2021 = {
 *   period: parsePeriod('2021'), value: money('1370967742', 'USD'), source: 's',
 *   derivation: '2022 value ÷ (1 + 24 %)',
 * };
 * yearOnYearDigits(point2022, point2021); //=> 3 ("about +24 %")
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `point`, or `base` when given, for what is no series
 *   point
 *
 * @category Growth
 */
export function yearOnYearDigits(
  point: SeriesPoint,
  base: SeriesPoint | undefined,
): number | undefined {
  checkSeriesPoint(point, ['point']);
  if (base !== undefined) checkSeriesPoint(base, ['base']);
  return uncheckedYearOnYearDigits(point, base);
}

/**
 * The {@link rateDigits} of a target's growth to date (`evaluateTarget`'s `growthToDate`, the
 * compound rate of `current` on `base` over `elapsedYears`): over more than a year, those of the
 * compound rate; over a year or less (a year on the year before, a year-to-date sum on the same
 * months a year earlier, or no time at all), {@link yearOnYearDigits}, so a base implied by the
 * current figure's own published rate gives that rate back. `bilateral report`'s target lines and
 * `<bilateral-target>` write the growth to date so (review h130 F5: they differed).
 *
 * @example
 * ```ts
 * import { evaluateTarget } from '@bilateral/core/targets';
 * import { growthToDateDigits, roundedRate } from '@bilateral/core/rate-digits';
 *
 * const [growthBand2024] = vietnamLaos.targets;
 * const series = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const evaluation = evaluateTarget(growthBand2024, series);
 * // "US$2.2 billion" in 2024 on US$1.65 billion in 2023: 29.9–36.8 %.
 * const digits = growthToDateDigits(evaluation); //=> 2
 * roundedRate(evaluation.growthToDate, digits).rate.toFixed(); //=> '0.3': "about +30 %"
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `evaluation` for what is no object, at its `base` or
 *   `current` for what is no series point, at its `elapsedYears` for what is no number from 0
 *
 * @category Growth
 */
export function growthToDateDigits(evaluation: {
  /** The base observation. */
  readonly base: SeriesPoint;
  /** The current observation. */
  readonly current: SeriesPoint;
  /** Years from the base to the current observation. */
  readonly elapsedYears: number;
}): number | undefined {
  checkObject(evaluation, ['evaluation'], "a target's evaluation, from evaluateTarget");
  checkSeriesPoint(evaluation.base, ['evaluation', 'base']);
  checkSeriesPoint(evaluation.current, ['evaluation', 'current']);
  checkArgument(
    typeof evaluation.elapsedYears === 'number' && evaluation.elapsedYears >= 0,
    ['evaluation', 'elapsedYears'],
    'a number of years from 0',
    evaluation.elapsedYears,
  );
  return uncheckedGrowthToDateDigits(evaluation);
}

/**
 * A computed rate as {@link roundedRate} rounds it.
 *
 * @example
 * ```ts
 * const rounded: RoundedRate = roundedRate(new Decimal('0.333333'), 2);
 * [rounded.rate.toFixed(), rounded.decimals]; //=> ['0.3', -1]: "about +30 %"
 * ```
 *
 * @category Growth
 */
export interface RoundedRate {
  /** The rate rounded, a fraction: `0.3` for "about +30 %", `0.085` for "+8.5 %". */
  readonly rate: Decimal;
  /**
   * The decimals of the rate in percent: 1 (what a rate is written with), or 0 or fewer for a
   * rate rounded further, to be written as "about" it.
   */
  readonly decimals: number;
}

/**
 * A computed rate rounded to the {@link rateDigits} of its ratio (1 + `rate`): in percent to one
 * decimal when `digits` is `undefined` (exact figures) or not a whole number (`NaN`: no digits
 * known), the ratio is not positive or the digits reach the first decimal; else to 10^−decimals
 * percent (halves away from zero), a rate to be written as "about" it. The widgets and the
 * `bilateral report` command write computed rates so.
 *
 * @example
 * ```ts
 * // US$2.98 billion (to 0.01) on "US$2.2 billion" (to 0.1): 32.2–38.8 %, 3 digits of 1.35.
 * const { rate, decimals } = roundedRate(new Decimal('0.354545'), 3);
 * [rate.toFixed(), decimals]; //=> ['0.35', 0]: "about +35 %"
 * roundedRate(new Decimal('0.333333'), 2).rate.toFixed(); //=> '0.3': "about +30 %"
 * roundedRate(new Decimal('0.08504'), undefined).rate.toFixed(); //=> '0.085': "+8.5 %"
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `rate` for what is no Decimal (`digits` is not checked:
 *   what is no whole number is no digits known)
 *
 * @category Growth
 */
export function roundedRate(rate: Decimal, digits: number | undefined): RoundedRate {
  checkDecimals({ rate });
  return uncheckedRoundedRate(rate, digits);
}
