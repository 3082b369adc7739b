/**
 * The reconciliation's values as `bilateral report --locale vi|lo|zh` writes them: amounts as the
 * report's tables do (`524,5 triệu USD`, `5.245亿美元`), intervals with the locale's separators
 * and its scale's word, the two ends apart by `; ` where the decimal separator is a comma
 * (`[524,45; 524,55) triệu`), rates with the locale's signs (`+6,4%`).
 *
 * @packageDocumentation
 */
import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { exponentOf } from '../_internal/exponent.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { inferScale, writeRate, writeStated } from '../figures/_describe.js';
import type { ExplanationValues } from '../figures/_explanation-words.js';
import { impliedUnit } from '../figures/_implied-unit.js';
import { SCALE_FACTOR } from '../figures/_text.js';
import { formatInterval } from '../figures/format-interval.js';
import type { Interval } from '../figures/interval.js';
import type { Scale } from '../figures/published-amount.js';
import { knownAmount, writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/index.js';
import { formatDecimal } from '../money/number-format.js';
import { compactScaleWords } from '../money/write-money.js';
import { boundText } from './bound-words.js';
import { compact } from './format-report.js';
import { localNumbers, localSigns } from './local-numbers.js';
import { REPORT_WORDS } from './report-words/index.js';

type OtherLocale = Exclude<Locale, 'en'>;

/**
 * The power of ten a figure's scale is written in where Chinese differs from the scale's own: it
 * counts thousands in 万 and millions and billions in 亿, as its compact amounts do (`5.245亿美元`).
 */
const CHINESE_EXPONENTS: Readonly<Partial<Record<Scale, number>>> = {
  thousand: 4,
  million: 8,
  billion: 8,
};

/**
 * Each scale's factor and word in `locale`, as its compact amounts write them (the words are
 * {@link compactScaleWords}'); a unit has no word.
 */
function localScales(locale: OtherLocale): Readonly<Record<Scale, readonly [Decimal, string]>> {
  const words = compactScaleWords(locale);
  const entry = (scale: Scale): readonly [Decimal, string] => {
    const own = locale === 'zh' ? CHINESE_EXPONENTS[scale] : undefined;
    const exponent = own ?? exponentOf(SCALE_FACTOR[scale]);
    return [new Decimal(`1e${exponent}`), words.get(exponent) ?? ''];
  };
  return {
    unit: entry('unit'),
    thousand: entry('thousand'),
    million: entry('million'),
    billion: entry('billion'),
    trillion: entry('trillion'),
  };
}

/**
 * The words of the scales the locale's intervals end with (`triệu`, `nghìn tỷ`, `亿`), longest
 * first: what keeps an interval and its word on one line.
 *
 * @example
 * ```ts
 * scaleWords('vi'); //=> ['nghìn tỷ', 'nghìn', 'triệu', 'tỷ']
 * ```
 */
export function scaleWords(locale: OtherLocale): readonly string[] {
  const words = [...compactScaleWords(locale).values()].reverse();
  return words.sort((a, b) => b.length - a.length);
}

/**
 * A number as the figures module writes it (`1035`, `-8.05`, `2.83806`) with the locale's
 * separators, grouped (`1.035`, `−8,05` in Vietnamese), every digit kept; in Chinese, and in
 * exponent notation, with only the locale's signs.
 */
function localNumber(text: string, locale: OtherLocale): string {
  // Chinese keeps the English separators, ungrouped: a group's comma would read as the ends'.
  if (locale === 'zh' || !/^-?\d+(?:\.\d+)?$/u.test(text)) return localSigns(text, locale);
  const value = new Decimal(text);
  const digits = formatDecimal(value.abs(), {
    locale,
    fractionDigits: text.split('.')[1]?.length ?? 0,
    roundingMode: 'half-up',
    trimZeros: false,
  });
  return value.isNegative() ? `\u2212${digits}` : digits;
}

/** An interval's English text (`[524.45, 524.55)`) in the locale's notation. */
function localBounds(interval: Interval, locale: OtherLocale, unit: DecimalInput = '1'): string {
  const english = formatInterval(interval, { unit });
  const [, open, lo, hi, close] = /^([[(])(.*), (.*)([\])])$/u.exec(english) ?? [];
  if (lo === undefined || hi === undefined) return localSigns(english, locale);
  // With a decimal comma, a comma between the ends would read as one number's.
  const between = locale === 'zh' ? ', ' : '; ';
  return `${open}${localNumber(lo, locale)}${between}${localNumber(hi, locale)}${close}`;
}

/** A number and a scale's word: `524,45 triệu`, `5.2445亿`. */
function withWord(text: string, word: string, locale: OtherLocale): string {
  if (word === '') return text;
  return locale === 'zh' ? `${text}${word}` : `${text} ${word}`;
}

/**
 * The writer of the reconciliation's values in `locale`.
 *
 * @example
 * ```ts
 * const values = explanationValues('vi');
 * values.interval({ lo: new Decimal('524450000'), hi: new Decimal('524550000'), loClosed: true, hiClosed: false }, 'million');
 * //=> '[524,45; 524,55) triệu'
 * ```
 */
export function explanationValues(locale: OtherLocale): ExplanationValues {
  const scales = localScales(locale);
  const interval = (value: Interval, scale: Scale) => {
    const [factor, word] = scales[scale];
    return withWord(localBounds(value, locale, factor), word, locale);
  };
  const amount: ExplanationValues['amount'] = (figure) =>
    compact(figure.value.toFixed(), figure.currency, locale, figure.precision.toFixed());
  const percent = (english: string) => localNumbers(english, locale);
  return {
    amount,
    amountIn: (figure, scale) => {
      const written = amount(figure);
      // A truncated figure is the bound it was published as: `hơn 565 triệu USD`, or `ít nhất
      // 565 triệu USD` where its bound is 'at-least'.
      const stated =
        figure.rounding === 'truncate'
          ? boundText(written, figure.bound === 'at-least', REPORT_WORDS[locale])
          : written;
      return `${stated} ${interval(figure.interval, scale)}`;
    },
    interval,
    percentInterval: (value) => `${localBounds(value, locale)}%`,
    rateBounds: (rate) => localBounds(rate.interval, locale),
    rate: (rate) => percent(writeRate(rate.value, rate.precision)),
    rateInterval: (rate) =>
      `${percent(writeRate(rate.value, rate.precision))} ${localBounds(rate.interval, locale)}`,
    change: (rate) => percent(`${writeStated(rate.value.abs(), rate.precision)} %`),
    share: (rate) => percent(`${writeStated(rate.value, rate.precision)} %`),
    shareInterval: (rate) =>
      `${percent(`${writeStated(rate.value, rate.precision)} %`)} ${localBounds(rate.interval, locale)}`,
    quantity: (value, scale) => {
      const [factor, word] = scales[scale];
      const scaled = value.div(factor);
      const digits = scaled.isZero() ? '0' : scaled.toSignificantDigits(6).toString();
      return withWord(localNumber(digits, locale), word, locale);
    },
    points: (value) => localNumber(value.toSignificantDigits(6).toString(), locale),
    aboutWithin: (figure) => {
      const size = figure.value.abs();
      // The digits the interval supports, as the English "about US$1.2 B" (`impliedUnit`); an
      // exact amount's first four.
      const unit =
        impliedUnit(figure) ?? (size.isZero() ? undefined : new Decimal(`1e${size.e - 3}`));
      // Rounded before it is Money: a quotient's 64 digits are past what Money holds.
      const rounded = knownAmount(figure.value, unit).amount;
      const known = writeKnownAmount(money(rounded.toFixed(), figure.currency), unit, locale);
      return [
        localSigns(known.text, locale),
        interval(figure.interval, inferScale(size, size.div(100))),
      ];
    },
    step: (figure) => compact(figure.precision.toFixed(), figure.currency, locale),
    party: (code) => (code === 'WLD' ? undefined : economyLabel(code, locale)),
  };
}
