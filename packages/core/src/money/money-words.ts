import type { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { MONEY_WORDS_LO } from './money-words-lo.js';
import { MONEY_WORDS_VI } from './money-words-vi.js';
import { MONEY_WORDS_ZH } from './money-words-zh.js';

/**
 * The words a language writes amounts with (`writeMoney`): its compact scales, largest first, as
 * `[size, word]` (`[new Decimal('1e9'), 'billion']`), and, where it writes them, the currencies'
 * symbols (English, before the number) or names (Chinese, after it) by ISO code.
 *
 * @example
 * ```ts
 * const words: MoneyWords = {
 *   scales: [[new Decimal('1e6'), 'million']],
 *   currencies: { USD: 'US$' },
 * };
 * ```
 *
 * @category Money
 */
export interface MoneyWords {
  readonly scales: readonly (readonly [size: Decimal, word: string])[];
  readonly currencies?: Readonly<Record<string, string>>;
}

/**
 * The words `writeMoney` writes Vietnamese, Lao and Chinese amounts with, each language's in a
 * module of its own (English's are `write-money.ts`'s). The widgets' script-tag build puts its
 * own module in this one's place (`packages/widgets/tsup.config.ts`), which reads them from the
 * languages' messages chunks, so that an English page carries none of them.
 */
export const MONEY_WORDS: Readonly<Record<Exclude<Locale, 'en'>, MoneyWords>> = {
  vi: MONEY_WORDS_VI,
  lo: MONEY_WORDS_LO,
  zh: MONEY_WORDS_ZH,
};
