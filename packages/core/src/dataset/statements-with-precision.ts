// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { amountFromJson } from '../figures/_from-json.js';
import type { Statement } from '../figures/statement.js';

/**
 * The statements with every level statement's amount carrying its `precision`: the one given, or
 * the one its text shows ("US$1.5 billion": 100000000), as `bilateral report` reads it
 * (`amountFromJson`). The same figures, read without the text: {@link datasetSeries} then parses
 * no published-figure text. A lower bound is the statement's own (`rounding: 'truncate'` and
 * `bound`, which `parseDataset` records from the text; `'more-than'` where the text states none, as
 * the report words it), so a series point can say "more than" or "at least" without reading it.
 * Other statements, and a level that gives its precision and is no such bound, are kept as they
 * are.
 */
export function statementsWithPrecision(statements: readonly Statement[]): Statement[] {
  return statements.map((statement) => {
    if (statement.kind !== 'level') return statement;
    const { amount } = statement;
    // A truncated figure whose words state no bound is one "more than" it, as the report words it.
    const unstated = amount.rounding === 'truncate' && amount.bound === undefined;
    if (amount.precision !== undefined && !unstated) return statement;
    return {
      ...statement,
      amount: {
        ...amount,
        precision: amount.precision ?? amountFromJson(amount).precision.toFixed(),
        ...(unstated ? { bound: 'more-than' as const } : {}),
      },
    };
  });
}
