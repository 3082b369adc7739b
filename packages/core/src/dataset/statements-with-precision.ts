// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { amountFromJson } from '../figures/_from-json.js';
import type { Statement } from '../figures/statement.js';

/**
 * The statements with every level statement's amount carrying its `precision`: the one given, or
 * the one its text shows ("US$1.5 billion": 100000000), as `bilateral report` reads it
 * (`amountFromJson`). The same figures, read without the text: {@link datasetSeries} then parses
 * no published-figure text. A lower bound is the statement's own `rounding: 'truncate'` and
 * `bound`, which `parseDataset` records (`statementWithBound`), written as it is, so a series point
 * can say "more than" or "at least" without reading the text. Other statements, and a level that
 * gives its precision, are kept as they are.
 */
export function statementsWithPrecision(statements: readonly Statement[]): Statement[] {
  return statements.map((statement) => {
    if (statement.kind !== 'level' || statement.amount.precision !== undefined) return statement;
    const precision = amountFromJson(statement.amount).precision.toFixed();
    return { ...statement, amount: { ...statement.amount, precision } };
  });
}
