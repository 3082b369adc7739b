import { Decimal } from '../_internal/decimal.js';
import { exponentOf } from '../_internal/exponent.js';
import { checkArgument, checkWriteOptions, moneyArgument } from '../_internal/face-checks.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import type { Locale } from '../economy/locale.js';
import { BilateralError } from '../errors/index.js';
import type { Money } from './money.js';
import type { MoneyWords } from './money-words.js';
import { formatDecimal, type RoundingMode, roundDecimal } from './number-format.js';

/** A scale: its size and its word (`[new Decimal('1e9'), 'billion']`). */
type Scale = readonly [size: Decimal, word: string];

/** Each words' scales with their sizes as Decimals, made at their first use. */
const SIZED = new WeakMap<MoneyWords, readonly Scale[]>();

/** The scales of `words`, largest first, with their sizes. */
const scalesOf = (words: MoneyWords): readonly Scale[] =>
  getOrCreate(SIZED, words, () =>
    words.scales.map(([exponent, word]): Scale => [new Decimal(`1e${exponent}`), word]),
  );

/**
 * English's words: its scales, and the currencies' symbols it writes before the number (any other
 * currency is written as its code and a space: `THB 5 million`; the other languages' words are in
 * `money-words-vi.ts`, …).
 */
export const ENGLISH: MoneyWords = {
  scales: [
    [12, 'trillion'],
    [9, 'billion'],
    [6, 'million'],
    [3, 'thousand'],
  ],
  currencies: {
    USD: 'US$',
    CNY: 'CN¥',
    EUR: '€',
    GBP: '£',
    JPY: 'JP¥',
  },
};

function withCurrency(number: string, currency: string, locale: Locale, words: MoneyWords): string {
  switch (locale) {
    case 'en': {
      const symbol = words.currencies?.[currency] ?? `${currency} `;
      return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
    }
    case 'zh':
      return `${number}${words.currencies?.[currency] ?? ` ${currency}`}`;
    default:
      return `${number} ${currency}`;
  }
}

/** The most digits after the decimal separator `formatMoney` writes. */
export const MAX_FRACTION_DIGITS = 20;

/** Digits after the separator of compact English (and Vietnamese, Lao) by default. */
const DEFAULT_COMPACT_DIGITS = 2;

/**
 * Options of `writeMoney` and {@link writeMoneyIn}: those of `FormatMoneyOptions`, known to be valid.
 *
 * @example
 * ```ts
 * const options: WriteMoneyOptions = { locale: 'vi', compact: true };
 * writeMoney(money('1491900000', 'USD'), options);
 * //=> '1,49 tỷ USD'
 * ```
 *
 * @category Money
 */
export interface WriteMoneyOptions {
  readonly locale: Locale;
  /** Compact notation (`notation: 'compact'`), else in full. */
  readonly compact: boolean;
  /** A whole number from 0 to 20, or `undefined` for the default of the notation. */
  readonly fractionDigits?: number | undefined;
  /** Default `'half-up'`. */
  readonly roundingMode?: RoundingMode;
}

/**
 * The scale an amount is written in: the largest it reaches, or the next one up when the amount,
 * rounded as it will be written in its own scale (or in full, below every scale), reaches that one
 * (999.996 million with two fraction digits is 1,000.00 million: 1 billion). Rounding is of the
 * signed amount, as it is written. One division at most (by the amount's own scale).
 */
function pickScale(
  amount: Decimal,
  list: readonly Scale[],
  fractionDigits: number,
  mode: RoundingMode,
): Scale | undefined {
  const magnitude = amount.abs();
  const index = list.findIndex((scale) => magnitude.gte(scale[0]));
  const own = index === -1 ? undefined : list[index];
  const next = index === -1 ? list[list.length - 1] : list[index - 1];
  if (next === undefined) return own;
  const written =
    own === undefined
      ? roundDecimal(amount, fractionDigits, mode)
      : roundDecimal(amount.div(own[0]), fractionDigits, mode).times(own[0]);
  return written.abs().gte(next[0]) ? next : own;
}

/**
 * The place compact notation rounds to by default, the same in every locale: the hundredth of
 * the English scale (US$8.12 billion and 81.2亿美元 both round to ten million), or `undefined`
 * below a thousand, which is written in full.
 */
