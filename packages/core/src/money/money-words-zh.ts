import { Decimal } from '../_internal/decimal.js';
import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Chinese: its scales, largest first (Chinese
 * counts in 万 and 亿), and the currencies' names it writes after the number (another currency's
 * code after a space). A module of its own, so that a bundle carries them only where Chinese is
 * written (`money-words.ts`).
 */
export const MONEY_WORDS_ZH: MoneyWords = {
  scales: [
    [new Decimal('1e12'), '万亿'],
    [new Decimal('1e8'), '亿'],
    [new Decimal('1e4'), '万'],
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
