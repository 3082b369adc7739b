import type { RankedCrossing } from '../infrastructure/index.js';
import { computedJson } from './json-numbers.js';
import { reconcileJson } from './reconcile-json.js';
import type { Report } from './report.js';

function rankedJson(crossing: RankedCrossing) {
  return {
    ...crossing,
    score: computedJson(crossing.score),
    terms: crossing.terms.map((term) => ({
      ...term,
      weight: computedJson(term.weight),
      normalized: computedJson(term.normalized),
      contribution: computedJson(term.contribution),
    })),
  };
}

/**
 * The report as `bilateral report --json` gives it: the {@link Report} with its reconciliation
 * and crossing ranking in the JSON units of docs/cli.md (rates as fractions, computed numbers to
 * twelve significant digits).
 */
export function reportJson(report: Report) {
  return {
    ...report,
    reconciliation: reconcileJson(report.reconciliation),
    infrastructure:
      report.infrastructure === null
        ? null
        : { ...report.infrastructure, ranking: report.infrastructure.ranking.map(rankedJson) },
  };
}
