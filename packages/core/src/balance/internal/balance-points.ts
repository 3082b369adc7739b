import { byPeriod, periodKey } from '../../_internal/by-period.js';
import { BilateralError } from '../../errors/index.js';
import type { Series, SeriesPoint } from '../../flow/index.js';
import type { Money } from '../../money/money.js';
import { periodOrder } from '../../period/month-index.js';
import type { BalancePoint, BalanceSeries, UnmatchedPeriod } from '../balance-series.js';
import type { TradeBalance } from '../trade-balance.js';

/**
 * The balance of each period two series share (see `balanceSeries`), for series that were read
 * and checked or validated: each one's points in order, of one period kind. Checks what depends
 * on both: points in each, one currency, one period kind. A period's balance is `balance` of its
 * two values; two points whose `partsOf` differ (partial aggregates of different months) have none.
 *
 * @throws BilateralError `EMPTY_SERIES`, `CURRENCY_MISMATCH`, `PERIOD_MISMATCH`; what `balance`
 *   throws
 */
export function balancePoints<C extends string>(
  exportsSeries: Series<C>,
  importsSeries: Series<C>,
  exportPoints: readonly SeriesPoint<C>[],
  importPoints: readonly SeriesPoint<C>[],
  balance: (exports: Money<C>, imports: Money<C>) => TradeBalance<Money<C>>,
  partsOf: (point: SeriesPoint<C>) => string = () => '',
): BalanceSeries<C> {
  if (exportsSeries.currency !== importsSeries.currency) {
    throw new BilateralError('CURRENCY_MISMATCH', [
      {
        path: ['importsSeries', 'currency'],
        message: `exports are in ${exportsSeries.currency}, imports in ${importsSeries.currency}; convert with a dated rate first`,
      },
    ]);
  }
  const kind = exportPoints[0]?.period.kind;
  const otherKind = importPoints[0]?.period.kind;
  if (kind === undefined || otherKind === undefined) {
    throw new BilateralError('EMPTY_SERIES', [
      {
        path: ['points'],
        message: `the ${kind === undefined ? 'export' : 'import'} series has no points`,
      },
    ]);
  }
  if (kind !== otherKind) {
    throw new BilateralError('PERIOD_MISMATCH', [
      {
        path: ['importsSeries', 'points'],
        message: `exports are by ${kind}, imports by ${otherKind}; aggregate one to match the other`,
      },
    ]);
  }
  const exportsByPeriod = byPeriod(exportPoints);
  const importsByPeriod = byPeriod(importPoints);
  const periods = [
    ...new Map(
      [...exportPoints, ...importPoints].map((p) => [periodKey(p.period), p.period]),
    ).values(),
  ].sort(periodOrder);
  const points: BalancePoint<C>[] = [];
  const unmatched: UnmatchedPeriod[] = [];
  for (const period of periods) {
    const key = periodKey(period);
    const exported = exportsByPeriod.get(key);
    const imported = importsByPeriod.get(key);
    if (exported === undefined || imported === undefined) {
      const missing = exported === undefined ? 'exports' : 'imports';
      unmatched.push(
        Object.freeze({
          period,
          reason: `missing-${missing}` as const,
          message: `${key} has no ${missing}`,
        }),
      );
    } else if (partsOf(exported) !== partsOf(imported)) {
      unmatched.push(
        Object.freeze({
          period,
          reason: 'partial-period' as const,
          message: `${key}: exports and imports are partial aggregates covering different months`,
        }),
      );
    } else {
      points.push(
        Object.freeze({
          period,
          ...balance(exported.value, imported.value),
        }),
      );
    }
  }
  return Object.freeze({
    reporter: exportsSeries.reporter,
    partner: exportsSeries.partner,
    currency: exportsSeries.currency,
    points: Object.freeze(points),
    unmatched: Object.freeze(unmatched),
  });
}
