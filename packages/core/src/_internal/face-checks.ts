/**
 * The checks of the public functions whose unchecked faces every widget page loads
 * (`@bilateral/core/internal`: `writePeriod`'s `uncheckedWritePeriod`, `rateDigits`'s, …). Those
 * modules import their checks from here only, and nothing a widget bundles calls a function of
 * this module, so no bundle keeps it: a bundler places a module by the modules that import it, and
 * a page module that imported `wrong-argument.ts` itself (which the on-demand dataset check uses)
 * brought it, and what it imports, into every page (about 700 B, gzipped, measured). Keep it so:
 * a function here used by anything a page loads, even on demand, would put it back with what it
 * imports (so would code that loads the public barrel of such a function with `import()`, which
 * keeps its every export: `@bilateral/core/targets`'s `bandDecimals`, say).
 *
 * @internal
 */

import { isLocale, LOCALES, type Locale } from '../economy/locale.js';
import type { IssuePath } from '../errors/bilateral-error.js';
import type { SeriesPoint } from '../flow/series.js';
import { moneyOfShape } from '../money/check-money.js';
import type { Money } from '../money/money.js';
import type { WriteMoneyOptions } from '../money/write-money-in.js';
import { PERIOD_KINDS, type Period, type PeriodKind } from '../period/period.js';
import { Decimal } from './decimal.js';
import { oneOfValues } from './must-be.js';
import { quoteInput } from './quote-input.js';
import { checkDecimal, isRecord, wrongArgument } from './wrong-argument.js';

/**
 * Refuses, as `wrongArgument` at `path`, a value for which `ok` is false: what it must be in words
 * that follow `expected`.
 *
 * @example
 * ```ts
 * checkArgument(typeof '123' === 'string', ['integer'], "an integer's digits", '123'); // returns
 * ```
 */
export function checkArgument(
  ok: boolean,
  path: IssuePath,
  expected: string,
  value: unknown,
): void {
  if (!ok) throw wrongArgument(path, expected, value);
}

/**
 * Refuses each named argument that is not a Decimal, at its name.
 *
 * @example
 * ```ts
 * checkDecimals({ lower: new Decimal('0.1'), upper: new Decimal('0.15') }); // returns
 * ```
 */
export function checkDecimals(values: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(values)) checkDecimal(value, [name]);
}

/**
 * Refuses what is no object (an array, `null`) where an object argument goes, at `path`.
 *
 * @example
 * ```ts
 * checkObject({}, ['checked'], 'a series request'); // returns
 * ```
 */
export function checkObject(
  value: unknown,
  path: IssuePath,
  expected: string,
): asserts value is Readonly<Record<string, unknown>> {
  checkArgument(isRecord(value), path, expected, value);
}

/**
 * Refuses a locale that is none of {@link LOCALES}, at `path`.
 *
 * @example
 * ```ts
 * checkLocale('vi', ['locale']); // returns
 * ```
 */
export function checkLocale(value: unknown, path: IssuePath): asserts value is Locale {
  checkArgument(isLocale(value), path, oneOfValues(LOCALES), value);
}

/**
 * Refuses what `writeMoney` and `writeMoneyIn` cannot read as their options: no object, or no
 * locale in it (fraction digits and a rounding mode out of their values are `formatMoney`'s to
 * check).
 *
 * @throws BilateralError `INVALID_INPUT` at `options` or `options.locale`
 *
 * @example
 * ```ts
 * checkWriteOptions({ locale: 'vi', compact: true }); // returns
 * ```
 */
export function checkWriteOptions(options: unknown): asserts options is WriteMoneyOptions {
  checkObject(options, ['options'], "options with a locale ({ locale: 'en' })");
  checkLocale(options.locale, ['options', 'locale']);
}

/**
 * The Money `value` is, its shape checked (not its range), at `path`: `moneyOfShape`.
 *
 * @example
 * ```ts
 * moneyArgument(money('5', 'USD'), ['value']).currency; //=> 'USD'
 * ```
 */
export function moneyArgument(value: unknown, path: IssuePath): Money {
  return moneyOfShape(value, path);
}

/**
 * Refuses what is not shaped as the series point the rate digits read: an object whose `value` is
 * Money with a Decimal amount, whose `precision` is a Decimal or absent and whose `derivation` is
 * text or absent.
 *
 * @example
 * ```ts
 * checkSeriesPoint({ value: money('5', 'USD') }, ['point']); // returns
 * ```
 */
export function checkSeriesPoint(point: unknown, path: IssuePath): asserts point is SeriesPoint {
  const { value, precision, derivation } = isRecord(point) ? point : {};
  checkArgument(
    isRecord(value) &&
      Decimal.isDecimal(value.amount) &&
      (precision === undefined || Decimal.isDecimal(precision)) &&
      (derivation === undefined || typeof derivation === 'string'),
    path,
    'a series point, whose value is Money (a point of a series from datasetSeries)',
    point,
  );
}

