import type { Locale } from '../economy/locale.js';
import { MONEY_WORDS_LO } from './money-words-lo.js';
import { MONEY_WORDS_VI } from './money-words-vi.js';
import { MONEY_WORDS_ZH } from './money-words-zh.js';

/**
 * The words a language writes amounts with (`writeMoney`): its compact scales, largest first, as
 * `[power of ten, word]` (`[9, 'billion']`: numbers alone, so that a bundle loading a language's
 * words apart loads no decimal engine with them), and, where it writes them, the currencies'
 * symbols (English, before the number) or names (Chinese, after it) by ISO code.
 *
 * @example
 * ```ts
 * const words: MoneyWords = {
 *   scales: [[6, 'million']],
 *   currencies: { USD: 'US$' },
 * };
 * ```
 *
 * @category Money
 */
export interface MoneyWords {
  readonly scales: readonly (readonly [exponent: number, word: string])[];
  readonly currencies?: Readonly<Record<string, string>>;
}

/**
 * The words `writeMoney` writes Vietnamese, Lao and Chinese amounts with, each language's in a
 * module of its own (English's are `write-money-in.ts`'s). The widgets call `writeMoneyIn` with
 * a language's words from its messages chunk instead, so that an English page or app carries none
 * of them: nothing of theirs imports this table.
 */
export const MONEY_WORDS: Readonly<Record<Exclude<Locale, 'en'>, MoneyWords>> = {
  vi: MONEY_WORDS_VI,
  lo: MONEY_WORDS_LO,
  zh: MONEY_WORDS_ZH,
};
