import type { Decimal } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import type { IssuePath } from '../errors/index.js';
import { checkMoney } from './check-money.js';
import {
  type ConversionOptions,
  checkTargetCurrency,
  conversionDate,
  indexRates,
  pickRate,
  type RateUsed,
} from './find-rate.js';
import type { Money } from './money.js';

/**
 * `checkRange` of a converted value, whose name (`what`) is written only into the message of one
 * past the range: `convertSeries` names a period's figure, its amount and the rate, which would
 * cost every point its text. (`checkRange` itself takes text: it is on the widget pages, where a
 * lazy name would cost bytes.)
 *
 * @throws BilateralError `OUT_OF_RANGE` naming `what()` and `path`
 */
export function checkConverted(value: Decimal, what: () => string, path: IssuePath): Decimal {
  try {
    return checkRange(value, '', path);
  } catch {
    return checkRange(value, what(), path);
  }
}

/**
 * The amount in the other currency: times the rate, or divided by it when the table gave the
 * reverse pair (Decimal division, exact to 64 significant digits), checked against the range;
 * `what` names the result in the message of one past it (`convertSeries` names the period's
 * figure, its amount and the rate), written only for such a result.
 *
 * @throws BilateralError `OUT_OF_RANGE`
 */
export function applyRate<T extends string>(
  value: Money,
  used: RateUsed,
  path: IssuePath,
  what = () => `the amount converted to ${used.to}`,
): Money<T> {
  const amount = used.inverse ? value.amount.div(used.rate) : value.amount.times(used.rate);
  return Object.freeze({
    amount: checkConverted(amount, what, path),
    currency: used.to as T,
  });
}

/**
 * Converts money into another currency with the one rate a table gives for the day (`on`) or the
 * period. The table's rate for `from`→`to` multiplies the amount; when the table has only the
 * reverse pair, the amount is divided by that rate. Either is exact whenever the result has at
 * most 64 significant digits, rounded half-even at the 64th otherwise. Money already in
 * `to` is returned as it is, without a rate.
 *
 * @param value - the money to convert
 * @param to - the ISO 4217 code to convert into
 * @param options - the day (`on`, `YYYY-MM-DD`) or the `period`, the `rates` table (the caller's
 * data, or the embedded, sourced `ANNUAL_AVERAGE_RATES`), and optionally the `kind` of rate
 * @returns the amount in `to`
 * @throws {@link BilateralError} `MISSING_RATE` or `AMBIGUOUS_RATE` naming the pair and the date,
 * `UNDATED_RATE` when no date is given or a row has none, `OUT_OF_RANGE` when the result is past
 * the supported range, `INVALID_INPUT`, `INVALID_CURRENCY` or `INVALID_PERIOD` for bad input
 *
 * @example
 * ```ts
 * const rates: ExchangeRate[] = [{ from: 'USD', to: 'VND', period: { kind: 'year', year: 2024 },
 *   rate: '25000', kind: 'period-average', source: 'my-central-bank-2024' }];
 * const period: Period = { kind: 'year', year: 2024 };
 * convert(money('2', 'USD'), 'VND', { period, rates }).amount.toString();
 * //=> '50000'
 * convert(money('50000', 'VND'), 'USD', { period, rates }).amount.toString();
 * //=> '2'
 * ```
 *
 * @category Money
 */
export function convert<T extends string>(
  value: Money,
  to: T,
  options: ConversionOptions,
): Money<T> {
  const checked = checkMoney(value, ['value']);
  const from = checked.currency;
  const target = checkTargetCurrency(to, ['to']);
  const { index, kind } = indexRates(options);
  const when = conversionDate(options);
  if (from === target) return checked as Money<T>;
  return applyRate(checked, pickRate(index, from, target, when, kind, ['rates']), ['value']);
}
