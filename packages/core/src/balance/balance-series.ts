import { periodKey } from '../_internal/by-period.js';
import { readSeries } from '../_internal/read-series.js';
import { checkSeries, isPartial } from '../_internal/series-checks.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { isMeasure } from '../flow/series-measures.js';
import type { Money } from '../money/index.js';
import type { Period } from '../period/index.js';
import { balancePoints } from './internal/balance-points.js';
import { type TradeBalance, tradeBalance } from './trade-balance.js';

/**
 * One period of a {@link balanceSeries}: the period and its {@link TradeBalance}.
 *
 * @example
 * ```ts
 * const year = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
 * const exports = buildSeries(vietnamLaos.flows, { ...year, measure: 'exports' });
 * const imports = buildSeries(vietnamLaos.flows, { ...year, measure: 'imports' });
 * const points: readonly BalancePoint[] = balanceSeries(exports, imports).points;
 * points.map((p) => [formatPeriod(p.period), p.balance.amount.toString(), p.position.reporter]);
 * //=> [['2017', '156100000', 'surplus'], ['2022', '-383600000', 'deficit']]
 * ```
 *
 * @category Balance
 */
export interface BalancePoint<C extends string = string> extends TradeBalance<Money<C>> {
  /** The period. */
  readonly period: Period;
}

/**
 * A period that {@link balanceSeries} could not balance, and why:
 * `missing-imports` / `missing-exports` — only one series has it; `partial-period` — the two sides
 * are aggregates covering different months.
 *
 * @example
 * ```ts
 * const year = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
 * const exports = buildSeries(vietnamLaos.flows, { ...year, measure: 'exports' });
 * const imports = buildSeries(vietnamLaos.flows, { ...year, measure: 'imports' });
 * const unmatched: readonly UnmatchedPeriod[] = balanceSeries(exports, imports).unmatched;
 * unmatched.map((u) => [formatPeriod(u.period), u.reason, u.message]);
 * //=> [['2021', 'missing-exports', '2021 has no exports']]
 * ```
 *
 * @category Balance
 */
export interface UnmatchedPeriod {
  /** The period. */
  readonly period: Period;
  /** Why it has no balance. */
  readonly reason: 'missing-exports' | 'missing-imports' | 'partial-period';
  /** The reason in words. */
  readonly message: string;
}

/**
 * The result of {@link balanceSeries}.
 *
 * @example
 * ```ts
 * const ytd = { reporter: 'VNM', partner: 'LAO', periodKind: 'year-to-date' } as const;
 * const exports = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'exports' });
 * const imports = buildSeries(vietnamLaos.flows, { ...ytd, measure: 'imports' });
 * const result: BalanceSeries = balanceSeries(exports, imports);
 * result.points.map((p) => [formatPeriod(p.period), p.coverageRatio?.toFixed(3)]);
 * //=> [['2024-01/2024-09', '0.492'], ['2025-01/2025-07', '0.604']]
 * ```
 *
 * @category Balance
 */
export interface BalanceSeries<C extends string = string> {
  /** The reporter of both series. */
  readonly reporter: string;
  /** The partner of both series. */
  readonly partner: string;
  /** The currency of both series. */
  readonly currency: C;
  /** One balance per period present in both series, oldest first. */
  readonly points: readonly BalancePoint<C>[];
  /** Periods present in only one series (or not comparable), oldest first — never dropped silently. */
  readonly unmatched: readonly UnmatchedPeriod[];
}

const missingKey = (point: SeriesPoint): string =>
  isPartial(point)
    ? ((point as { missing?: readonly Period[] }).missing ?? []).map(periodKey).join(',')
    : '';

/**
 * The trade balance of every period found in both an export series and an import series of the
 * same reporter and partner (see {@link tradeBalance}). Periods found in only one of them are
 * listed in `unmatched` with the reason.
 *
 * @param exportsSeries - the reporter's exports to the partner (`measure: 'exports'`)
 * @param importsSeries - the reporter's imports from the partner (`measure: 'imports'`), same
 * reporter, partner, currency and period kind
 * @returns balances over the matching periods, and the unmatched periods
 * @throws {@link BilateralError} `INVALID_INPUT` when the measures are not export and import or the
 * reporters or partners differ; `PERIOD_MISMATCH` when the period kinds differ;
 * `CURRENCY_MISMATCH` when the currencies differ; `EMPTY_SERIES` when either has no points;
 * `INVALID_INPUT` or `INVALID_PERIOD` too when either is not a Series (periods written as text are
 * read with {@link parsePeriod}); `OUT_OF_RANGE` for a turnover or ratio of 10^36 or more;
 * `PRECISION_EXCEEDED` for a turnover past 64 significant digits, as {@link tradeBalance}
 *
 * @example
 * ```ts
 * const year = (text: string, amount: string) => ({ period: parsePeriod(text), value: money(amount, 'USD') });
 * const base = { reporter: 'VNM', partner: 'LAO', currency: 'USD' } as const;
 * const result = balanceSeries(
 *   { ...base, measure: 'exports', points: [year('2017', '524.5'), year('2022', '656.4')] },
 *   { ...base, measure: 'imports', points: [year('2017', '368.4'), year('2021', '780')] },
 * );
 * result.points.map((p) => [formatPeriod(p.period), p.balance.amount.toString()]);
 * //=> [['2017', '156.1']]
 * result.unmatched.map((u) => [formatPeriod(u.period), u.reason]);
 * //=> [['2021', 'missing-exports'], ['2022', 'missing-imports']]
 * ```
 *
 * @category Balance
 */
export function balanceSeries<C extends string>(
  exportsSeries: Series<C>,
  importsSeries: Series<NoInfer<C>>,
): BalanceSeries<C> {
  const exportPoints = checkSeries(
    readSeries(exportsSeries, 'the export series', ['exportsSeries']),
    'the export series',
  );
  const importPoints = checkSeries(
    readSeries(importsSeries, 'the import series', ['importsSeries']),
    'the import series',
  );
  const problems: string[] = [];
  if (!isMeasure(exportsSeries.measure, 'exports')) {
    problems.push(`the export series measures ${exportsSeries.measure}`);
  }
  if (!isMeasure(importsSeries.measure, 'imports')) {
    problems.push(`the import series measures ${importsSeries.measure}`);
  }
  if (exportsSeries.reporter !== importsSeries.reporter) {
    problems.push(`reporters differ (${exportsSeries.reporter}, ${importsSeries.reporter})`);
  }
  if (exportsSeries.partner !== importsSeries.partner) {
    problems.push(`partners differ (${exportsSeries.partner}, ${importsSeries.partner})`);
  }
  if (problems.length > 0) {
    throw new BilateralError(
      'INVALID_INPUT',
      problems.map((message) => ({ path: [], message })),
    );
  }
  return balancePoints(
    exportsSeries,
    importsSeries,
    exportPoints,
    importPoints,
    (exports, imports) => tradeBalance({ exports, imports }),
    missingKey,
  );
}
