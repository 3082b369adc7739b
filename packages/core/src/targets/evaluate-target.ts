import { assertNotNegative } from '../_internal/assert-not-negative.js';
import type { Decimal } from '../_internal/decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { checkSeries, isPartial } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { isMeasure } from '../flow/series-measures.js';
import type { Money } from '../money/index.js';
import { checkPeriod } from '../period/check-period.js';
import { formatPeriod } from '../period/format-period.js';
import { evaluateObserved } from './internal/evaluate-observed.js';
import { percent } from './internal/window.js';
import { readTarget } from './read-target.js';
import type { RateBand, Target } from './target.js';

/**
 * Where an observed series stands against a target (see {@link evaluateTarget} for the exact
 * rules):
 *
 * - `met` — the target's last year is observed and the value reached at least the lower end of
 *   the band (a level target: the level was reached in some observed year up to its date);
 * - `missed` — the last year is observed and the value fell short of the lower end;
 * - `ahead` — in progress, above the upper path to date (partial year: year-to-date growth above
 *   the band);
 * - `on-track` — in progress, between the lower and upper path to date, inclusive (partial year:
 *   growth within the band);
 * - `at-risk` — in progress, below the lower path, but keeping the faster of the two recent paces
 *   (CAGR to date, last year-on-year) would still reach the lower end by the last year;
 * - `behind` — in progress, below the lower path and neither pace reaches the lower end (partial
 *   year: growth below the band);
 * - `awaiting-data` — nothing is observed after the base year yet (the target was just set): the
 *   evaluation still gives the rates required from the base.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [growth2024, plan2030] = vietnamLaos.targets;
 * [growth2024, plan2030].map((t): TargetStatus => evaluateTarget(t, turnover).status);
 * //=> ['met', 'ahead']
 * ```
 *
 * @category Targets
 */
export type TargetStatus =
  | 'ahead'
  | 'on-track'
  | 'at-risk'
  | 'behind'
  | 'met'
  | 'missed'
  | 'awaiting-data';

/**
 * Where a pace, kept up to the target's last year, would lead.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [fiveBillion] = vietnamLaos.targets.filter((t) => t.kind === 'level');
 * const { cagrToDate, lastYearOnYear } = evaluateTarget(fiveBillion, turnover).projections;
 * [cagrToDate?.rate.toFixed(3), cagrToDate?.reachesLower, lastYearOnYear?.reachesLower];
 * //=> ['0.163', true, true]
 * ```
 *
 * @category Targets
 */
export interface TargetProjection<C extends string = string> {
  /** The annual rate assumed, a decimal fraction. */
  readonly rate: Decimal;
  /** `current × (1 + rate)^yearsLeft`. */
  readonly endValue: Money<C>;
  /** Whether `endValue` reaches the lower end of the band at the last year. */
  readonly reachesLower: boolean;
  /** Whether `endValue` reaches the upper end. */
  readonly reachesUpper: boolean;
}

/**
 * A pair of levels: at the lower and at the upper rate of the band.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [growth2024] = vietnamLaos.targets.filter((t) => t.kind === 'growth-band');
 * const band: LevelBand = evaluateTarget(growth2024, turnover).bandToDate;
 * [band.lower.amount.toString(), band.upper.amount.toString()];
 * //=> ['1815000000', '1897500000']
 * ```
 *
 * @category Targets
 */
export interface LevelBand<C extends string = string> {
  /** At the band's lower rate. */
  readonly lower: Money<C>;
  /** At the band's upper rate. */
  readonly upper: Money<C>;
}

/**
 * The result of {@link evaluateTarget}. Rates are decimal fractions.
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [fiveBillion] = vietnamLaos.targets.filter((t) => t.kind === 'level');
 * const result: TargetEvaluation = evaluateTarget(fiveBillion, turnover);
 * [result.status, result.growthToDate.toFixed(3), result.requiredRate?.toLower.toFixed(3)];
 * //=> ['ahead', '0.163', '0.109']
 * ```
 *
 * @category Targets
 */
