import type { ReportWords } from './report-words/index.js';

/**
 * An amount written as the lower bound it is: "at least US$3 billion" where the bound itself is
 * allowed (`atLeast`), else "more than US$3 billion", in `words`' language.
 *
 * @example
 * ```ts
 * boundText('US$3 billion', true, REPORT_WORDS.en); //=> 'at least US$3 billion'
 * boundText('3 tỷ USD', false, REPORT_WORDS.vi); //=> 'hơn 3 tỷ USD'
 * ```
 */
export function boundText(text: string, atLeast: boolean, words: ReportWords): string {
  return atLeast ? words.atLeast(text) : words.moreThan(text);
}
