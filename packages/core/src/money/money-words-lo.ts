import { Decimal } from '../_internal/decimal.js';
import type { MoneyWords } from './money-words.js';

/**
 * The words `writeMoney` writes amounts with in Lao: its scales, largest first (the currency's
 * code follows the number). A module of its own, so that a bundle carries them only where Lao is
 * written (`money-words.ts`).
 */
export const MONEY_WORDS_LO: MoneyWords = {
  scales: [
    [new Decimal('1e12'), 'ລ້ານລ້ານ'],
    [new Decimal('1e9'), 'ຕື້'],
    [new Decimal('1e6'), 'ລ້ານ'],
    [new Decimal('1e3'), 'ພັນ'],
  ],
};
