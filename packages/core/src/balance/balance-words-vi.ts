import type { TradePosition } from './trade-balance.js';

/**
 * A trade balance's positions in Vietnamese, each as a name standing alone (the balance card's
 * position): the one source of them for the widgets' Vietnamese messages and the report
 * (`bilateral report --locale vi`). `xuất siêu` and `nhập siêu` are one word each to a reader:
 * a no-break space (U+00A0) joins their syllables, which keeps each on one line on a card; the
 * report, plain text, writes an ordinary space.
 *
 * @example
 * ```ts
 * TRADE_POSITION_WORDS_VI.deficit; //=> 'nhập\u00a0siêu'
 * ```
 *
 * @category Balance
 */
export const TRADE_POSITION_WORDS_VI: Readonly<Record<TradePosition, string>> = {
  surplus: 'xuất\u00a0siêu',
  deficit: 'nhập\u00a0siêu',
  balanced: 'cân bằng',
};

/**
 * The names of a trade balance and of its coverage ratio (exports ÷ imports) in Vietnamese,
 * capitalised as names standing alone (the card's headings; the report writes them in lower
 * case): the one source of them for the widgets' Vietnamese messages and the report's trade
 * table (`bilateral report --locale vi`).
 *
 * @example
 * ```ts
 * BALANCE_MEASURE_WORDS_VI.coverage; //=> 'Tỷ lệ bù đắp'
 * ```
 *
 * @category Balance
 */
export const BALANCE_MEASURE_WORDS_VI: Readonly<{ balance: string; coverage: string }> = {
  balance: 'Cán cân',
  coverage: 'Tỷ lệ bù đắp',
};
