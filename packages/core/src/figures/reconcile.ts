import { mustBe, wrongType } from '../_internal/must-be.js';
import { isRecord } from '../_internal/wrong-argument.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import {
  checkBalances,
  checkGrowthComponents,
  checkGrowthLevels,
  checkPartsSum,
  checkShares,
  impliedValues,
} from './_checks.js';
import { ENGLISH_EXPLAINING, type Explaining } from './_explanation-words.js';
import { StatementIndex } from './_reconcile-index.js';
import type { ReconcileReport, Verdict } from './relation.js';
import { type Statement, safeParseStatement } from './statement.js';

/**
 * Checks a set of published statements against each other, with intervals from each figure's
 * stated precision:
 *
 * - **parts-sum**: exports + imports against turnover (same reporter, partner, period, currency);
 * - **growth-levels**: a growth rate against the levels of its period and the same period a year
 *   earlier, when both are stated (otherwise `cannot-check`, with the implied previous level);
 * - **growth-components**: the previous turnover implied by the total's growth,
 *   `T / (1 + g_T)`, against `X / (1 + g_X) + M / (1 + g_M)` — the two intervals must overlap;
 * - **share**: a share against part ÷ whole, when the whole is stated (otherwise `cannot-check`,
 *   with the implied whole);
 * - **balance**: a surplus/deficit claim against the sign of exports − imports (and its size,
 *   when stated).
 *
 * Two intervals agree when their closures overlap: a value exactly on a rounding boundary may
 * have been rounded either way. So `consistent` means "some values within every figure's
 * precision satisfy the relation" — a loose check when a figure is coarse (the explanation says
 * so) — and `inconsistent` means no such values exist. Each relation lists the intervals
 * computed, the tolerance, the statement ids and an explanation in plain words. Statements in
 * different currencies are never combined.
 *
 * @param statements - statements as JSON ({@link StatementSchema}) or already parsed
 * @returns every relation found with its verdict, the implied values, and a count per verdict
 * @throws {@link BilateralError} `INVALID_FIGURE` listing every invalid statement (path
 * `[index, …]`) and every id used twice
 *
 * @example
 * ```ts
 * const seed003Statements = vietnamLaos.statements.filter((s) => s.source.startsWith('seed-003'));
 * const report = reconcile(seed003Statements);
 * report.counts;
 * //=> { consistent: 2, inconsistent: 0, 'cannot-check': 4 }
 * report.relations[0]?.explanation;
 * //=> 'Exports US$159.6 M [159.55, 159.65) plus imports US$179 M [178.5, 179.5) make [338.05, 339.15) M; the stated turnover US$338.6 M [338.55, 338.65) lies inside: consistent.'
 * ```
 *
 * @category Figures
 */
export function reconcile(statements: readonly unknown[]): ReconcileReport {
  return reconcileExplained(statements, ENGLISH_EXPLAINING);
}

/**
 * {@link reconcile} with its explanations in another language's words and notation (the
 * verdicts, intervals and every other field as `reconcile` gives them). Internal: `bilateral
 * report --locale` writes the reconciliation so.
 *
 * @internal
 */
export function reconcileExplained(
  statements: readonly unknown[],
  explaining: Explaining,
): ReconcileReport {
  if (!Array.isArray(statements)) {
    throw new BilateralError('INVALID_FIGURE', mustBe('an array of statements', [statements]));
  }
  const issues: BilateralIssue[] = [];
  const parsed: Statement[] = [];
  const ids = new Map<string, number>();
  statements.forEach((input, index) => {
    if (!isRecord(input)) {
      // What the parser says, without building an error for each of 100,000 non-statements.
      issues.push({ path: [index], message: wrongType('object', [input]) });
      return;
    }
    const result = safeParseStatement(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ path: [index, ...issue.path], message: issue.message });
      }
      return;
    }
    const first = ids.get(result.data.id);
    if (first !== undefined) {
      issues.push({
        path: [index, 'id'],
        message: `statement id "${result.data.id}" is already used by statement ${first}`,
      });
      return;
    }
    ids.set(result.data.id, index);
    parsed.push(result.data);
  });
  if (issues.length > 0) throw new BilateralError('INVALID_FIGURE', issues);
  const index = new StatementIndex(parsed);
  const relations = [
    ...checkPartsSum(index, explaining),
    ...checkGrowthComponents(index, explaining),
    ...checkGrowthLevels(index, explaining),
    ...checkShares(index, explaining),
    ...checkBalances(index, explaining),
  ];
  const counts: Record<Verdict, number> = { consistent: 0, inconsistent: 0, 'cannot-check': 0 };
  for (const relation of relations) counts[relation.verdict]++;
  return Object.freeze({ relations, implied: impliedValues(index, explaining), counts });
}
