import { type Amount, readAmounts } from '../_internal/amounts.js';
import { assertNotNegative } from '../_internal/assert-not-negative.js';
import { checkPair } from '../_internal/check-pair.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import type { FlowPair } from '../growth/growth-contributions.js';
import type { Money } from '../money/index.js';
import { balanceOf } from './internal/balance-of.js';

/**
 * Where a side of the trade stands: `surplus` when its exports to the other exceed its imports
 * from it, `deficit` when they fall short, `balanced` when they are equal.
 *
 * @example
 * ```ts
 * const { position } = tradeBalance({ exports: '159.6', imports: '179' });
 * const reporter: TradePosition = position.reporter;
 * [reporter, position.partner];
 * //=> ['deficit', 'surplus']
 * ```
 *
 * @category Balance
 */
export type TradePosition = 'surplus' | 'deficit' | 'balanced';

/**
 * The result of {@link tradeBalance}. Levels (`V`) come back in the form they were given: Money
 * of the input currency, or Decimals.
 *
 * @example
 * ```ts
 * const exports = money('491900000', 'USD');
 * const result = tradeBalance({ exports, imports: money('1000000000', 'USD') });
 * result.position.reporter;
 * //=> 'deficit'
 * [result.turnover.amount.toString(), result.balance.amount.toString()];
 * //=> ['1491900000', '-508100000']
 * ```
 *
 * @category Balance
 */
export interface TradeBalance<V = Decimal> {
  /** The reporter's exports to the partner (X), as given. */
  readonly exports: V;
  /** The reporter's imports from the partner (M), as given. */
  readonly imports: V;
  /** Turnover (two-way trade) `X + M`, exact (refused when that needs more than 64 significant digits). */
  readonly turnover: V;
  /** Balance from the reporter's side `X − M`, exact likewise; negative for a deficit. */
  readonly balance: V;
  /** Coverage ratio `X ÷ M` (exports cover imports `ratio` times); `null` when imports are 0. */
  readonly coverageRatio: Decimal | null;
  /** Relative balance `(X − M) ÷ (X + M)`, between −1 and 1; `null` when turnover is 0. */
  readonly relativeBalance: Decimal | null;
  /** The position of each side: the partner's is the mirror of the reporter's. */
  readonly position: {
    /** The reporter's position (its balance `X − M`). */
    readonly reporter: TradePosition;
    /** The partner's position (its balance `M − X`, as seen from the reporter's figures). */
    readonly partner: TradePosition;
  };
}

/**
 * The balance of trade between a reporter and a partner from the reporter's exports (X) and
 * imports (M): turnover `X + M` and balance `X − M`, coverage ratio `X ÷ M`, relative balance
 * `(X − M) ÷ (X + M)` and each side's position. Ratios that would divide by 0 are `null`, never
 * `Infinity` or `NaN`.
 *
 * Turnover and balance are exact: they fit 64 significant digits whenever the inputs do not
 * already carry ~64 (values implied by {@link impliedPrevious}, say), which is always the case
 * for published figures. A turnover whose exact value needs more digits is refused, as Money's
 * `add` refuses it, never rounded. Ratios are rounded to 64 significant digits.
 *
 * @param flows - `exports` and `imports`, both Money of one currency or both bare decimals;
 * neither may be negative
 * @returns turnover, balance, ratios and positions; levels in the form given
 * @throws {@link BilateralError} `INVALID_INPUT` for a negative flow; `CURRENCY_MISMATCH` for mixed
 * currencies (or Money mixed with bare decimals); `INVALID_DECIMAL` for non-numbers;
 * `INVALID_INPUT` too when `flows` is not `{ exports, imports }`; `PRECISION_EXCEEDED` for a
 * turnover whose exact value needs more than 64 significant digits (exports of 10^35 + 10^-30 on
 * imports of 1); `OUT_OF_RANGE` for a value past the supported range (text and numbers: less than
 * 10^36, at most 36 decimals), a turnover of 10^36 or more, or a coverage ratio of 10^36 or more
 *
 * @example
 * ```ts
 * const b = tradeBalance({ exports: money('491.9', 'USD'), imports: money('1000', 'USD') });
 * b.turnover.amount.toString();
 * //=> '1491.9'
 * b.balance.amount.toString();
 * //=> '-508.1'
 * [b.coverageRatio?.toFixed(4), b.relativeBalance?.toFixed(4)];
 * //=> ['0.4919', '-0.3406']
 * b.position;
 * //=> { reporter: 'deficit', partner: 'surplus' }
 * ```
 *
 * @category Balance
 */
export function tradeBalance<C extends string>(flows: {
  readonly exports: Money<C>;
  readonly imports: Money<NoInfer<C>>;
}): TradeBalance<Money<C>>;
export function tradeBalance(flows: FlowPair<DecimalInput>): TradeBalance<Decimal>;
export function tradeBalance(flows: FlowPair<Amount>): TradeBalance<Money | Decimal> {
  checkPair(flows);
  const { values, currency } = readAmounts({ exports: flows.exports, imports: flows.imports });
  const { exports, imports } = values;
  assertNotNegative(exports, 'exports', ['exports']);
  assertNotNegative(imports, 'imports', ['imports']);
  return balanceOf(exports, imports, currency);
}
