import { calendarDateProblem } from '../_internal/calendar-date.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { invalidInput } from '../_internal/invalid-input.js';
import { describeInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { isRecord } from '../_internal/wrong-argument.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { checkPeriod } from '../period/check-period.js';
import { formatPeriod } from '../period/format-period.js';
import type { Period } from '../period/period.js';
import { assertCurrency } from './currency.js';

/**
 * What an exchange rate stands for: the average over its period (what statistics offices use for
 * flows) or the rate at the end of the period or on the day (what balance sheets use).
 *
 * @example
 * ```ts
 * const kind: RateKind = 'period-average';
 * ```
 *
 * @category Money
 */
export type RateKind = 'period-average' | 'end-of-period';

/**
 * One row of a rate table: `rate` units of `to` buy one unit of `from`, for a `period` (e.g. the
 * 2024 annual average) or on a `date` (`YYYY-MM-DD`) — exactly one of the two. `source` is the id
 * of the publication the rate comes from. Tables are the caller's data;
 * `ANNUAL_AVERAGE_RATES` is the one the library embeds, each rate cited.
 *
 * @example
 * ```ts
 * const usdVnd2024: ExchangeRate = {
 *   from: 'USD', to: 'VND', period: { kind: 'year', year: 2024 },
 *   rate: '25000', kind: 'period-average', source: 'my-central-bank-2024',
 * };
 * ```
 *
 * @category Money
 */
export interface ExchangeRate {
  /** The currency one unit of which the rate prices (ISO 4217). */
  readonly from: string;
  /** The currency the rate is written in (ISO 4217). */
  readonly to: string;
  /** The period the rate covers; absent when the rate is dated a day. */
  readonly period?: Period;
  /** The day of the rate, `YYYY-MM-DD`; absent when the rate covers a period. */
  readonly date?: string;
  /** Units of `to` per one unit of `from`: positive, exact (text, Decimal or a finite number). */
  readonly rate: DecimalInput;
  /** Whether the rate is the period's average or the rate at its end (or on the day). */
  readonly kind: RateKind;
  /** Id of the source of the rate. */
  readonly source: string;
}

/** A rate table row once checked: its rate a Decimal, its date or period as a text key. */
export interface CheckedRate {
  readonly from: string;
  readonly to: string;
  /** `formatPeriod(period)` or the date. */
  readonly when: string;
  readonly rate: Decimal;
  readonly kind: RateKind;
  readonly source: string;
}

const KINDS: readonly string[] = ['period-average', 'end-of-period'];

/** Checks a day given as `YYYY-MM-DD`. @throws BilateralError `INVALID_INPUT` */
export function checkRateDate(value: unknown, path: IssuePath): string {
  const problem =
    typeof value !== 'string'
      ? `expected a date YYYY-MM-DD, got ${describeInput(value)}`
      : !/^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${describeInput(value)} must be a day, YYYY-MM-DD`
        : calendarDateProblem(value);
  if (problem !== undefined) invalidInput(path, problem);
  return value as string;
}

/** Checks a rate kind. @throws BilateralError `INVALID_INPUT` */
export function checkRateKind(value: unknown, path: IssuePath): RateKind {
  if (typeof value !== 'string' || !KINDS.includes(value)) {
    invalidInput(path, `expected 'period-average' or 'end-of-period', got ${describeInput(value)}`);
  }
  return value as RateKind;
}

/**
 * Checks one row of a rate table given as data: currencies, exactly one of period and date (none:
 * `UNDATED_RATE` naming the pair), a positive rate in range, a kind and a source id.
 *
 * @throws BilateralError `INVALID_INPUT`, `INVALID_CURRENCY`, `INVALID_PERIOD`, `OUT_OF_RANGE`,
 * `UNDATED_RATE`
 */
export function checkRate(value: unknown, path: IssuePath): CheckedRate {
  if (!isRecord(value)) {
    invalidInput(
      path,
      `expected a rate { from, to, period or date, rate, kind, source }, got ${describeInput(value)}`,
    );
  }
  const row = value as Partial<Record<keyof ExchangeRate, unknown>>;
  for (const field of ['from', 'to'] as const) {
    try {
      assertCurrency(row[field]);
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      throw new BilateralError(error.code, [
        { path: [...path, field], message: error.issues[0]?.message ?? error.message },
      ]);
    }
  }
  const pair = `${row.from as string}→${row.to as string}`;
  if (row.period !== undefined && row.date !== undefined) {
    invalidInput(path, `the ${pair} rate has both a period and a date; give one`);
  }
  let when: string;
  if (row.period !== undefined) when = formatPeriod(checkPeriod(row.period, [...path, 'period']));
  else if (row.date !== undefined) when = checkRateDate(row.date, [...path, 'date']);
  else {
    throw new BilateralError('UNDATED_RATE', [
      {
        path,
        message: `the ${pair} rate has neither a period nor a date: every rate must be dated`,
      },
    ]);
  }
  const rate = toDecimal(row.rate as DecimalInput, [...path, 'rate']);
  if (!rate.gt(0)) {
    invalidInput(
      [...path, 'rate'],
      `the ${pair} rate for ${when} must be positive, got ${rate.toString()}`,
    );
  }
  if (row.from === row.to && !rate.eq(1)) {
    invalidInput(
      [...path, 'rate'],
      `the ${pair} rate for ${when} is ${rate.toString()}: a currency converts to itself at 1 (is "to" the other currency?)`,
    );
  }
  const kind = checkRateKind(row.kind, [...path, 'kind']);
  if (typeof row.source !== 'string' || row.source === '') {
    invalidInput([...path, 'source'], `the ${pair} rate for ${when} needs the id of its source`);
  }
  return { from: row.from as string, to: row.to as string, when, rate, kind, source: row.source };
}
