import type { Decimal } from '../_internal/decimal.js';
import type { AmountFigure } from './figure.js';
import type { Interval } from './interval.js';

/**
 * The relations {@link reconcile} checks:
 *
 * - `parts-sum`: exports plus imports against the stated turnover (same pair and period);
 * - `growth-levels`: a stated growth rate against the levels of both periods;
 * - `growth-components`: the previous turnover implied by the total's growth against the sum of
 *   the previous exports and imports implied by theirs;
 * - `share`: a stated share against the part and the whole;
 * - `balance`: a surplus or deficit claim against the sign (and size) of exports − imports.
 *
 * @example
 * ```ts
 * const kinds: RelationKind[] = reconcile(vietnamLaos.statements).relations.map((r) => r.kind);
 * [...new Set(kinds)];
 * //=> ['parts-sum', 'growth-components', 'growth-levels', 'share', 'balance']
 * ```
 *
 * @category Figures
 */
export type RelationKind =
  | 'parts-sum'
  | 'growth-levels'
  | 'growth-components'
  | 'share'
  | 'balance';

/**
 * What {@link reconcile} concludes about one relation. `consistent`: some values within every
 * figure's precision satisfy it (it does not prove the figures right); `inconsistent`: no such
 * values exist, even counting rounding boundaries as reachable; `cannot-check`: a figure it
 * needs was not stated (or is too coarse to divide by).
 *
 * @example
 * ```ts
 * const nineMonths = vietnamLaos.statements.filter((s) => s.period === '2024-01/2024-09');
 * const verdicts: Verdict[] = reconcile(nineMonths).relations.map((r) => r.verdict);
 * verdicts;
 * //=> ['consistent', 'consistent', 'cannot-check', 'cannot-check', 'cannot-check', 'consistent']
 * ```
 *
 * @category Figures
 */
export type Verdict = 'consistent' | 'inconsistent' | 'cannot-check';

/**
 * An interval with what it is and its unit (`'USD'`, or `'%'` for rates).
 *
 * @example
 * ```ts
 * const nineMonths = vietnamLaos.statements.filter((s) => s.period === '2024-01/2024-09');
 * const [sum] = reconcile(nineMonths).relations;
 * const derived: LabelledInterval | undefined = sum.derived;
 * [derived?.label, derived?.unit];
 * //=> ['exports + imports 2024-01/2024-09', 'USD']
 * derived && formatInterval(derived.interval, { unit: '1e6' });
 * //=> '[991.85, 1991.95)'
 * ```
 *
 * @category Figures
 */
export interface LabelledInterval {
  readonly label: string;
  readonly unit: string;
  readonly interval: Interval;
}

/**
 * One relation between statements, checked.
 *
 * @example
 * ```ts
 * const seed003Statements = vietnamLaos.statements.filter((s) => s.source.startsWith('seed-003'));
 * const [sum] = reconcile(seed003Statements).relations;
 * sum.kind;
 * //=> 'parts-sum'
 * sum.verdict;
 * //=> 'consistent'
 * sum.explanation;
 * //=> 'Exports US$159.6 M [159.55, 159.65) plus imports US$179 M [178.5, 179.5) make [338.05, 339.15) M; the stated turnover US$338.6 M [338.55, 338.65) lies inside: consistent.'
 * ```
 *
 * @category Figures
 */
export interface Relation {
  readonly kind: RelationKind;
  readonly verdict: Verdict;
  /** The statements involved, in the order the explanation names them. */
  readonly statementIds: readonly string[];
  readonly reporter: string;
  readonly partner: string;
  /** The period text of the statements checked. */
  readonly period: string;
  /** The currency of the amounts involved, when there are any. */
  readonly currency?: string;
  /** Every interval used or computed, inputs first. */
  readonly intervals: readonly LabelledInterval[];
  /** What the other statements imply for the claim. */
  readonly derived?: LabelledInterval;
  /** The claim itself (absent for a surplus/deficit claim without an amount). */
  readonly stated?: LabelledInterval;
  /**
   * The tolerance used: how far apart the middles of `derived` and `stated` may lie while still
   * agreeing (the sum of their half-widths, all from the stated precisions). For a bare
   * surplus/deficit claim, the half-width of the balance interval.
   */
  readonly tolerance?: Decimal;
  /** How far apart the middles of `derived` and `stated` lie; agreement needs ≤ `tolerance`. */
  readonly deviation?: Decimal;
  /** The check in plain words, with the intervals, ending with the verdict. */
  readonly explanation: string;
}

/**
 * A value implied by statements but not stated: the same period a year earlier (from a level and
 * its growth), a whole (from a part and its share), or a missing part (turnover minus the other
 * part).
 *
 * @example
 * ```ts
 * const seed003Statements = vietnamLaos.statements.filter((s) => s.source.startsWith('seed-003'));
 * const previous = reconcile(seed003Statements).implied.find((value) => value.subject === 'exports');
 * previous?.period;
 * //=> '2020-Q1'
 * previous?.explanation;
 * //=> 'Exports US$159.6 M up 6.4 % imply 2020-Q1 exports of about US$150 M, within (149.882, 150.118) M.'
 * ```
 *
 * @category Figures
 */
export interface ImpliedValue {
  readonly kind: 'previous' | 'whole' | 'part';
  readonly reporter: string;
  readonly partner: string;
  readonly subject: 'turnover' | 'exports' | 'imports';
  readonly period: string;
  readonly figure: AmountFigure;
  readonly statementIds: readonly string[];
  readonly explanation: string;
}

/**
 * What {@link reconcile} found: every relation it could form, the values the statements imply,
 * and the count of each verdict.
 *
 * @example
 * ```ts
 * const nineMonths = vietnamLaos.statements.filter((s) => s.period === '2024-01/2024-09');
 * const report: ReconcileReport = reconcile(nineMonths);
 * report.counts;
 * //=> { consistent: 3, inconsistent: 0, 'cannot-check': 3 }
 * report.implied[0]?.explanation;
 * //=> 'Turnover US$1.5 B up 25.5 % implies 2023-01/2023-09 turnover of about US$1.2 B, within (1.15491, 1.23556) B.'
 * ```
 *
 * @category Figures
 */
export interface ReconcileReport {
  readonly relations: readonly Relation[];
  readonly implied: readonly ImpliedValue[];
  readonly counts: Readonly<Record<Verdict, number>>;
}
