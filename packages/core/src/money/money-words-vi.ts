import { Decimal } from '../_internal/decimal.js';
import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Vietnamese: its scales, largest first (the
 * currency's code follows the number). A module of its own, so that a bundle carries them only
 * where Vietnamese is written (`money-words.ts`).
 */
export const MONEY_WORDS_VI: MoneyWords = {
  scales: [
    [new Decimal('1e12'), 'nghìn tỷ'],
    [new Decimal('1e9'), 'tỷ'],
    [new Decimal('1e6'), 'triệu'],
    [new Decimal('1e3'), 'nghìn'],
  ],
};
