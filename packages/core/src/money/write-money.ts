import { Decimal } from '../_internal/decimal.js';
import { exponentOf } from '../_internal/exponent.js';
import type { Locale } from '../economy/locale.js';
import type { Money } from './money.js';
import { formatDecimal, type RoundingMode, roundDecimal } from './number-format.js';

interface Scale {
  readonly size: Decimal;
  readonly word: string;
}

const scales = (entries: readonly (readonly [string, string])[]): readonly Scale[] =>
  entries.map(([size, word]) => ({ size: new Decimal(size), word }));

/** Compact scales of each locale, largest first (Chinese counts in 万 and 亿). */
const SCALES: Record<Locale, readonly Scale[]> = {
  en: scales([
    ['1e12', 'trillion'],
    ['1e9', 'billion'],
    ['1e6', 'million'],
    ['1e3', 'thousand'],
  ]),
  vi: scales([
    ['1e12', 'nghìn tỷ'],
    ['1e9', 'tỷ'],
    ['1e6', 'triệu'],
    ['1e3', 'nghìn'],
  ]),
  lo: scales([
    ['1e12', 'ລ້ານລ້ານ'],
    ['1e9', 'ຕື້'],
    ['1e6', 'ລ້ານ'],
    ['1e3', 'ພັນ'],
  ]),
  zh: scales([
    ['1e12', '万亿'],
    ['1e8', '亿'],
    ['1e4', '万'],
  ]),
};

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
  return new Map(SCALES[locale].map((scale) => [exponentOf(scale.size), scale.word]));
}

const EN_SYMBOLS: Readonly<Record<string, string>> = {
  USD: 'US$',
  CNY: 'CN¥',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  THB: 'THB ',
  VND: 'VND ',
  LAK: 'LAK ',
};

const ZH_NAMES: Readonly<Record<string, string>> = {
  USD: '美元',
  CNY: '元人民币',
  EUR: '欧元',
  VND: '越南盾',
  LAK: '老挝基普',
  THB: '泰铢',
  KHR: '柬埔寨瑞尔',
  JPY: '日元',
};

function withCurrency(number: string, currency: string, locale: Locale): string {
  switch (locale) {
    case 'en': {
      const symbol = EN_SYMBOLS[currency] ?? `${currency} `;
      return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
    }
    case 'zh':
      return `${number}${ZH_NAMES[currency] ?? ` ${currency}`}`;
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
  const index = list.findIndex((scale) => magnitude.gte(scale.size));
  const own = index === -1 ? undefined : list[index];
  const next = index === -1 ? list[list.length - 1] : list[index - 1];
  if (next === undefined) return own;
  const written =
    own === undefined
      ? roundDecimal(amount, fractionDigits, mode)
      : roundDecimal(amount.div(own.size), fractionDigits, mode).times(own.size);
  return written.abs().gte(next.size) ? next : own;
}

/**
 * The place compact notation rounds to by default, the same in every locale: the hundredth of
 * the English scale (US$8.12 billion and 81.2亿美元 both round to ten million), or `undefined`
 * below a thousand, which is written in full.
 */
function roundingUnit(amount: Decimal, mode: RoundingMode): Decimal | undefined {
  const scale = pickScale(amount, SCALES.en, DEFAULT_COMPACT_DIGITS, mode);
  return scale === undefined ? undefined : scale.size.div(10 ** DEFAULT_COMPACT_DIGITS);
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
    const scale = pickScale(rounded, SCALES[locale], digits ?? MAX_FRACTION_DIGITS, roundingMode);
    if (scale !== undefined) {
      const fractionDigits =
        digits ?? Math.max(0, exponentOf(scale.size) - exponentOf(unit ?? scale.size));
      const number = formatDecimal(rounded.div(scale.size), {
        locale,
        fractionDigits,
        roundingMode,
        trimZeros: digits === undefined,
      });
      const joiner = locale === 'zh' ? '' : ' ';
      return withCurrency(`${number}${joiner}${scale.word}`, currency, locale);
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
