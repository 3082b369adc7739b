import { Decimal } from '../_internal/decimal.js';
import { exponentOf } from '../_internal/exponent.js';
import type { Locale } from '../economy/locale.js';
import type { Money } from './money.js';
import { MONEY_WORDS, type MoneyWords } from './money-words.js';
import { formatDecimal, type RoundingMode, roundDecimal } from './number-format.js';

/** A scale: its size and its word (`[new Decimal('1e9'), 'billion']`). */
type Scale = MoneyWords['scales'][number];

/** English's words: its scales, and the currencies' symbols it writes before the number. */
const ENGLISH: MoneyWords = {
  scales: [
    [new Decimal('1e12'), 'trillion'],
    [new Decimal('1e9'), 'billion'],
    [new Decimal('1e6'), 'million'],
    [new Decimal('1e3'), 'thousand'],
  ],
  currencies: {
    USD: 'US$',
    CNY: 'CN¥',
    EUR: '€',
    GBP: '£',
    JPY: 'JP¥',
    THB: 'THB ',
    VND: 'VND ',
    LAK: 'LAK ',
  },
};

/** The compact scales of `locale`, largest first (the other languages' in `money-words.ts`). */
const scalesOf = (locale: Locale): MoneyWords['scales'] =>
  (locale === 'en' ? ENGLISH : MONEY_WORDS[locale]).scales;

/**
 * The words compact notation writes in `locale`, by the power of ten of their scale: what other
 * text in the locale's compact style (the reconciliation's intervals) writes a scale with.
 *
 * @example
 * ```ts
 * compactScaleWords('vi').get(9); //=> 'tỷ'
 * compactScaleWords('zh').get(8); //=> '亿'
 * compactScaleWords('zh').get(6); //=> undefined
 * ```
 */
export function compactScaleWords(locale: Locale): ReadonlyMap<number, string> {
  return new Map(scalesOf(locale).map((scale) => [exponentOf(scale[0]), scale[1]]));
}

function withCurrency(number: string, currency: string, locale: Locale): string {
  switch (locale) {
    case 'en': {
      const symbol = ENGLISH.currencies?.[currency] ?? `${currency} `;
      return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
    }
    case 'zh':
      return `${number}${MONEY_WORDS.zh.currencies?.[currency] ?? ` ${currency}`}`;
    default:
      return `${number} ${currency}`;
  }
}

/** The most digits after the decimal separator `formatMoney` writes. */
export const MAX_FRACTION_DIGITS = 20;

/** Digits after the separator of compact English (and Vietnamese, Lao) by default. */
const DEFAULT_COMPACT_DIGITS = 2;

/**
 * Options of {@link writeMoney}: those of `FormatMoneyOptions`, known to be valid.
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
  const scale = pickScale(amount, scalesOf('en'), DEFAULT_COMPACT_DIGITS, mode);
  return scale === undefined ? undefined : scale[0].div(10 ** DEFAULT_COMPACT_DIGITS);
}

/**
 * `formatMoney` for Money and options known to be valid (the widgets write the amounts they
 * computed, with options they chose): the same text, without the checks and their messages, so
 * that a bundle writing amounts need not carry them. Anything else is `formatMoney`'s to
 * check: here an invalid value or option gives a wrong text or a `TypeError`, not a
 * `BilateralError`.
 *
 * @param value - Money whose amount is a Decimal within the supported range
 * @param options - locale and notation, and optionally fraction digits (0–20) and rounding mode
 * @returns the formatted text, as `formatMoney` writes it
 *
 * @example
 * ```ts
 * const turnover = money('1491900000', 'USD');
 * writeMoney(turnover, { locale: 'en', compact: true });
 * //=> 'US$1.49 billion'
 * writeMoney(turnover, { locale: 'zh', compact: true, fractionDigits: 0 });
 * //=> '15亿美元'
 * ```
 *
 * @category Money
 */
export function writeMoney(
  { amount, currency }: Money,
  { locale, compact, fractionDigits: digits, roundingMode = 'half-up' }: WriteMoneyOptions,
): string {
  if (compact) {
    const unit = digits === undefined ? roundingUnit(amount, roundingMode) : undefined;
    const rounded =
      unit === undefined ? amount : roundDecimal(amount.div(unit), 0, roundingMode).times(unit);
    const scale = pickScale(rounded, scalesOf(locale), digits ?? MAX_FRACTION_DIGITS, roundingMode);
    if (scale !== undefined) {
      const fractionDigits =
        digits ?? Math.max(0, exponentOf(scale[0]) - exponentOf(unit ?? scale[0]));
      const number = formatDecimal(rounded.div(scale[0]), {
        locale,
        fractionDigits,
        roundingMode,
        trimZeros: digits === undefined,
      });
      const joiner = locale === 'zh' ? '' : ' ';
      return withCurrency(`${number}${joiner}${scale[1]}`, currency, locale);
    }
  }
  const fractionDigits = digits ?? (amount.isInteger() ? 0 : 2);
  const number = formatDecimal(amount, {
    locale,
    fractionDigits,
    roundingMode,
    trimZeros: false,
  });
  return withCurrency(number, currency, locale);
}
