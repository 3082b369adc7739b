import { nameInText } from '@bilateral/core';
import { loadedMessages } from './loaded-messages.js';
import type { Messages } from './messages.js';

/**
 * How English running text writes an economy's name ("the Philippines", "The United States"
 * opening a sentence; Vietnam and Laos bare: the core's `nameInText`), brought by the dataset
 * validator's chunk (`data/validate-document.ts`) and by nothing an app loads first: only a
 * document validated in the browser names economies that take "the"; the embedded datasets'
 * files name none but the World, in turnover pairs only (`scripts/embedded-data-files.test.ts`),
 * and a code no data names draws no sentence. Importing this module sets the rule for the
 * elements' own words (`inSentence` in `format.ts`: the balance's and the gates' sentences) and writes the
 * English subject of a growth chart's or a target's sentence with it: "The Philippines’ exports
 * to the United States", a turnover's pair bare ("Philippines–United States turnover", as a
 * heading names a pair).
 */

// The English messages through the catalog (`loaded-messages.ts`), not `addEnglish`: importing
// `messages.ts` here would split the English words from an app's entry into a chunk of their own;
// and not a module of the rule's own, which would be a file of its own on a page. An element's
// module registers them before it can load this chunk; a page or a test that loads the validator
// with no element's module loaded has no English sentences to write, and the rule is not set.
const en = loadedMessages.en as { -readonly [K in keyof Messages]: Messages[K] } | undefined;
if (en !== undefined) {
  const { subject } = en;
  const writeInText = (name: string, opening?: boolean) => nameInText(name, 'en', opening);
  en.nameInText = writeInText;
  en.subject = (measure, reporter, partner) =>
    measure === 'turnover'
      ? subject(measure, reporter, partner)
      : subject(measure, writeInText(reporter, true), writeInText(partner));
}

/**
 * The core's name of an economy (the writer without `economyLabel`'s check, as
 * `economy-table.ts` says), from the module that sets how English sentences write names, so that
 * whatever brings the table brings that too.
 *
 * @example
 * ```ts
 * economyLabel('PHL', 'en'); //=> 'Philippines'
 * ```
 */
export { writeEconomyLabel as economyLabel } from '@bilateral/core';
