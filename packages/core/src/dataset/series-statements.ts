// The root entry's check of the statements a series reads (`datasetSeriesWith`), apart from
// `checked-dataset-series.ts`, which reads the decimal text of a parsed or compact dataset
// without it, so that an app drawing build-checked data loads neither `money` nor `toDecimal`.
import { toDecimal } from '../_internal/to-decimal.js';
import type { Statement } from '../figures/statement.js';
import { money } from '../money/money.js';
import type { CheckedDatasetSeriesRequest } from './checked-dataset-series.js';
import type { Dataset } from './dataset.js';
import { subjectStatements } from './statement-index.js';

/** A statement's decimal (text, a number or a Decimal) as decimal text, checked at `path`. */
const asText = (value: unknown, path: readonly string[]): string =>
  typeof value === 'string' ? value : toDecimal(value as string, path).toFixed();

/**
 * The dataset with the statements `checkedDatasetSeries` reads for a request checked as the
 * series read them when they went through Money: a level statement's value and currency with
 * `money`, its precision and a growth rate's value with `toDecimal` (a number or a Decimal is
 * accepted and handed on as its decimal text, as `money` reads it). Statements about other
 * pairs, measures or commodities are not read, so not checked.
 *
 * @param dataset - a dataset whose `statements` is an array
 * @param checked - a request `checkSeriesRequest` gave, with whether to imply bases
 * @returns `dataset`, or a copy whose read statements give their decimals as text
 * @throws {@link BilateralError} `INVALID_CURRENCY` (path `['currency']`), `INVALID_DECIMAL` or
 *   `OUT_OF_RANGE` (paths `['amount']`, `['amount', 'precision']`, `['rate', 'value']`)
 *
 * @example
 * ```ts
 * const [level] = vietnamLaos.statements.filter((statement) => statement.kind === 'level');
 * const bad = { ...vietnamLaos, statements: [{ ...level, amount: { ...level.amount, currency: 'usd' } }] };
 * withCheckedStatements(bad, { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' });
 * // throws BilateralError [INVALID_CURRENCY]: currency: "usd" is not an ISO 4217 currency code …
 * ```
 */
export function withCheckedStatements(
  dataset: Dataset,
  checked: CheckedDatasetSeriesRequest,
): Dataset {
  if (checked.commodity !== undefined) return dataset;
  const { level, growth } = subjectStatements(
    dataset.statements,
    checked.reporter,
    checked.partner,
    checked.measure,
  );
  const written = new Map<Statement, Statement>();
  for (const statement of level) {
    const { value, currency, precision } = statement.amount ?? {};
    if (precision !== undefined) asText(precision, ['amount', 'precision']);
    money(value, currency);
    if (typeof value !== 'string' || (precision !== undefined && typeof precision !== 'string')) {
      const amount = {
        ...statement.amount,
        value: asText(value, ['amount']),
        ...(precision === undefined ? {} : { precision: asText(precision, []) }),
      };
      written.set(statement, { ...statement, amount });
    }
  }
  if (checked.impliedBases) {
    for (const statement of growth) {
      const value = statement.rate?.value;
      const text = asText(value, ['rate', 'value']);
      if (text !== value)
        written.set(statement, { ...statement, rate: { ...statement.rate, value: text } });
    }
  }
  if (written.size === 0) return dataset;
  return { ...dataset, statements: dataset.statements.map((each) => written.get(each) ?? each) };
}
