import type { RankedCrossing } from '../infrastructure/index.js';
import { growthMarkText } from './growth-marks.js';
import { computedJson } from './json-numbers.js';
import { reconcileJson } from './reconcile-json.js';
import type { InfrastructureSection, Report } from './report.js';
import { REPORT_WORDS } from './report-words/index.js';

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
 * The report as `bilateral report --json` gives it: the {@link Report} with its growth rows' marks
 * in English words, its reconciliation
 * and crossing ranking in the JSON units of docs/cli.md (rates as fractions, computed numbers to
 * twelve significant digits).
 */
export function reportJson(report: Report) {
  return {
    ...report,
    growth:
      report.growth === null
        ? null
        : {
            ...report.growth,
            rows: report.growth.rows.map((row) => ({
              ...row,
              marks: row.marks.map((mark) => growthMarkText(mark, REPORT_WORDS.en)),
            })),
          },
    reconciliation: reconcileJson(report.reconciliation),
    infrastructure:
      report.infrastructure === null ? null : infrastructureJson(report.infrastructure),
  };
}

/** The crossings section without the names the text report writes the ranking in. */
function infrastructureJson({ names: _names, ...section }: InfrastructureSection) {
  return { ...section, ranking: section.ranking.map(rankedJson) };
}
