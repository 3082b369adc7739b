import { toLevel } from '../../_internal/amounts.js';
import type { Decimal } from '../../_internal/decimal.js';
import { checkRange } from '../../_internal/decimal-range.js';
import { exact } from '../../money/checked-add.js';
import type { TradeBalance, TradePosition } from '../trade-balance.js';

const MIRROR: Readonly<Record<TradePosition, TradePosition>> = {
  surplus: 'deficit',
  deficit: 'surplus',
  balanced: 'balanced',
};

/**
 * The balance of exports and imports that were read and checked (neither negative), as Money in
 * `currency` or, when it is `null`, as bare decimals: see `tradeBalance`.
 *
 * @throws BilateralError `PRECISION_EXCEEDED` for a turnover that needs more than 64 significant
 * digits to be exact; `OUT_OF_RANGE` for a turnover or a coverage ratio of 10^36 or more
 */
export function balanceOf<V>(
  exports: Decimal,
  imports: Decimal,
  currency: string | null,
): TradeBalance<V> {
  const sum = exports.plus(imports);
  // The sum is exact when taking either part from it gives back the other (rounded to 64 digits,
  // it loses digits of the smaller part, which taking the larger one does not give back). Else
  // `exact` refuses it, as `add` does: the digits it counts as needed are never fewer than the
  // sum's. When the sum is exact, so is the difference (it needs no more digits).
  const turnover = checkRange(
    sum.minus(exports).eq(imports) && sum.minus(imports).eq(exports)
      ? sum
      : exact(exports, imports, 'plus'),
    'the turnover (exports + imports)',
  );
  const balance = exports.minus(imports);
  const sign = balance.isZero() ? 0 : balance.isPositive() ? 1 : -1;
  const reporter: TradePosition = sign > 0 ? 'surplus' : sign < 0 ? 'deficit' : 'balanced';
  return Object.freeze({
    exports: toLevel<V>(exports, currency),
    imports: toLevel<V>(imports, currency),
    turnover: toLevel<V>(turnover, currency),
    balance: toLevel<V>(balance, currency),
    coverageRatio: imports.isZero() ? null : checkRange(exports.div(imports), 'the coverage ratio'),
    relativeBalance: turnover.isZero() ? null : balance.div(turnover),
    position: Object.freeze({ reporter, partner: MIRROR[reporter] }),
  });
}
