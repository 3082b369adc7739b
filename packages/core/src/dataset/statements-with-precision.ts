// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { amountFromJson } from '../figures/_from-json.js';
import type { Statement } from '../figures/statement.js';

/**
 * The statements with every level statement's amount carrying its `precision`: the one given, or
 * the one its text shows ("US$1.5 billion": 100000000), and `rounding: 'truncate'` when the text
 * is a lower bound ("more than US$565 million": 565 to 566 million), unless a rounding was given:
 * the amount as `bilateral report` reads it (`amountFromJson`), precision given or not. The same
 * figures, read without the text: {@link datasetSeries} then parses no published-figure text, and
 * a series point can say "more than". Other statements, and a level that gives its precision and
 * whose text does not read as a lower bound (it need not be readable), are kept as they are.
 */
export function statementsWithPrecision(statements: readonly Statement[]): Statement[] {
  return statements.map((statement) => {
    if (statement.kind !== 'level') return statement;
    const { amount } = statement;
    const read = amountFromJson(amount);
    const truncate = amount.rounding === undefined && read.rounding === 'truncate';
    if (amount.precision !== undefined && !truncate) return statement;
    return {
      ...statement,
      amount: {
        ...amount,
        precision: amount.precision ?? read.precision.toFixed(),
        ...(truncate ? { rounding: 'truncate' as const } : {}),
      },
    };
  });
}
