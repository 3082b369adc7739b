import type { Decimal } from '../_internal/decimal.js';
import type {
  ImpliedValue,
  Interval,
  LabelledInterval,
  ReconcileReport,
  Relation,
} from '../figures/index.js';
import { computedJson } from './json-numbers.js';

/**
 * The unit of a labelled interval in `--json`: its currency, or `fraction` where the library
 * says `%` (rates and shares are fractions in `--json`: 0.085 for 8.5 %).
 */
const isPercent = (labelled: LabelledInterval | undefined) => labelled?.unit === '%';

/** A number of the reconciliation in the JSON unit: divided by 100 when it is in percent. */
function numberJson(value: Decimal, percent: boolean): string {
  return computedJson(percent ? value.div(100) : value);
}

function intervalJson(interval: Interval, percent: boolean) {
  return {
    lo: numberJson(interval.lo, percent),
    hi: numberJson(interval.hi, percent),
    bounds: `${interval.loClosed ? '[' : '('}${interval.hiClosed ? ']' : ')'}`,
  };
}

function labelledJson(labelled: LabelledInterval | undefined) {
  if (labelled === undefined) return undefined;
  const percent = isPercent(labelled);
  return {
    label: labelled.label,
    unit: percent ? 'fraction' : labelled.unit,
    ...intervalJson(labelled.interval, percent),
  };
}

function relationJson(relation: Relation) {
  // Tolerance and deviation are in the unit of what is compared.
  const percent = isPercent(relation.derived ?? relation.stated);
  const number = (value: Decimal | undefined) =>
    value === undefined ? undefined : numberJson(value, percent);
  return {
    kind: relation.kind,
    verdict: relation.verdict,
    statementIds: relation.statementIds,
    reporter: relation.reporter,
    partner: relation.partner,
    period: relation.period,
    currency: relation.currency,
    stated: labelledJson(relation.stated),
    derived: labelledJson(relation.derived),
    tolerance: number(relation.tolerance),
    deviation: number(relation.deviation),
    intervals: relation.intervals.map(labelledJson),
    explanation: relation.explanation,
  };
}

function impliedJson(value: ImpliedValue) {
  return {
    kind: value.kind,
    reporter: value.reporter,
    partner: value.partner,
    subject: value.subject,
    period: value.period,
    value: computedJson(value.figure.value),
    currency: value.figure.currency,
    interval: intervalJson(value.figure.interval, false),
    statementIds: value.statementIds,
    explanation: value.explanation,
  };
}

/**
 * A reconciliation as `--json` gives it, in `bilateral reconcile` and in `bilateral report`
 * alike: intervals as `{ lo, hi, bounds }`, rates as fractions, computed numbers to
 * {@link computedJson}'s digits.
 */
export function reconcileJson(report: ReconcileReport) {
  return {
    counts: report.counts,
    relations: report.relations.map(relationJson),
    implied: report.implied.map(impliedJson),
  };
}