export interface TargetEvaluation<C extends string = string> {
  /** The target's id. */
  readonly targetId: string;
  /** The target's kind. */
  readonly kind: Target['kind'];
  /** The verdict; see {@link TargetStatus}. */
  readonly status: TargetStatus;
  /** `true` in partial-year mode (the observations are year-to-date sums before December). */
  readonly partial: boolean;
  /** The base observation: the target's base year, or (partial) the same months a year earlier. */
  readonly base: SeriesPoint<C>;
  /** The latest observation within the target's years; the base itself when there is none yet. */
  readonly current: SeriesPoint<C>;
  /** The target's last year. */
  readonly endYear: number;
  /** Years from the base to the current observation (1 in partial-year mode). */
  readonly elapsedYears: number;
  /** Years from the current observation's year to the last year (0 when it is the last year). */
  readonly yearsLeft: number;
  /** The band of annual rates; for a level target both ends are the rate the level needs from the base. */
  readonly band: RateBand;
  /** The base grown at the band's rates for `elapsedYears`: the values the current one is held against. */
  readonly bandToDate: LevelBand<C>;
  /** The values at the last year (`null` in partial-year mode). */
  readonly bandAtEnd: LevelBand<C> | null;
  /** `current − bandToDate` (positive: above that end), rounded to 64 significant digits as `bandToDate` is. */
  readonly gap: { readonly toLower: Money<C>; readonly toUpper: Money<C> };
  /**
   * The CAGR from the base to the current observation; partial-year mode: year-to-date growth; 0
   * when nothing is observed after the base (status `awaiting-data`).
   */
  readonly growthToDate: Decimal;
  /** Growth of the current year over the year before, when both are observed (partial: as `growthToDate`). */
  readonly lastYearOnYear: Decimal | null;
  /** The annual rates needed from now to reach each end of the band at the last year; `null` when no year is left or in partial-year mode. */
  readonly requiredRate: { readonly toLower: Decimal; readonly toUpper: Decimal } | null;
  /** Where the two recent paces lead by the last year (`null` entries when not computable). */
  readonly projections: {
    /** Keeping the CAGR to date. */
    readonly cagrToDate: TargetProjection<C> | null;
    /** Keeping the last year-on-year rate. */
    readonly lastYearOnYear: TargetProjection<C> | null;
  };
  /** The verdict in one sentence. */
  readonly message: string;
}

/**
 * A {@link TargetEvaluation} without its sentence: what {@link evaluateCheckedTarget} gives (a
 * page draws the verdict in its reader's words, not the English `message`).
 *
 * @example
 * ```ts
 * const turnover = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const [fiveBillion] = vietnamLaos.targets.filter((t) => t.kind === 'level');
 * const result: CheckedTargetEvaluation = evaluateCheckedTarget(fiveBillion, turnover);
 * [result.status, 'message' in result];
 * //=> ['ahead', false]
 * ```
 *
 * @category Targets
 */
export type CheckedTargetEvaluation<C extends string = string> = Omit<
  TargetEvaluation<C>,
  'message'
>;

function checkObserved<C extends string>(target: Target, observed: Series<C>): void {
  if (typeof observed !== 'object' || observed === null || !Array.isArray(observed.points)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['observed'],
        message: `expected a Series (from datasetSeries or buildSeries), got ${describeInput(observed)}`,
      },
    ]);
  }
  const problems: string[] = [];
  for (const key of ['reporter', 'partner', 'measure'] as const) {
    const same =
      key === 'measure'
        ? isMeasure(observed.measure, target.measure)
        : observed[key] === target[key];
    if (!same) {
      problems.push(
        `the series' ${key} is ${observed[key]}, target "${target.id}" is about ${target[key]}`,
      );
    }
  }
  if (problems.length > 0) {
    throw new BilateralError(
      'INVALID_INPUT',
      problems.map((message) => ({ path: [], message })),
    );
  }
  observed.points.forEach((point, index) => {
    checkPeriod((point as SeriesPoint<C> | undefined)?.period, ['points', index, 'period']);
  });
  const points = checkSeries(observed, 'the observed series');
  const kind = (points[0] as SeriesPoint<C>).period.kind;
  if (kind !== 'year' && kind !== 'year-to-date') {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['points'],
        message: `targets are evaluated on years or year-to-date sums, not ${kind} periods; aggregate first`,
      },
    ]);
  }
  points.forEach((point, index) => {
    assertNotNegative(point.value.amount, formatPeriod(point.period), ['points', index, 'value']);
    if (isPartial(point)) {
      throw new BilateralError('INCOMPLETE_PERIOD', [
        {
          path: ['points', index],
          message: `${formatPeriod(point.period)} is a partial aggregate; evaluate complete periods`,
        },
      ]);
    }
  });
}

