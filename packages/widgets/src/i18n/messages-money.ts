import type { MoneyWords } from '@bilateral/core';

/**
 * The words the core's `writeMoney` writes Vietnamese amounts with, as the Vietnamese messages
 * carry them (`money`): none here, where `writeMoney` has every language's (the core's
 * `money/money-words.ts`), as in apps and in Node. The script-tag build resolves each messages
 * chunk's import of this module to the core's words of its language (`MONEY_WORDS_VI`, …) and the
 * core's table to `money-words.ts`, which reads them from the loaded messages (`tsup.config.ts`).
 *
 * @example
 * ```ts
 * MONEY_WORDS_VI; //=> undefined (in the script-tag bundle's messages-vi chunk: the core's words)
 * ```
 */
export const MONEY_WORDS_VI: MoneyWords | undefined = undefined;

/**
 * Lao's, as {@link MONEY_WORDS_VI} is Vietnamese's.
 *
 * @example
 * ```ts
 * MONEY_WORDS_LO; //=> undefined
 * ```
 */
export const MONEY_WORDS_LO: MoneyWords | undefined = undefined;

/**
 * Chinese's, as {@link MONEY_WORDS_VI} is Vietnamese's.
 *
 * @example
 * ```ts
 * MONEY_WORDS_ZH; //=> undefined
 * ```
 */
export const MONEY_WORDS_ZH: MoneyWords | undefined = undefined;
