import { Decimal } from '../../_internal/decimal.js';
import { assertPositiveBase } from '../../_internal/growth-checks.js';
import { compound, geometricStep } from '../../_internal/precise.js';
import { BilateralError } from '../../errors/index.js';
import type { Series, SeriesPoint } from '../../flow/index.js';
import { cagr } from '../../growth/cagr.js';
import { growthRate } from '../../growth/growth-rate.js';
import { type Money, money } from '../../money/money.js';
import { formatPeriod } from '../../period/format-period.js';
import type { Period } from '../../period/period.js';
import { yearEarlier } from '../../period/previous-period.js';
import type {
  CheckedTargetEvaluation,
  TargetProjection,
  TargetStatus,
} from '../evaluate-target.js';
import { requiredRate } from '../required-rate.js';
import type { RateBand, Target } from '../target.js';
import { targetWindow } from './window.js';

/**
 * The evaluation of a target on an observed series (see `evaluateTarget` for the rules), for a
 * target and a series that were checked or validated: its points in order, of one period kind
 * (years or year-to-date sums), in its currency. Checks only what depends on both: that there are
 * points, the currency of a level target, and what each mode needs (the base observed, a partial
 * year within the target's years).
 *
 * @throws BilateralError `EMPTY_SERIES`, `CURRENCY_MISMATCH`, `INVALID_INPUT`, `PERIOD_MISMATCH`,
 *   `NON_POSITIVE_BASE` (see `evaluateTarget`)
 */
export function evaluateObserved<C extends string>(
  target: Target,
  observed: Series<C>,
): CheckedTargetEvaluation<C> {
  const { points, currency } = observed;
  const last = points[points.length - 1];
  if (last === undefined) {
    throw new BilateralError('EMPTY_SERIES', [
      { path: ['points'], message: 'the observed series has no points' },
    ]);
  }
  if (target.kind === 'level' && currency !== target.level.currency) {
    throw new BilateralError('CURRENCY_MISMATCH', [
      {
        path: ['currency'],
        message: `the series is in ${currency}, the target level in ${target.level.currency}`,
      },
    ]);
  }
  if (last.period.kind === 'year-to-date' && last.period.throughMonth < 12) {
    return evaluatePartial(target, points, last);
  }
  const fullYears = points.filter(
    (point) =>
      point.period.kind === 'year' ||
      (point.period.kind === 'year-to-date' && point.period.throughMonth === 12),
  );
  return evaluateFull(target, fullYears, currency);
}

function yearOf(period: Period): number {
  if (period.kind === 'year' || period.kind === 'year-to-date') return period.year;
  throw new BilateralError('PERIOD_MISMATCH', [
    { path: ['points'], message: `${formatPeriod(period)} is not a year or a year-to-date period` },
  ]);
}

