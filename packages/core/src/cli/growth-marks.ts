import { derivationWords } from './report-words/derivation-words.js';
import type { ReportWords } from './report-words/index.js';

/**
 * Why a growth row is marked, without words: its value uncertain, resting on a flow its source
 * estimated, derived (how, as the core wrote it: `2017 value ÷ (1 + 8.5 %)`), or another
 * source's figure for the year beside it. The text
 * writes it in the report's language and `--json` in English ({@link growthMarkText}); the local
 * currency table reads its kind.
 */
export type GrowthMark =
  | { readonly kind: 'uncertain' }
  /** A flow the value rests on, its source's estimate (`status: 'estimate'`). */
  | { readonly kind: 'estimated'; readonly flow: 'export' | 'import' }
  /**
   * A flow the value rests on, published as a lower bound (a trade row's `lowerBounds`), or the
   * value itself, a level statement's published so (`flow` its measure's side, `'turnover'` for a
   * turnover: the row's `lowerBound`).
   */
  | { readonly kind: 'lowerBound'; readonly flow: 'export' | 'import' | 'turnover' }
  | { readonly kind: 'derived'; readonly derivation: string }
  | {
      readonly kind: 'gives';
      readonly source: string;
      readonly value: string;
      /** The other value less the one used, exact. */
      readonly difference: string;
    };

/**
 * A growth row's mark in `words`: `uncertain`, `imports estimated`, `derived: 2017 value ÷ (1 + 8.5 %)`,
 * `customs gives 1000 (+50)`, its numbers as the core writes them (the text localises them).
 *
 * @example
 * ```ts
 * growthMarkText({ kind: 'derived', derivation: '2017 value ÷ (1 + 8.5 %)' }, REPORT_WORDS.vi);
 * //=> 'suy ra: giá trị 2017 ÷ (1 + 8.5 %)'
 * growthMarkText({ kind: 'gives', source: 'customs', value: '1000', difference: '50' }, REPORT_WORDS.en);
 * //=> 'customs gives 1000 (+50)'
 * ```
 */
export function growthMarkText(mark: GrowthMark, words: ReportWords): string {
  switch (mark.kind) {
    case 'uncertain':
      return words.uncertain;
    case 'estimated':
      return words.flowMark(mark.flow, mark.kind);
    case 'lowerBound':
      return mark.flow === 'turnover'
        ? words.turnoverLowerBound
        : words.flowMark(mark.flow, mark.kind);
    case 'derived':
      return words.derived(derivationWords(mark.derivation, words));
    case 'gives':
      return words.gives(
        mark.source,
        mark.value,
        `${mark.difference.startsWith('-') ? '' : '+'}${mark.difference}`,
      );
  }
}
