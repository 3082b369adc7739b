// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { shownPrecision } from '../figures/_shown-precision.js';
import type { Statement } from '../figures/statement.js';

/**
 * The statements with every level statement's amount carrying its `precision`: the one given, or
 * the one its text shows ("US$1.5 billion": 100000000). The same figures, read without the text:
 * {@link datasetSeries} then parses no published-figure text. Other statements are kept as they are.
 */
export function statementsWithPrecision(statements: readonly Statement[]): Statement[] {
  return statements.map((statement) =>
    statement.kind !== 'level' || statement.amount.precision !== undefined
      ? statement
      : {
          ...statement,
          amount: {
            ...statement.amount,
            precision: shownPrecision(statement.amount.text, statement.amount.currency).toFixed(),
          },
        },
  );
}
