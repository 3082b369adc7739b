import type { TradePosition } from './trade-balance.js';

/**
 * A trade balance's positions in Lao, each as a name standing alone (the balance card's
 * position): the one source of them for the widgets' Lao messages and the report
 * (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * TRADE_POSITION_WORDS_LO.deficit; //=> 'ຂາດດຸນ'
 * ```
 *
 * @category Balance
 */
export const TRADE_POSITION_WORDS_LO: Readonly<Record<TradePosition, string>> = {
  surplus: 'ເກີນດຸນ',
  deficit: 'ຂາດດຸນ',
  balanced: 'ດຸນດ່ຽງ',
};

/**
 * The names of a trade balance and of its coverage ratio (exports ÷ imports) in Lao:
 * the one source of them for the widgets' Lao messages and the report's trade table
 * (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * BALANCE_MEASURE_WORDS_LO.coverage; //=> 'ອັດຕາການປົກຄຸມ'
 * ```
 *
 * @category Balance
 */
export const BALANCE_MEASURE_WORDS_LO: Readonly<{ balance: string; coverage: string }> = {
  balance: 'ດຸນການຄ້າ',
  coverage: 'ອັດຕາການປົກຄຸມ',
};
