import * as z from 'zod/mini';
import { getOrCreate } from '../_internal/get-or-create.js';
import { SourceIdSchema } from '../_internal/id-schemas.js';
import { mustBe } from '../_internal/must-be.js';
import { issuesFromZod, parseWithSchema } from '../_internal/zod-issues.js';
import {
  BilateralError,
  type BilateralIssue,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { parsePeriod } from '../period/parse-period.js';
import { PeriodTextSchema } from '../period/period-schema.js';
import { CurrencyCodeSchema, decimalStringWhere } from './money-schema.js';
import { checkRate, type ExchangeRate } from './rate-table.js';

const RateJsonSchema = z.object({
  from: CurrencyCodeSchema,
  to: CurrencyCodeSchema,
  period: z.optional(PeriodTextSchema),
  date: z.optional(z.string()),
  // checkRate says it of a string, with the pair and period.
  rate: decimalStringWhere((text) => Number(text) > 0, 'a rate must be positive', {
    checkedLater: true,
  }),
  kind: z.enum(['period-average', 'end-of-period']),
  source: SourceIdSchema,
});

/**
 * The JSON form of a rate table: an array of `{ from, to, period or date, rate, kind, source }`,
 * the period as text (`"2024"`, `"2024-Q3"`), the date `YYYY-MM-DD`, the rate a decimal string.
 *
 * @example
 * ```ts
 * RateTableSchema.safeParse([{ from: 'USD', to: 'VND', period: '2024', rate: '25000',
 *   kind: 'period-average', source: 'my-central-bank-2024' }]).success;
 * //=> true
 * ```
 *
 * @category Money
 */
export const RateTableSchema = z.array(RateJsonSchema);

/**
 * The JSON form of a rate table, as {@link RateTableSchema} describes it.
 *
 * @example
 * ```ts
 * const json: RateTableJson = [{ from: 'USD', to: 'LAK', date: '2024-12-31', rate: '21900',
 *   kind: 'end-of-period', source: 'my-bank-2024-12-31' }];
 * ```
 *
 * @category Money
 */
export type RateTableJson = z.infer<typeof RateTableSchema>;

/** What is not an array is told what a table is. */
const TABLE_ROWS = z.array(z.unknown(), {
  error: (issue) =>
    mustBe('a JSON array of rates, each { from, to, period or date, rate, kind, source }', [
      issue.input,
    ]),
});

/**
 * Reads a rate table from its JSON form: each row's currencies, its period (text) or day, a
 * positive decimal rate, its kind and the id of its source. A row with neither a period nor a
 * date is refused (`UNDATED_RATE`); two rows for the same pair, date and kind are allowed here
 * and refused by {@link convert} when that rate is asked for (`AMBIGUOUS_RATE`).
 *
 * @param input - the parsed JSON of the table
 * @returns the rates, periods read, rates exact
 * @throws {@link BilateralError} with every row's problems: `INVALID_INPUT` naming each bad
 * field (a rate that is not positive too); `UNDATED_RATE` naming the pair of each row with no
 * date, when all the problems are such rows
 *
 * @example
 * ```ts
 * const rates = parseRateTable([{ from: 'USD', to: 'VND', period: '2024', rate: '25000',
 *   kind: 'period-average', source: 'my-central-bank-2024' }]);
 * convert(money('2', 'USD'), 'VND', { period: parsePeriod('2024'), rates }).amount.toString();
 * //=> '50000'
 * ```
 *
 * @category Money
 */
export function parseRateTable(input: unknown): ExchangeRate[] {
  const rows = parseWithSchema(TABLE_ROWS, input, 'INVALID_INPUT');
  // The rows' fields checked in one pass: one zod error for a table of 100,000 bad rows, where
  // an error per row took a second and a half of CPU.
  const checked = RateTableSchema.safeParse(rows);
  const fieldIssues = new Map<number, BilateralIssue[]>();
  for (const issue of checked.success ? [] : issuesFromZod(checked.error.issues, rows)) {
    getOrCreate(fieldIssues, issue.path[0] as number, () => []).push(issue);
  }
  const rates: ExchangeRate[] = [];
  const failures: Pick<BilateralError, 'code' | 'issues'>[] = [];
  rows.forEach((row, index) => {
    const issues = fieldIssues.get(index);
    if (issues !== undefined) {
      failures.push({ code: 'INVALID_INPUT', issues });
      return;
    }
    try {
      // A good row of a table with bad ones is read again on its own.
      rates.push(readRate(checked.data?.[index] ?? RateJsonSchema.parse(row), index));
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      failures.push(error);
    }
  });
  const [first] = failures;
  if (first === undefined) return rates;
  // Every row's problems; one code where they share it (UNDATED_RATE), else INVALID_INPUT.
  const code = failures.every((failure) => failure.code === first.code)
    ? first.code
    : 'INVALID_INPUT';
  throw new BilateralError(
    code,
    failures.flatMap((failure) => failure.issues),
  );
}

/** Row `index` of a rate table, its fields checked: its period read, its rate's own checks. */
function readRate(row: z.infer<typeof RateJsonSchema>, index: number): ExchangeRate {
  const { period, date, ...rest } = row;
  const rate: ExchangeRate = {
    ...rest,
    ...(period === undefined ? {} : { period: parsePeriod(period, [index, 'period']) }),
    ...(date === undefined ? {} : { date }),
  };
  const checked = checkRate(rate, [index]);
  return Object.freeze({ ...rate, rate: checked.rate });
}

/**
 * The result form of {@link parseRateTable}.
 *
 * @param input - the parsed JSON of the table
 * @returns `{ success: true, data }` or `{ success: false, error }` with the BilateralError
 *
 * @example
 * ```ts
 * const result = safeParseRateTable([{ from: 'USD', to: 'VND', rate: '25000',
 *   kind: 'period-average', source: 'my-central-bank-2024' }]);
 * result.success ? null : result.error.code;
 * //=> 'UNDATED_RATE'
 * ```
 *
 * @category Money
 */
export function safeParseRateTable(input: unknown): SafeParseResult<ExchangeRate[]> {
  return toSafeParse(() => parseRateTable(input));
}
