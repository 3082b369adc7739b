import { BilateralError } from '../errors/index.js';
import type { Series } from '../flow/index.js';
import type { BalanceSeries } from './balance-series.js';
import { balanceOf } from './internal/balance-of.js';
import { balancePoints } from './internal/balance-points.js';

/**
 * {@link balanceSeries} for an export and an import series as `datasetSeries` builds them from a
 * validated dataset (as `parseDataset` or `datasetFromCompact` give it) — the same balances,
 * without reading and checking the two series point by point again, so a page that draws
 * build-checked data does not load those checks. It checks only what depends on both: points in
 * each, one currency, one period kind.
 *
 * @param exportsSeries - the reporter's exports to the partner, its points in order, of one
 *   period kind, none negative or partial (as `datasetSeries` builds them)
 * @param importsSeries - its imports from the partner, the same way
 * @returns the balances, equal to {@link balanceSeries}'s
 * @throws {@link BilateralError} `EMPTY_SERIES`, `CURRENCY_MISMATCH`, `PERIOD_MISMATCH` as
 *   {@link balanceSeries}; `INVALID_INPUT` (naming no field) for a series of the wrong shape — it
 *   is not a check
 *
 * @example
 * ```ts
 * const request = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
 * const balances = checkedBalanceSeries(
 *   datasetSeries(vietnamLaos, { ...request, measure: 'exports' }),
 *   datasetSeries(vietnamLaos, { ...request, measure: 'imports' }),
 * );
 * balances.points.map((p) => [formatPeriod(p.period), p.position.reporter]);
 * //=> [['2017', 'surplus'], ['2022', 'deficit']]
 * checkedBalanceSeries(null as never, balances as never);
 * // throws BilateralError [INVALID_INPUT]: checkedBalanceSeries takes series as datasetSeries builds them (…)
 * ```
 *
 * @category Balance
 */
export function checkedBalanceSeries<C extends string>(
  exportsSeries: Series<C>,
  importsSeries: Series<NoInfer<C>>,
): BalanceSeries<C> {
  try {
    return balancePoints(
      exportsSeries,
      importsSeries,
      exportsSeries.points,
      importsSeries.points,
      (exports, imports) => balanceOf(exports.amount, imports.amount, exports.currency),
    );
  } catch (error) {
    // A value of the wrong shape: never a raw error. The guard is written here rather than shared
    // with the target and crossing functions' (`targets/internal/as-checked.ts`): a module the
    // balance, target and gates chunks all import is a script of its own on the dashboard, and in
    // the chunk every element loads it costs a growth page 69 B gzipped (measured).
    if (error instanceof BilateralError) throw error;
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [],
        message:
          'checkedBalanceSeries takes series as datasetSeries builds them (or call balanceSeries, which checks them)',
      },
    ]);
  }
}