function roundingUnit(amount: Decimal, mode: RoundingMode): Decimal | undefined {
  const scale = pickScale(amount, scalesOf(ENGLISH), DEFAULT_COMPACT_DIGITS, mode);
  return scale === undefined ? undefined : scale[0].div(10 ** DEFAULT_COMPACT_DIGITS);
}

/** Refuses another language than English without its words, naming the words to pass. */
function missingWords(locale: Locale): never {
  throw new BilateralError('INVALID_INPUT', [
    {
      path: ['words'],
      message: `pass MONEY_WORDS_${locale.toUpperCase()} for ${locale}`,
    },
  ]);
}

/**
 * `writeMoney` with the words of a language other than English given, rather than read from
 * the core's table of every language's: a bundle that loads each language's words with its other
 * texts (the widgets' script-tag bundle and apps, from the languages' messages) then carries none
 * of them where only English is written. English's words are built in.
 *
 * @param value - Money whose amount is a Decimal within the supported range
 * @param options - as `writeMoney`'s
 * @param words - the words of `options.locale` (`MONEY_WORDS_VI`, `MONEY_WORDS_LO`,
 *   `MONEY_WORDS_ZH`); not read for English
 * @returns the text `writeMoney` writes
 * @throws BilateralError `INVALID_INPUT` at the path `['words']` when `words` is missing for
 *   another language than English (the sentence names the words to pass: `MONEY_WORDS_VI`, …) or
 *   is no object of words; at `value`, `options` or `options.locale` as `writeMoney`
 *
 * @example
 * ```ts
 * writeMoneyIn(money('1491900000', 'USD'), { locale: 'vi', compact: true }, MONEY_WORDS_VI);
 * //=> '1,49 tỷ USD'
 * writeMoneyIn(money('1491900000', 'USD'), { locale: 'en', compact: true }, undefined);
 * //=> 'US$1.49 billion'
 * ```
 *
 * @category Money
 */
export function writeMoneyIn(
  value: Money,
  options: WriteMoneyOptions,
  words: MoneyWords | undefined,
): string {
  checkWriteOptions(options);
  checkArgument(
    // `null` is no words, as `undefined`: English needs none, another language is told which.
    words == null || Array.isArray((words as Partial<MoneyWords>).scales),
    ['words'],
    'the words of a language (MONEY_WORDS_VI, …) or undefined',
    words,
  );
  return uncheckedWriteMoneyIn(moneyArgument(value, ['value']), options, words);
}

/**
 * {@link writeMoneyIn} without its checks of its arguments' shape, for the core's own modules and
 * the widgets (from `@bilateral/core/internal`), which write amounts they computed with options
 * they chose.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedWriteMoneyIn(money('1500', 'USD'), { locale: 'en', compact: false }, undefined);
 * //=> 'US$1,500'
 * ```
 */
export function uncheckedWriteMoneyIn(
  { amount, currency }: Money,
  { locale, compact, fractionDigits: digits, roundingMode = 'half-up' }: WriteMoneyOptions,
  words: MoneyWords | undefined,
): string {
  const localeWords = locale === 'en' ? ENGLISH : (words ?? missingWords(locale));
  // In full (0 or 2 decimals by default) unless compact notation finds the amount a scale.
  let value = amount;
  let fractionDigits = digits ?? (amount.isInteger() ? 0 : 2);
  let scale: Scale | undefined;
  if (compact) {
    const unit = digits === undefined ? roundingUnit(amount, roundingMode) : undefined;
    const rounded =
      unit === undefined ? amount : roundDecimal(amount.div(unit), 0, roundingMode).times(unit);
    scale = pickScale(rounded, scalesOf(localeWords), digits ?? MAX_FRACTION_DIGITS, roundingMode);
    if (scale !== undefined) {
      value = rounded.div(scale[0]);
      fractionDigits = digits ?? Math.max(0, exponentOf(scale[0]) - exponentOf(unit ?? scale[0]));
    }
  }
  const number = formatDecimal(value, {
    locale,
    fractionDigits,
    roundingMode,
    trimZeros: scale !== undefined && digits === undefined,
    compact,
  });
  const joiner = locale === 'zh' ? '' : ' ';
  return withCurrency(
    scale === undefined ? number : `${number}${joiner}${scale[1]}`,
    currency,
    locale,
    localeWords,
  );
}
