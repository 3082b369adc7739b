import { periodKey } from '../../_internal/by-period.js';
import { describeInput } from '../../_internal/quote-input.js';
import { isRecord, wrongArgument } from '../../_internal/wrong-argument.js';
import { BilateralError, type BilateralIssue } from '../../errors/index.js';
import type { Series, SeriesPoint } from '../../flow/index.js';
import { sum } from '../../money/index.js';
import { formatPeriod, monthCount, type Period } from '../../period/index.js';
import type { AggregatedPoint, AggregatedSeries, AggregateOptions } from '../aggregated-series.js';
import { type FixedKind, periodsWithin } from './calendar.js';

/** Finer points grouped under the coarser period they add up to. */
export interface Group<C extends string> {
  readonly target: Period;
  readonly members: SeriesPoint<C>[];
}

/** Groups points under `targetOf(point)`, keeping the order of first appearance. */
export function groupPoints<C extends string>(
  points: readonly SeriesPoint<C>[],
  targetOf: (point: SeriesPoint<C>) => Period | undefined,
): Group<C>[] {
  const groups = new Map<string, Group<C>>();
  for (const point of points) {
    const target = targetOf(point);
    if (target === undefined) continue;
    const key = periodKey(target);
    let group = groups.get(key);
    if (group === undefined) {
      group = { target, members: [] };
      groups.set(key, group);
    }
    group.members.push(point);
  }
  return [...groups.values()];
}

/**
 * Checks the options of `aggregateSeries` and `yearToDate`: nothing, or an object whose
 * `allowIncomplete`, if given, is `true` or `false`.
 *
 * @throws BilateralError `INVALID_INPUT` naming `options`
 */
export function checkAggregateOptions(options: unknown): AggregateOptions {
  if (options === undefined) return {};
  if (!isRecord(options)) {
    throw wrongArgument(['options'], 'options such as { allowIncomplete: true }', options);
  }
  const { allowIncomplete } = options as { allowIncomplete?: unknown };
  if (allowIncomplete !== undefined && typeof allowIncomplete !== 'boolean') {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['options', 'allowIncomplete'],
        message: `expected true or false, got ${describeInput(allowIncomplete)}`,
      },
    ]);
  }
  return options as AggregateOptions;
}

/**
 * Sums each group into one point. Each target must be tiled by periods of `from`; a target that
 * lacks some is refused (`INCOMPLETE_PERIOD`, one issue per target, naming what it lacks) unless
 * `allowIncomplete`, in which case its point is labelled partial.
 */
export function sumGroups<C extends string>(
  series: Series<C>,
  groups: readonly Group<C>[],
  from: FixedKind,
  options: AggregateOptions,
): AggregatedSeries<C> {
  const issues: BilateralIssue[] = [];
  const points: AggregatedPoint<C>[] = groups.map(({ target, members }) => {
    const present = new Set(members.map((member) => periodKey(member.period)));
    const missing = periodsWithin(target, from).filter((period) => !present.has(periodKey(period)));
    if (missing.length > 0 && options.allowIncomplete !== true) {
      issues.push({
        path: ['points'],
        message: `${formatPeriod(target)} lacks ${missing.map(formatPeriod).join(', ')}`,
      });
    }
    return Object.freeze({
      period: target,
      value: sum(members.map((member) => member.value)),
      months: members.reduce((total, member) => total + monthCount(member.period), 0),
      partial: missing.length > 0,
      missing: Object.freeze(missing),
    });
  });
  if (issues.length > 0) throw new BilateralError('INCOMPLETE_PERIOD', issues);
  return Object.freeze({
    reporter: series.reporter,
    partner: series.partner,
    measure: series.measure,
    currency: series.currency,
    points: Object.freeze(points),
  });
}