/**
 * Refuses what is not a list of `[amount, unit]` pairs, each amount a Decimal and each unit a
 * Decimal or `undefined`, at `sides` (or the pair, or its element, that is wrong).
 *
 * @example
 * ```ts
 * checkUnitPairs([[new Decimal('5'), undefined]]); // returns
 * ```
 */
export function checkUnitPairs(sides: unknown): void {
  checkArgument(Array.isArray(sides), ['sides'], 'an array of [amount, unit] pairs', sides);
  (sides as readonly unknown[]).forEach((side, index) => {
    checkArgument(Array.isArray(side), ['sides', index], 'a pair [amount, unit]', side);
    const [amount, unit] = side as readonly unknown[];
    checkDecimal(amount, ['sides', index, 0]);
    checkArgument(
      unit === undefined || Decimal.isDecimal(unit),
      ['sides', index, 1],
      'a Decimal or undefined',
      unit,
    );
  });
}

/**
 * `quoteInput` (`_internal/quote-input.ts`), which `@bilateral/core/node` exports, with its
 * arguments checked: the text a string, the limit a whole number from 1 or `Infinity`.
 *
 * @param text - the text to quote
 * @param limit - how many characters to show before eliding the rest (default 60); `Infinity`:
 * the whole text, never shortened
 * @returns the text JSON-quoted, cut past `limit` characters with its length said
 * @throws BilateralError `INVALID_INPUT` at `text` (no string) or `limit` (0, below 0, a fraction,
 * `NaN`, `-Infinity`, no number)
 *
 * @example
 * ```ts
 * import { quoteInput } from '@bilateral/core/node';
 * quoteInput('2024-Q5'); //=> '"2024-Q5"'
 * quoteInput('x'.repeat(100), Infinity).length; //=> 102
 * ```
 *
 * @category Node
 */
export function checkedQuoteInput(text: string, limit?: number): string {
  checkArgument(typeof text === 'string', ['text'], 'a text', text);
  checkArgument(
    limit === undefined ||
      limit === Number.POSITIVE_INFINITY ||
      (Number.isInteger(limit) && limit > 0),
    ['limit'],
    'a whole number of characters from 1, or Infinity',
    limit,
  );
  return quoteInput(text, limit);
}

/** The whole-number fields each kind of period is written and moved with (a range's are its ends'). */
const FIELDS: Readonly<Record<PeriodKind, readonly string[]>> = {
  year: ['year'],
  half: ['year', 'half'],
  quarter: ['year', 'quarter'],
  month: ['year', 'month'],
  'year-to-date': ['year', 'throughMonth'],
  range: [],
};

const MONTH_FIELDS = ['year', 'month'];

/** Whether `value` is an object whose `fields` are whole numbers. */
const wholeFields = (value: unknown, fields: readonly string[]) =>
  isRecord(value) && fields.every((field) => Number.isInteger(value[field]));

/**
 * Refuses what is not shaped as a {@link Period} (nothing, text such as `'2024'`, an object of no
 * known kind, or without the whole numbers its kind is written with), for the functions that take
 * a period their caller knows is valid (`writePeriod`, `checkedNextPeriod`, `checkedYearEarlier`):
 * their argument's shape, not its values (quarter 5 passes, as those functions document), so that
 * a mistake is a `BilateralError` naming the argument rather than a `TypeError`, without the
 * period checker and its messages.
 *
 * @param value - what was given as the period
 * @param path - the argument's path (`['period']`)
 * @throws BilateralError `INVALID_INPUT` at `path`
 *
 * @example
 * ```ts
 * let refused = '';
 * try {
 *   checkPeriodShape('2024', ['period']);
 * } catch (error) {
 *   refused = String(error);
 * }
 * refused;
 * //=> 'BilateralError [INVALID_INPUT]: period: expected a period ({ kind: \'year\', year: 2024 }: from parsePeriod or readPeriodText), got "2024"'
 * ```
 */
export function checkPeriodShape(value: unknown, path: IssuePath): asserts value is Period {
  const record = isRecord(value) ? value : {};
  const kind = record.kind as PeriodKind;
  if (
    PERIOD_KINDS.includes(kind) &&
    (kind === 'range'
      ? wholeFields(record.start, MONTH_FIELDS) && wholeFields(record.end, MONTH_FIELDS)
      : wholeFields(record, FIELDS[kind]))
  ) {
    return;
  }
  throw wrongArgument(
    path,
    "a period ({ kind: 'year', year: 2024 }: from parsePeriod or readPeriodText)",
    value,
  );
}
