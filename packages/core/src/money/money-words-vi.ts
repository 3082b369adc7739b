import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Vietnamese: its scales, largest first (the
 * currency's code follows the number). A module of its own, so that a bundle carries them only
 * where Vietnamese is written (`money-words.ts`); `writeMoneyIn` takes them where a bundle loads
 * them with a language's other texts.
 *
 * @example
 * ```ts
 * MONEY_WORDS_VI.scales[1]; //=> [9, 'tỷ']
 * ```
 *
 * @category Money
 */
export const MONEY_WORDS_VI: MoneyWords = {
  scales: [
    [12, 'nghìn tỷ'],
    [9, 'tỷ'],
    [6, 'triệu'],
    [3, 'nghìn'],
  ],
};
