import { type ReconcileReport, reconcile } from '../figures/index.js';
import { reconcileExplained } from '../figures/reconcile.js';
import { explanationValues } from './explanation-values.js';
import type { ReportWords } from './report-words/index.js';

/**
 * The reconciliation of `statements`, its explanations in the words' language: English is
 * {@link reconcile}'s own text; vi, lo and zh write the consistent and inconsistent relations' and
 * the implied values' explanations with the catalogue's sentence forms and the locale's values.
 * `bilateral report` and `bilateral reconcile` both reconcile through it.
 *
 * @example
 * ```ts
 * const seed003Statements = vietnamLaos.statements.filter((s) => s.source.startsWith('seed-003'));
 * reconciliationIn(seed003Statements, REPORT_WORDS.vi).relations[0]?.explanation;
 * //=> 'Xuất khẩu 159,6 triệu USD [159,55; 159,65) triệu cộng …: khớp.'
 * ```
 */
export function reconciliationIn(
  statements: readonly unknown[],
  words: ReportWords,
): ReconcileReport {
  if (words.locale === 'en') return reconcile(statements);
  return reconcileExplained(statements, {
    words: words.explanations,
    values: explanationValues(words.locale),
  });
}
