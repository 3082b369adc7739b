import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Chinese: its scales, largest first (Chinese
 * counts in 万 and 亿), and the currencies' names it writes after the number (another currency's
 * code after a space). A module of its own, so that a bundle carries them only where Chinese is
 * written (`money-words.ts`); `writeMoneyIn` takes them where a bundle loads them with a
 * language's other texts.
 *
 * @example
 * ```ts
 * MONEY_WORDS_ZH.currencies?.USD; //=> '美元'
 * ```
 *
 * @category Money
 */
export const MONEY_WORDS_ZH: MoneyWords = {
  scales: [
    [12, '万亿'],
    [8, '亿'],
    [4, '万'],
  ],
  currencies: {
    USD: '美元',
    CNY: '元人民币',
    EUR: '欧元',
    VND: '越南盾',
    LAK: '老挝基普',
    THB: '泰铢',
    KHR: '柬埔寨瑞尔',
    JPY: '日元',
  },
};