/**
 * Evaluates observations against a target: where the latest value stands against the band to
 * date, the gap, the rates still required, where the recent paces lead, and a status.
 *
 * **Full-year mode** (a series of `year` periods, or year-to-date sums through December). The
 * base is the target's base year (growth band: the year before; level target without a base
 * year: the first observed year) and must be observed; the current value is the latest year after
 * it, up to the target's last year (later years are not used). With `k` years elapsed and rates
 * `lo`–`hi` (a level target: `lo = hi =` the rate that reaches the level from the base):
 * band to date `base × (1 + lo)^k … base × (1 + hi)^k`; band at the end the same with all years;
 * growth to date `cagr(base, current, k)`; required rate to each end
 * `(end ÷ current)^(1/yearsLeft) − 1`; projections `current × (1 + pace)^yearsLeft` for the CAGR to
 * date and the last year-on-year rate. Status: once the last year is observed, `met` when the
 * value reached the lower end at the end, else `missed` (a level target is `met` as soon as any
 * observed year reaches it); before that `ahead` above the upper path, `on-track` between the
 * paths, `at-risk` below the lower path when a projection still reaches the lower end, `behind`
 * otherwise. When only the base is observed (a target evaluated the year it is set — US$4 billion
 * by 2020 with only 2019's US$1.15 billion known), the status is `awaiting-data`: the current value
 * is the base, `elapsedYears` and the growth to date are 0, there is no CAGR projection, and the
 * required rates are those from the base (here `(4 ÷ 1.15)^(1/1) − 1`, about 248 % a year).
 *
 * **Partial-year mode** (a series of year-to-date sums through a month before December, e.g.
 * `2024-01/2024-09`), labelled `partial: true`: the latest year-to-date sum is compared with the
 * same months a year earlier, and that growth with the band — `ahead` above it, `on-track` within,
 * `behind` below. The band to date is the earlier sum grown at `lo` and `hi`; there is no band at
 * the end, required rate or projection (they need full years). A level target cannot be evaluated
 * on a partial year.
 *
 * @param target - the target (see {@link Target}); target JSON is refused: read it with
 * {@link parseTarget} first
 * @param observed - a series with the target's reporter, partner and measure, of years or of
 * year-to-date sums
 * @returns the evaluation (see {@link TargetEvaluation})
 * @throws {@link BilateralError} `INVALID_TARGET` when `target` is not a {@link Target} (target
 * JSON included: read it with {@link parseTarget} first); `INVALID_INPUT` when `observed` is not a
 * series, or is about another reporter, partner or measure, or lacks the base; `EMPTY_SERIES`
 * when it has no complete year;
 * `PERIOD_MISMATCH` for periods other than years or year-to-date sums, a partial year outside the
 * target's years, or a level target on a partial year; `INCOMPLETE_PERIOD` for partial aggregates;
 * `NON_POSITIVE_BASE` when the base is 0; `CURRENCY_MISMATCH` when a level target's currency differs
 *
 * @example
 * ```ts
 * const [growthBand2024] = vietnamLaos.targets;
 * const nineMonths: Series<'USD'> = {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', currency: 'USD',
 *   points: [
 *     { period: parsePeriod('2023-01/2023-09'), value: impliedPrevious(money('1500000000', 'USD'), '0.255') },
 *     { period: parsePeriod('2024-01/2024-09'), value: money('1500000000', 'USD') },
 *   ],
 * };
 * const result = evaluateTarget(growthBand2024, nineMonths);
 * [result.status, result.partial, result.growthToDate.toFixed(3)];
 * //=> ['ahead', true, '0.255']
 * ```
 *
 * @category Targets
 */
export function evaluateTarget<C extends string>(
  target: Target,
  observed: Series<C>,
): TargetEvaluation<C> {
  target = readTarget(target);
  checkObserved(target, observed);
  const evaluation = evaluateObserved(target, observed);
  return Object.freeze({ ...evaluation, message: targetVerdict(target, evaluation) });
}

function signed(rate: Decimal): string {
  return `${rate.isNegative() ? '' : '+'}${percent(rate)}`;
}

function bandWords(band: RateBand, kind: Target['kind'], written: string | undefined): string {
  if (kind === 'level') return `the ${percent(band.lower)} a year the level needs`;
  return `a band of ${written ?? `${band.lower.times(100).toFixed(1)}–${percent(band.upper)}`} a year`;
}

/**
 * An evaluation's verdict in one sentence (its `message`), with `growth` the growth to date as
 * written (`bilateral report` writes it with the digits its figures support) and `band` a growth
 * band's rates as written (`bilateral report` gives them the dataset's decimals, "10–15 %"; a
 * level target's rate is computed and keeps one decimal).
 *
 * @example
 * ```ts
 * const [growthBand2024] = vietnamLaos.targets;
 * const series = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const evaluation = evaluateTarget(growthBand2024, series);
 * targetVerdict(growthBand2024, evaluation, 'about +30 %', '10–15 %');
 * //=> '2024: about +30 % a year since 2023 against a band of 10–15 % a year: met'
 * targetVerdict(growthBand2024, evaluation);
 * //=> '2024: +33.3 % a year since 2023 against a band of 10.0–15.0 % a year: met'
 * ```
 */
export function targetVerdict(
  target: Target,
  evaluation: CheckedTargetEvaluation,
  growth = signed(evaluation.growthToDate),
  band?: string,
): string {
  const { base, current, elapsedYears, yearsLeft, status } = evaluation;
  const words = bandWords(evaluation.band, target.kind, band);
  const label = formatPeriod(current.period);
  if (evaluation.partial) {
    return `${label}: ${growth} on ${formatPeriod(base.period)} against ${words}: ${status} (partial year)`;
  }
  const baseYear = evaluation.endYear - yearsLeft - elapsedYears;
  const left = `${yearsLeft} year${yearsLeft === 1 ? '' : 's'} left`;
  const required = evaluation.requiredRate;
  return elapsedYears === 0
    ? `nothing observed after ${baseYear} yet; ${words}, ${left}` +
        `${required === null ? '' : `: ${percent(required.toLower)} a year needed from ${label}`}: ${status}`
    : `${label}: ${growth} a year since ${baseYear} against ` +
        `${words}${yearsLeft > 0 ? `, ${left}` : ''}: ${status}`;
}