function evaluateFull<C extends string>(
  target: Target,
  points: readonly SeriesPoint<C>[],
  currency: C,
): CheckedTargetEvaluation<C> {
  const first = points[0];
  if (first === undefined) {
    throw new BilateralError('EMPTY_SERIES', [
      { path: ['points'], message: 'the observed series has no complete years' },
    ]);
  }
  const window = targetWindow(target, yearOf(first.period));
  const byYear = new Map(points.map((point) => [yearOf(point.period), point]));
  const base = byYear.get(window.baseYear);
  if (base === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['points'],
        message: `target "${target.id}" counts from ${window.baseYear}, which is not in the observed series`,
      },
    ]);
  }
  assertPositiveBase(base.value.amount, `the base (${window.baseYear})`, ['points']);
  const within = points.filter((point) => {
    const year = yearOf(point.period);
    return year > window.baseYear && year <= window.endYear;
  });
  // Nothing after the base yet (a target evaluated the year it is set): measure from the base.
  const current = within[within.length - 1] ?? base;
  const start = base.value.amount;
  const now = current.value.amount;
  const currentYear = yearOf(current.period);
  const elapsed = currentYear - window.baseYear;
  const steps = window.endYear - window.baseYear;
  const yearsLeft = window.endYear - currentYear;
  const levelRate = window.level === null ? null : cagr(start, window.level, steps);
  const band: RateBand =
    window.band ?? Object.freeze({ lower: levelRate as Decimal, upper: levelRate as Decimal });
  const pathAt = (rate: Decimal, step: number) =>
    window.level === null
      ? compound(start, rate, step)
      : geometricStep(start, window.level, step, steps);
  const toMoney = (amount: Decimal) => money(amount, currency);
  const toDateLower = pathAt(band.lower, elapsed);
  const toDateUpper = pathAt(band.upper, elapsed);
  const endLower = pathAt(band.lower, steps);
  const endUpper = pathAt(band.upper, steps);
  const growthToDate = elapsed === 0 ? new Decimal(0) : cagr(start, now, elapsed);
  const previous = byYear.get(currentYear - 1);
  const lastYearOnYear = previous?.value.amount.gt(0)
    ? growthRate(now, previous.value.amount)
    : null;
  const project = (rate: Decimal | null): TargetProjection<C> | null => {
    if (rate === null) return null;
    const endValue = compound(now, rate, yearsLeft);
    return Object.freeze({
      rate,
      endValue: toMoney(endValue),
      reachesLower: endValue.gte(endLower),
      reachesUpper: endValue.gte(endUpper),
    });
  };
  const projections = Object.freeze({
    cagrToDate: elapsed === 0 ? null : project(growthToDate),
    lastYearOnYear: project(lastYearOnYear),
  });
  const required =
    yearsLeft > 0 && now.gt(0)
      ? Object.freeze({
          toLower: requiredRate(now, endLower, yearsLeft),
          toUpper: requiredRate(now, endUpper, yearsLeft),
        })
      : null;
  let status: TargetStatus;
  const levelReached =
    window.level !== null &&
    within.some((point) => point.value.amount.gte(window.level as Decimal));
  if (levelReached) status = 'met';
  else if (elapsed === 0) status = 'awaiting-data';
  else if (yearsLeft === 0) status = now.gte(endLower) ? 'met' : 'missed';
  else if (now.gt(toDateUpper)) status = 'ahead';
  else if (now.gte(toDateLower)) status = 'on-track';
  else if (projections.cagrToDate?.reachesLower || projections.lastYearOnYear?.reachesLower) {
    status = 'at-risk';
  } else status = 'behind';
  return Object.freeze({
    targetId: target.id,
    kind: target.kind,
    status,
    partial: false,
    base,
    current,
    endYear: window.endYear,
    elapsedYears: elapsed,
    yearsLeft,
    band,
    bandToDate: Object.freeze({ lower: toMoney(toDateLower), upper: toMoney(toDateUpper) }),
    bandAtEnd: Object.freeze({ lower: toMoney(endLower), upper: toMoney(endUpper) }),
    gap: Object.freeze({
      toLower: toMoney(now.minus(toDateLower)),
      toUpper: toMoney(now.minus(toDateUpper)),
    }),
    growthToDate,
    lastYearOnYear,
    requiredRate: required,
    projections,
  });
}

function evaluatePartial<C extends string>(
  target: Target,
  points: readonly SeriesPoint<C>[],
  current: SeriesPoint<C>,
): CheckedTargetEvaluation<C> {
  const currentYear = yearOf(current.period);
  if (target.kind === 'level') {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['points'],
        message: `level target "${target.id}" needs full years; ${formatPeriod(current.period)} is a partial year`,
      },
    ]);
  }
  const window = targetWindow(target, currentYear);
  if (currentYear <= window.baseYear || currentYear > window.endYear) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['points'],
        message: `${formatPeriod(current.period)} is outside the years of target "${target.id}" (${window.baseYear + 1}–${window.endYear})`,
      },
    ]);
  }
  const basePeriod = yearEarlier(current.period);
  const baseKey = formatPeriod(basePeriod);
  const base = points.find((point) => formatPeriod(point.period) === baseKey);
  if (base === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['points'],
        message: `year-to-date growth of ${formatPeriod(current.period)} needs ${formatPeriod(basePeriod)}, which is not in the observed series`,
      },
    ]);
  }
  const band = window.band as RateBand;
  const growth = growthRate(current.value, base.value);
  const start = base.value.amount;
  const now = current.value.amount;
  const currency = current.value.currency;
  const toMoney = (amount: Decimal) => money(amount, currency) as Money<C>;
  const lower = compound(start, band.lower, 1);
  const upper = compound(start, band.upper, 1);
  const status: TargetStatus = growth.gt(band.upper)
    ? 'ahead'
    : growth.gte(band.lower)
      ? 'on-track'
      : 'behind';
  return Object.freeze({
    targetId: target.id,
    kind: target.kind,
    status,
    partial: true,
    base,
    current,
    endYear: window.endYear,
    elapsedYears: 1,
    yearsLeft: window.endYear - currentYear,
    band,
    bandToDate: Object.freeze({ lower: toMoney(lower), upper: toMoney(upper) }),
    bandAtEnd: null,
    gap: Object.freeze({ toLower: toMoney(now.minus(lower)), toUpper: toMoney(now.minus(upper)) }),
    growthToDate: growth,
    lastYearOnYear: growth,
    requiredRate: null,
    projections: Object.freeze({ cagrToDate: null, lastYearOnYear: null }),
  });
}
