import type { Decimal } from '../_internal/decimal.js';
import { invalidInput } from '../_internal/invalid-input.js';
import { describeInput } from '../_internal/quote-input.js';
import { isRecord } from '../_internal/wrong-argument.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { checkPeriod } from '../period/check-period.js';
import { formatPeriod } from '../period/format-period.js';
import type { Period } from '../period/period.js';
import { assertCurrency } from './currency.js';
import {
  type CheckedRate,
  checkRate,
  checkRateDate,
  checkRateKind,
  type ExchangeRate,
  type RateKind,
} from './rate-table.js';

/**
 * Which rate a conversion needs: a day (`on`, `YYYY-MM-DD`) or a period — exactly one — the
 * caller's rate table, and optionally the kind of rate, needed when the table holds both kinds for
 * the same pair and date.
 *
 * @example
 * ```ts
 * const options: ConversionOptions = {
 *   period: { kind: 'year', year: 2024 },
 *   rates: [{ from: 'USD', to: 'VND', period: { kind: 'year', year: 2024 },
 *     rate: '25000', kind: 'period-average', source: 'my-central-bank-2024' }],
 * };
 * ```
 *
 * @category Money
 */
export interface ConversionOptions {
  /** The day of the conversion, `YYYY-MM-DD`: a rate dated that day is used. */
  readonly on?: string;
  /** The period of the conversion: a rate for that same period is used. */
  readonly period?: Period;
  /** The rate table: the caller's data (see {@link ExchangeRate}). */
  readonly rates: readonly ExchangeRate[];
  /** The kind of rate to use; needed only when the table has both for the pair and date. */
  readonly kind?: RateKind;
}

/**
 * The rate a conversion used: `rate` as the table gives it for `from`→`to` (or, when `inverse`,
 * for `to`→`from`, so the amount was divided by it), its kind, date or period (`when`) and source.
 *
 * @example
 * ```ts
 * const used: RateUsed = findRate('VND', 'USD', {
 *   period: { kind: 'year', year: 2024 },
 *   rates: [{ from: 'USD', to: 'VND', period: { kind: 'year', year: 2024 },
 *     rate: '25000', kind: 'period-average', source: 'my-central-bank-2024' }],
 * });
 * [used.rate.toString(), used.inverse, used.source];
 * //=> ['25000', true, 'my-central-bank-2024']
 * ```
 *
 * @category Money
 */
export interface RateUsed {
  /** The currency converted from. */
  readonly from: string;
  /** The currency converted to. */
  readonly to: string;
  /** The period (as text, e.g. `'2024'`) or day of the rate. */
  readonly when: string;
  /** The rate as written in the table. */
  readonly rate: Decimal;
  /** True when the table gave the reverse pair, so amounts are divided by `rate`. */
  readonly inverse: boolean;
  /** Whether the rate is a period average or an end-of-period (or daily) rate. */
  readonly kind: RateKind;
  /** Id of the rate's source. */
  readonly source: string;
}

/** A checked rate table, its rows grouped by date or period. */
export type RateIndex = ReadonlyMap<string, readonly CheckedRate[]>;

/** Checks the options object and indexes its rate table. @throws BilateralError */
export function indexRates(options: unknown): { index: RateIndex; kind: RateKind | undefined } {
  if (!isRecord(options)) {
    invalidInput(
      [],
      `expected options { on or period, rates, kind? }, got ${describeInput(options)}`,
    );
  }
  const { rates, kind } = options as { rates?: unknown; kind?: unknown };
  if (!Array.isArray(rates)) {
    invalidInput(
      ['rates'],
      `expected a rate table (an array of rates), got ${describeInput(rates)}`,
    );
  }
  const index = new Map<string, CheckedRate[]>();
  rates.forEach((row, position) => {
    const rate = checkRate(row, ['rates', position]);
    const group = index.get(rate.when);
    if (group === undefined) index.set(rate.when, [rate]);
    else group.push(rate);
  });
  return { index, kind: kind === undefined ? undefined : checkRateKind(kind, ['kind']) };
}

/** Checks a target currency given at `path`. @throws BilateralError `INVALID_CURRENCY` */
export function checkTargetCurrency(to: unknown, path: IssuePath): string {
  try {
    assertCurrency(to);
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    throw new BilateralError(error.code, [{ path, message: error.issues[0]?.message ?? '' }]);
  }
  return to;
}

