// The root entry's check of the statements a series reads (`datasetSeriesWith`), apart from
// `checked-dataset-series.ts`, which reads the plain decimal text of a parsed or compact dataset
// with `new Decimal`, so that an app drawing build-checked data loads neither the currency check
// nor `toDecimal` and their messages.
import type { DecimalInput } from '../_internal/decimal.js';
import { isDecimalText } from '../_internal/decimal-text.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Statement } from '../figures/statement.js';
import { assertCurrency } from '../money/currency.js';
import { readPeriodText } from '../period/read-period-text.js';
import type { CheckedDatasetSeriesRequest } from './checked-dataset-series.js';
import type { Dataset } from './dataset.js';
import { seriesReads, subjectStatements } from './statement-index.js';

/**
 * A statement's decimal (text, a number or a Decimal) checked at `path` as `toDecimal` reads it,
 * as the text `checkedDatasetSeries` reads with `new Decimal`: plain text as it is (a rate's text
 * shows in a derivation), anything else — a number, a Decimal, text with spaces or an exponent, a
 * negative zero — as the digits of its value.
 */
function asText(value: unknown, path: IssuePath): string {
  const decimal = toDecimal(value as DecimalInput, path);
  const plain =
    typeof value === 'string' &&
    isDecimalText(value) &&
    !(decimal.isZero() && value.startsWith('-'));
  return plain ? value : decimal.toFixed();
}

/**
 * `check()`, or its {@link BilateralError} with every path under `field` of the statement at its
 * place in `statements` (`['statements', index, field, …]`, as `parseDataset` names it).
 */
function under<T>(
  statements: readonly Statement[],
  statement: Statement,
  field: 'amount' | 'rate',
  check: () => T,
): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    const at = ['statements', statements.indexOf(statement), field];
    throw new BilateralError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
    );
  }
}

/**
 * The dataset with the statements `checkedDatasetSeries` reads for a request — its subject's level
 * statements, and with implied bases its growth statements, of the request's period kind and
 * source — checked as the series read them when they went through Money (a level statement's
 * currency as `money` checks it; its value, its precision and a growth rate's value as `toDecimal`
 * reads them) and written as the plain decimal text that `checkedDatasetSeries` reads exactly (see
 * `asText`). Statements the series does not read (other pairs, measures, commodities, period
 * kinds or sources) are not checked.
 *
 * @param dataset - a dataset whose `statements` is an array
 * @param checked - a request `checkSeriesRequest` gave, with whether to imply bases
 * @returns `dataset`, or a copy whose read statements give their decimals as plain text
 * @throws {@link BilateralError} `INVALID_CURRENCY`, `INVALID_DECIMAL` or `OUT_OF_RANGE` at the
 *   statement's field: `['statements', index, 'amount', 'currency' | 'value' | 'precision']`,
 *   `['statements', index, 'rate', 'value']`
 *
 * @example
 * ```ts
 * const [level] = vietnamLaos.statements.filter((statement) => statement.kind === 'level');
 * const bad = { ...vietnamLaos, statements: [{ ...level, amount: { ...level.amount, currency: 'usd' } }] };
 * withCheckedStatements(bad, { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' });
 * // throws BilateralError [INVALID_CURRENCY]: statements[0].amount.currency: "usd" is not an ISO 4217 currency code …
 * ```
 */
export function withCheckedStatements(
  dataset: Dataset,
  checked: CheckedDatasetSeriesRequest,
): Dataset {
  if (checked.commodity !== undefined) return dataset;
  const { statements } = dataset;
  const about = subjectStatements(statements, checked.reporter, checked.partner, checked.measure);
  const read = (statement: Statement) =>
    seriesReads(checked, statement, (each) => readPeriodText(each.period));
  const written = new Map<Statement, Statement>();
  for (const statement of about.level.filter(read)) {
    const amount = under(statements, statement, 'amount', () => {
      const { value, currency, precision } = statement.amount ?? {};
      const precisionText = precision === undefined ? undefined : asText(precision, ['precision']);
      assertCurrency(currency);
      const valueText = asText(value, ['value']);
      return valueText === value && precisionText === precision
        ? undefined
        : {
            ...statement.amount,
            value: valueText,
            ...(precisionText === undefined ? {} : { precision: precisionText }),
          };
    });
    if (amount !== undefined) written.set(statement, { ...statement, amount });
  }
  if (checked.impliedBases) {
    for (const statement of about.growth.filter(read)) {
      const value = statement.rate?.value;
      const text = under(statements, statement, 'rate', () => asText(value, ['value']));
      if (text !== value)
        written.set(statement, { ...statement, rate: { ...statement.rate, value: text } });
    }
  }
  if (written.size === 0) return dataset;
  return { ...dataset, statements: statements.map((each) => written.get(each) ?? each) };
}
