// The root entry's check of the statements a series reads (`datasetSeriesWith`), apart from
// `checked-dataset-series.ts`, which reads the plain decimal text of a parsed or compact dataset
// with `new Decimal`, so that an app drawing build-checked data loads neither the currency check
// nor `toDecimal` and their messages.
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { isDecimalText } from '../_internal/decimal-text.js';
import { describeInput } from '../_internal/quote-input.js';
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

/** An `INVALID_FIGURE` error at `path`, as `publishedAmount` words it. */
const invalidFigure = (path: IssuePath, message: string) =>
  new BilateralError('INVALID_FIGURE', [{ path, message }]);

/** Refuses a figure's `text` that is not text as published (`parseDataset` wants it). */
function checkText(text: unknown): void {
  if (typeof text !== 'string' || text === '') {
    throw invalidFigure(
      ['text'],
      `expected the text of a figure as published, got ${describeInput(text)}`,
    );
  }
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
 * source — checked as `parseDataset` and `datasetFromCompact` check them (a level statement's
 * currency as `money` checks it; its value, its precision and a growth rate's value as `toDecimal`
 * reads them; a figure's text as published; an amount not negative (a negative zero is 0), a
 * precision greater than 0 and not coarser than an amount other than 0, and a rate not below
 * −100) and written as the plain decimal text that `checkedDatasetSeries` reads exactly (see
 * `asText`); a level statement without a precision has its text read by `shownPrecision`.
 * Statements the series does not read (other pairs, measures, commodities, period kinds or
 * sources) are not checked; a statement whose period is not period text is left to
 * `checkedDatasetSeries`, which refuses it at `['statements', index, 'period']`.
 *
 * @param dataset - a dataset whose `statements` is an array
 * @param checked - a request `checkSeriesRequest` gave, with whether to imply bases
 * @param shownPrecision - the rounding step a level statement's text shows (see
 *   `datasetSeriesWith`); called only for a statement the series reads that gives no precision
 * @returns `dataset`, or a copy whose read statements give their decimals as plain text
 * @throws {@link BilateralError} `INVALID_INPUT` at `['statements', index]` for a statement that
 *   is not an object; `INVALID_CURRENCY`, `INVALID_DECIMAL`, `OUT_OF_RANGE` or `INVALID_FIGURE`
 *   (no text, a negative value, a precision not greater than 0 or coarser than the value, a rate
 *   below −100) at the statement's field:
 *   `['statements', index, 'amount', 'currency' | 'value' | 'precision' | 'text']`,
 *   `['statements', index, 'rate', 'value' | 'text']`; what `shownPrecision` throws, its path under
 *   `['statements', index, 'amount']`
 *
 * @example
 * ```ts
 * const [level] = vietnamLaos.statements.filter((statement) => statement.kind === 'level');
 * const bad = { ...vietnamLaos, statements: [{ ...level, amount: { ...level.amount, currency: 'usd' } }] };
 * withCheckedStatements(bad, { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' }, shownPrecision);
 * // throws BilateralError [INVALID_CURRENCY]: statements[0].amount.currency: "usd" is not an ISO 4217 currency code …
 * ```
 */
export function withCheckedStatements(
  dataset: Dataset,
  checked: CheckedDatasetSeriesRequest,
  shownPrecision: (text: string, currency: string) => Decimal,
): Dataset {
  if (checked.commodity !== undefined) return dataset;
  const { statements } = dataset;
  statements.forEach((statement: unknown, index) => {
    if (typeof statement !== 'object' || statement === null) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['statements', index],
          message: `expected a statement, got ${describeInput(statement)}`,
        },
      ]);
    }
  });
  const about = subjectStatements(statements, checked.reporter, checked.partner, checked.measure);
  // Text only: `readPeriodText` would read the number 2017 (or `['2017']`) as the year 2017.
  const read = (statement: Statement) =>
    seriesReads(checked, statement, (each) =>
      typeof each.period === 'string' ? readPeriodText(each.period) : undefined,
    );
  const written = new Map<Statement, Statement>();
  for (const statement of about.level.filter(read)) {
    const amount = under(statements, statement, 'amount', () => {
      const { value, currency, precision, text } = statement.amount ?? {};
      const precisionText = precision === undefined ? undefined : asText(precision, ['precision']);
      assertCurrency(currency);
      const valueText = asText(value, ['value']);
      checkText(text);
      if (valueText.startsWith('-')) {
        throw invalidFigure(['value'], `${valueText}: a published amount cannot be negative`);
      }
      const step = precisionText === undefined ? undefined : toDecimal(precisionText);
      if (step !== undefined && !step.gt(0)) {
        throw invalidFigure(
          ['precision'],
          `the precision must be greater than 0, got ${precisionText}`,
        );
      }
      if (step?.gt(valueText) && !toDecimal(valueText).isZero()) {
        throw invalidFigure(
          ['precision'],
          `a rounding step of ${precisionText} is coarser than the value ${valueText} it rounds`,
        );
      }
      // Read here for the error's path only (checkedDatasetSeries reads it again): writing it
      // would copy the statements, and their index, at every call for a parsed dataset.
      if (precisionText === undefined) shownPrecision(text as string, currency);
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
      const text = under(statements, statement, 'rate', () => {
        const read = asText(value, ['value']);
        checkText(statement.rate?.text);
        if (toDecimal(read).lt(-100)) {
          throw invalidFigure(['value'], `${read}: a trade value cannot fall by more than 100 %`);
        }
        return read;
      });
      if (text !== value)
        written.set(statement, { ...statement, rate: { ...statement.rate, value: text } });
    }
  }
  if (written.size === 0) return dataset;
  return { ...dataset, statements: statements.map((each) => written.get(each) ?? each) };
}