function describeRates(rates: readonly CheckedRate[]): string {
  return rates.map((rate) => `${rate.rate.toString()} (${rate.kind}, ${rate.source})`).join(', ');
}

/**
 * The one rate for `from`→`to` on `when` in a checked table: the pair as given, or else the
 * reverse pair (marked `inverse`).
 *
 * @throws BilateralError `MISSING_RATE` or `AMBIGUOUS_RATE` naming the pair and the date, at `path`
 */
export function pickRate(
  index: RateIndex,
  from: string,
  to: string,
  when: string,
  kind: RateKind | undefined,
  path: IssuePath,
): RateUsed {
  const dated = index.get(when) ?? [];
  for (const inverse of [false, true]) {
    const pair = dated.filter((rate) =>
      inverse ? rate.from === to && rate.to === from : rate.from === from && rate.to === to,
    );
    const matching = kind === undefined ? pair : pair.filter((rate) => rate.kind === kind);
    if (matching.length > 1) {
      const sameKind = matching.every((rate) => rate.kind === matching[0]?.kind);
      throw new BilateralError('AMBIGUOUS_RATE', [
        {
          path,
          message: `the table has ${matching.length} ${matching[0]?.from}→${matching[0]?.to} rates for ${when}: ${describeRates(matching)}; ${sameKind ? 'keep one' : "say which kind to use (kind: 'period-average' or 'end-of-period')"}`,
        },
      ]);
    }
    const [rate] = matching;
    if (rate !== undefined) {
      return { from, to, when, rate: rate.rate, inverse, kind: rate.kind, source: rate.source };
    }
  }
  throw new BilateralError('MISSING_RATE', [
    {
      path,
      message: `no ${kind === undefined ? '' : `${kind} `}rate from ${from} to ${to} (or ${to} to ${from}) for ${when} in the table`,
    },
  ]);
}

/** The date or period a single conversion asks for, as the table's key. @throws BilateralError */
export function conversionDate(options: { on?: unknown; period?: unknown }): string {
  if (options.on !== undefined && options.period !== undefined) {
    invalidInput([], 'give the day (on) or the period of the conversion, not both');
  }
  if (options.on !== undefined) return checkRateDate(options.on, ['on']);
  if (options.period !== undefined) return formatPeriod(checkPeriod(options.period, ['period']));
  throw new BilateralError('UNDATED_RATE', [
    { path: [], message: 'a conversion needs a date: give the day (on) or the period' },
  ]);
}

/**
 * Finds the one rate a table gives to convert `from` into `to` on a day or for a period: the pair
 * as written, or else the reverse pair (then `inverse` is true and amounts are divided by the
 * rate). Two rates for the same pair, date and kind are refused, never averaged or picked.
 *
 * @param from - the currency converted from (ISO 4217)
 * @param to - the currency converted to (ISO 4217)
 * @param options - the day (`on`) or `period`, the `rates` table and optionally the `kind`
 * @returns the rate, whether it is the reverse pair's, its kind, date or period and source
 * @throws {@link BilateralError} `MISSING_RATE` when the table has no rate for the pair on that
 * date, `AMBIGUOUS_RATE` when it has two (of the same kind, or of two kinds and no `kind` given),
 * `UNDATED_RATE` when the options give no date or a row has neither period nor date,
 * `INVALID_INPUT`, `INVALID_CURRENCY`, `INVALID_PERIOD` or `OUT_OF_RANGE` for a bad row or option
 *
 * @example
 * ```ts
 * const rates: ExchangeRate[] = [{ from: 'USD', to: 'LAK', date: '2024-12-31',
 *   rate: '21900', kind: 'end-of-period', source: 'my-bank-2024-12-31' }];
 * findRate('USD', 'LAK', { on: '2024-12-31', rates }).rate.toString();
 * //=> '21900'
 * findRate('LAK', 'USD', { on: '2024-12-31', rates }).inverse;
 * //=> true
 * ```
 *
 * @category Money
 */
export function findRate(from: string, to: string, options: ConversionOptions): RateUsed {
  const { index, kind } = indexRates(options);
  const when = conversionDate(options);
  const source = checkTargetCurrency(from, ['from']);
  const target = checkTargetCurrency(to, ['to']);
  return pickRate(index, source, target, when, kind, ['rates']);
}
