import type { Locale, MoneyWords } from '@bilateral/core';
import { loadedMessages } from './loaded-messages.js';

/** A language's words from its loaded messages (`money`); throws if they have not loaded. */
function wordsOf(locale: Exclude<Locale, 'en'>): MoneyWords {
  const words = loadedMessages[locale]?.money;
  if (words === undefined) throw new Error(`Bilateral: the ${locale} messages have not loaded`);
  return words;
}

/**
 * The words the core's `writeMoney` writes Vietnamese, Lao and Chinese amounts with, in the
 * script-tag bundle: `tsup.config.ts` resolves the core's `money/money-words.ts` here, and each
 * language's messages chunk carries its words (`money`, the core's `MONEY_WORDS_VI`, …), which an
 * element loads before it writes in that language. An English page then carries none of them
 * (265 B gzipped of scales and Chinese currency names in the chunk every page loads). Reading a
 * language before its messages have loaded throws: an element writes amounts only in the
 * language of its render context, which has loaded (`scripts/money-words-bundle.test.ts` drives
 * the built bundle through language switches, late elements and downloads). A record of three
 * getters, as the core's is of three values: `'zh' in` it is true, `Object.keys` lists the three,
 * any other key is `undefined` (it can be awaited) and it cannot be written. What reads every
 * key (a spread, `Object.entries`, `JSON.stringify`) throws until all three have loaded; nothing in
 * the bundle does (`writeMoney` reads the language it writes in).
 *
 * @example
 * ```ts
 * MONEY_WORDS.vi.scales[1]; // once the Vietnamese messages have loaded: [new Decimal('1e9'), 'tỷ']
 * MONEY_WORDS.lo; // before the Lao messages have loaded: throws
 * Object.keys(MONEY_WORDS); //=> ['vi', 'lo', 'zh']
 * ```
 */
export const MONEY_WORDS: Readonly<Record<Exclude<Locale, 'en'>, MoneyWords>> = {
  get vi() {
    return wordsOf('vi');
  },
  get lo() {
    return wordsOf('lo');
  },
  get zh() {
    return wordsOf('zh');
  },
};
