import {
  type Amount,
  assertPositiveBase,
  type LevelOf,
  readAmounts,
  toLevel,
} from '../_internal/amounts.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import { baseWindow, pathPoints } from './internal/path-points.js';
import { readTarget } from './read-target.js';
import type { Target } from './target.js';

/**
 * One year of a {@link TargetPath}: the lowest and highest value that keeps to the target.
 *
 * @example
 * ```ts
 * const [plan2030] = vietnamLaos.targets.filter((t) => t.kind === 'average-growth-band');
 * const { points } = targetPath(plan2030, { year: 2023, value: money('1650000000', 'USD') });
 * const end: TargetPathPoint<Money<'USD'>> = points[points.length - 1];
 * [end.year, ...[end.lower, end.upper].map((v) => formatMoney(v, { notation: 'compact' }))];
 * //=> [2030, 'US$3.22 billion', 'US$4.39 billion']
 * ```
 *
 * @category Targets
 */
export interface TargetPathPoint<V> {
  /** The year. */
  readonly year: number;
  /** The base grown at the band's lower rate for the years since the base. */
  readonly lower: V;
  /** The base grown at the band's upper rate (equal to `lower` for a level target). */
  readonly upper: V;
}

/**
 * The result of {@link targetPath}.
 *
 * @example
 * ```ts
 * const [plan2030] = vietnamLaos.targets.filter((t) => t.kind === 'average-growth-band');
 * const base = { year: 2023, value: money('1650000000', 'USD') };
 * const path: TargetPath<Money<'USD'>> = targetPath(plan2030, base);
 * [path.targetId, path.baseYear, path.points.map((p) => p.year)];
 * //=> ['vnm-lao-joint-statement-2024', 2023, [2024, 2025, 2026, 2027, 2028, 2029, 2030]]
 * ```
 *
 * @category Targets
 */
export interface TargetPath<V> {
  /** The target's id. */
  readonly targetId: string;
  /** The base year. */
  readonly baseYear: number;
  /** The base value, as given. */
  readonly base: V;
  /** One point per year after the base, through the target's last year. */
  readonly points: readonly TargetPathPoint<V>[];
}

/**
 * The path a target sets from a base value: for each year after the base, the value at the
 * band's lower rate and at its upper rate, compounding — `base × (1 + rate)^(year − baseYear)`,
 * never `base × (1 + rate × years)`. For a level target the path is the constant-rate one that
 * reaches the level exactly in its year: `base × (level ÷ base)^((year − baseYear) / years)`,
 * with `lower = upper`. Values are rounded once to 64 significant digits.
 *
 * @param target - the target (see {@link Target}); target JSON is refused: read it with
 * {@link parseTarget} first
 * @param base - the base year and its value (Money or a bare decimal). For a growth band it must
 * be the year before the target year; for an average band, its base year; for a level target its
 * base year if it has one, otherwise any year before `byYear` (and then Money in the level's
 * currency)
 * @returns the base and one lower/upper pair per year
 * @throws {@link BilateralError} `INVALID_TARGET` when `target` is not a {@link Target} (target
 * JSON included: read it with {@link parseTarget} first); `INVALID_INPUT` when `base` is not `{ year, value }`; `PERIOD_MISMATCH` when `base.year` is not the target's base year
 * (or not before a level target's year); `NON_POSITIVE_BASE` when the base value is not above 0;
 * `CURRENCY_MISMATCH` when a level target's base is not Money in the level's currency
 *
 * @example
 * ```ts
 * const jointStatement = vietnamLaos.targets[1]; // 'vnm-lao-joint-statement-2024'
 * const path = targetPath(jointStatement, { year: 2023, value: '1.6' });
 * path.points.map((p) => [p.year, p.lower.toFixed(3), p.upper.toFixed(3)]);
 * //=> [[2024, '1.760', '1.840'], [2025, '1.936', '2.116'], …] (to 2030)
 * ```
 *
 * @category Targets
 */
export function targetPath<T extends Amount>(
  target: Target,
  base: { readonly year: number; readonly value: T },
): TargetPath<LevelOf<T>> {
  target = readTarget(target);
  if (typeof base !== 'object' || base === null || !Number.isInteger(base.year)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['base'],
        message: `expected the base as { year: 2023, value: money('1650000000', 'USD') }, got ${describeInput(base)}`,
      },
    ]);
  }
  const window = baseWindow(target, base.year);
  const { values, currency } = readAmounts({ value: base.value }, ['base']);
  if (target.kind === 'level' && currency !== target.level.currency) {
    throw new BilateralError('CURRENCY_MISMATCH', [
      {
        path: ['base', 'value'],
        message: `the base is ${currency === null ? 'a bare decimal' : `in ${currency}`}; a level target needs a Money base in ${target.level.currency}, its level's currency`,
      },
    ]);
  }
  const start = values.value;
  assertPositiveBase(start, `the base value (${base.year})`, ['base', 'value']);
  return pathPoints(target, window, start, (amount) => toLevel<LevelOf<T>>(amount, currency));
}
