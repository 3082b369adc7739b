import type { TradePosition } from './trade-balance.js';

/**
 * A trade balance's positions in Chinese, each as a name standing alone (the balance card's
 * position): the one source of them for the widgets' Chinese messages and the report
 * (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * TRADE_POSITION_WORDS_ZH.deficit; //=> '逆差'
 * ```
 *
 * @category Balance
 */
export const TRADE_POSITION_WORDS_ZH: Readonly<Record<TradePosition, string>> = {
  surplus: '顺差',
  deficit: '逆差',
  balanced: '平衡',
};

/**
 * The names of a trade balance and of its coverage ratio (exports ÷ imports) in Chinese:
 * the one source of them for the widgets' Chinese messages and the report's trade table
 * (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * BALANCE_MEASURE_WORDS_ZH.coverage; //=> '出口覆盖率'
 * ```
 *
 * @category Balance
 */
export const BALANCE_MEASURE_WORDS_ZH: Readonly<{ balance: string; coverage: string }> = {
  balance: '差额',
  coverage: '出口覆盖率',
};
