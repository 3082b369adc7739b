import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Lao: its scales, largest first (the currency's
 * code follows the number). A module of its own, so that a bundle carries them only where Lao is
 * written (`money-words.ts`); `writeMoneyIn` takes them where a bundle loads them with a
 * language's other texts.
 *
 * @example
 * ```ts
 * MONEY_WORDS_LO.scales[1]; //=> [9, 'ຕື້']
 * ```
 *
 * @category Money
 */
export const MONEY_WORDS_LO: MoneyWords = {
  scales: [
    [12, 'ລ້ານລ້ານ'],
    [9, 'ຕື້'],
    [6, 'ລ້ານ'],
    [3, 'ພັນ'],
  ],
};
