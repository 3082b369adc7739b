import type { LowerBound } from '@bilateral/core';
import {
  Decimal,
  type Locale,
  type Money,
  NUMBER_SEPARATORS,
  type Period,
} from '@bilateral/core/calc';
import {
  uncheckedGroupDigits as groupDigits,
  uncheckedRoundedShare as roundedShare,
  uncheckedWriteMoneyIn as writeMoneyIn,
} from '@bilateral/core/internal';
import type { TimelinePoint } from '../base/timeline.js';
import { memoized } from '../data/memoized.js';
import { economyName } from './economy-names.js';
import { loadedMessages } from './loaded-messages.js';
import type { Messages } from './messages.js';

const MINUS = '\u2212';

/**
 * Writes a plain number with the locale's separators (for counts, and with `compact` for axis
 * ticks): a count as every language writes a number in full (`1,376`, `1.376`); a tick, the number
 * of a compact amount whose scale is the axis's unit (`万美元`), as the core's `formatDecimal`
 * writes a compact amount's number: in Chinese grouped only from five digits (`1376`, `12,345`, as
 * `1376万美元`), 万 and 亿 counting in fours already (the core's `groupDigits`).
 *
 * @example
 * ```ts
 * formatNumber(-1234.5, 'en', 1); //=> '−1,234.5'
 * formatNumber(1376, 'zh', 0, true); //=> '1376' (a tick in 万美元)
 * formatNumber(1376, 'zh'); //=> '1,376' (a count)
 * ```
 */
export function formatNumber(
  value: number,
  locale: Locale,
  fractionDigits = 0,
  compact?: boolean,
): string {
  const [integer = '0', fraction] = Math.abs(value).toFixed(fractionDigits).split('.');
  // No minus zero (`−0.0`); `fraction` is `undefined` for none, and has no digit 1 to 9.
  const sign = value < 0 && /[1-9]/.test(integer + fraction) ? MINUS : '';
  const grouped = groupDigits(integer, locale, compact);
  return `${sign}${grouped}${fraction ? NUMBER_SEPARATORS[locale][0] + fraction : ''}`;
}

/**
 * The words of the formatted texts (`about`, the scales, months and days) in a locale: they come
 * with its messages, so a page loads only its language's. An element draws once its language's
 * messages have loaded; before that, English (built into the messages module).
 *
 * @example
 * ```ts
 * import { words } from './format.js';
 *
 * words('en').month(9, 2024); //=> 'Sep 2024'
 * ```
 */
export const words = (locale: Locale): Messages =>
  (loadedMessages[locale] ?? loadedMessages.en) as Messages;

/** How {@link formatAmount} writes a figure. */
export interface AmountOptions {
  /**
   * The unit the figure's inputs were published to (a flow's `precision`, summed for a sum or a
   * difference): a figure finer than that is rounded to its power of ten and said to be "about".
   */
  readonly precision?: Decimal | undefined;
  /**
   * Digits after the decimal separator (default: to the hundredth of the English scale, trailing
   * zeros dropped: up to 2, in Chinese up to 4, `9.3615亿美元`).
   */
  readonly fractionDigits?: number | undefined;
  /**
   * Set for a figure published as a bound (a point's `lowerBound`): written with every digit it
   * has, trailing zeros dropped, whatever `fractionDigits` says, as `bilateral report` writes it:
   * `US$1.065 billion` for "more than US$1,065 million", not the default `US$1.07 billion` (more
   * than its source says: the value may be US$1,065.5 million); `US$565 million` as by default.
   */
  readonly lowerBound?: LowerBound | undefined;
}

/** The figure rounded to the power of ten of `precision`, or `undefined` when it is not finer. */
export function roundedToPrecision(
  amount: Decimal,
  precision: Decimal | undefined,
): Decimal | undefined {
  if (!precision?.isPositive()) return undefined;
  const step = new Decimal(`1e${exponent(precision)}`);
  const rounded = amount.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  if (rounded.eq(amount)) return undefined;
  return rounded.isZero() ? new Decimal(0) : rounded; // never a minus zero
}

/**
 * Money in compact notation with a true minus sign: `US$1.5 billion`, `−US$508.1 million`,
 * `1,5 tỷ USD`, `15亿美元`; `about −US$1 billion` when `precision` is coarser than the figure.
 * Written once per amount, locale and options: the charts, tables and sentences of a page's
 * elements write the same amounts of a dataset (its series are shared) many times.
 */
export function formatAmount(value: Money, locale: Locale, options: AmountOptions = {}): string {
  const key = `${locale} ${options.precision} ${options.fractionDigits} ${options.lowerBound}`;
  return memoized(value, key, () => writeAmount(value, locale, options));
}

/**
 * The scale an amount is written in, as {@link formatAmount} writes it alone: the words after its
 * number, and those English writes it with, since the writer rounds to the hundredth of the
 * English scale in every language (936.15 million is `9.3615亿美元`, 1.05 billion `10.5亿美元`).
 * Amounts of one scale written side by side share their decimals ({@link sharedDecimals}); an
 * amount of another keeps its own (`US$950 million` beside `US$1.05 billion`, not `US$950.00
 * million`; `10.5亿美元` beside `9.3615亿美元`, not `10.5000亿美元`).
 *
 * @example
 * ```ts
 * import { money } from '@bilateral/core/calc';
 *
 * amountScale(money('1050000000', 'USD'), 'en'); //=> ' billion billion'
 * amountScale(money('-950000000', 'USD'), 'zh'); //=> '亿美元 million'
 * ```
 */
export const amountScale = (value: Money, locale: Locale): string =>
  formatAmount(value, locale).replace(/.*\d/, '') + formatAmount(value, 'en').replace(/.*\d/, '');

/**
 * The decimals amounts of one {@link amountScale} written side by side share: the most any of
 * them shows as {@link formatAmount} writes it alone (in English, Vietnamese and Lao up to 2, in
 * Chinese up to 4: `9.3615亿美元`).
 *
 * @example
 * ```ts
 * import { money } from '@bilateral/core/calc';
 *
 * sharedDecimals([money('1820000000', 'USD'), money('1900000000', 'USD')], 'en'); //=> 2
 * ```
 */
export function sharedDecimals(values: readonly Money[], locale: Locale): number {
  const [decimal] = NUMBER_SEPARATORS[locale];
  // The digits after the decimal separator, if any.
  return Math.max(
    0,
    ...values.map((value) => (formatAmount(value, locale).split(decimal)[1] ?? '').search(/\D|$/)),
  );
}

function writeAmount(value: Money, locale: Locale, options: AmountOptions): string {
  const rounded = roundedToPrecision(value.amount, options.precision);
  // Rounded to its precision: the default digits. A bound with every digit: 20 decimals, then no
  // trailing zero (nor a separator before none).
  // Another language's words of amounts come with its messages, which have loaded before an
  // element writes in it (scripts/money-words-bundle.test.ts): no page carries them all.
  const text = writeMoneyIn(
    rounded ? { ...value, amount: rounded } : value,
    {
      locale,
      compact: true,
      fractionDigits: rounded ? undefined : options.lowerBound ? 20 : options.fractionDigits,
    },
    loadedMessages[locale]?.money,
  )
    .replace('-', MINUS)
    .replace(options.lowerBound ? /[.,]?0+(?=\D*$)/ : '', '');
  return rounded ? `${words(locale).about}${text}` : text;
}

/**
 * A rate (decimal fraction) as a percentage with one decimal (or `decimals`: a published rate
 * keeps the decimals it was published with), rounded half up from the exact Decimal: `+25.5 %`
 * (en, with a no-break space), `+25,5%` (vi, lo), `+25.5%` (zh).
 */
export function formatRate(rate: Decimal, locale: Locale, signed = true, decimals = 1): string {
  // Written once per rate and way of writing it: a page's elements share their timelines' points.
  return memoized(rate, `rate ${locale} ${signed} ${decimals}`, () =>
    writeRate(rate, locale, signed, decimals),
  );
}

function writeRate(rate: Decimal, locale: Locale, signed: boolean, decimals: number): string {
  const percent = rate.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return percentText(percent, decimals, locale, signed ? '+' : '');
}

/**
 * A percentage (already rounded) as every rate and share is written: with `decimals` decimals
 * and the locale's separator, a true minus sign (`plus` before a positive one, none before
 * zero) and the locale's percent sign: `+25.5 %` (en, with a no-break space), `−25,5%`.
 */
function percentText(percent: Decimal, decimals: number, locale: Locale, plus = ''): string {
  const sign = percent.isZero() ? '' : percent.isNegative() ? MINUS : plus;
  const text = percent.abs().toFixed(decimals).replace('.', NUMBER_SEPARATORS[locale][0]);
  return `${sign}${text}${locale === 'en' ? '\u00a0%' : '%'}`;
}

/**
 * The power of ten of a non-zero value's first digit: 3 for 1,234, −1 for 0.5 (both decimal
 * engines keep it in `e`).
 */
const exponent = (value: Decimal): number => value.e;

/**
 * A share (a coverage ratio) as a percentage with no digit its inputs do not support: when
 * `digits`, the fewest significant digits any input is known to, is fewer than the percentage
 * would show with one decimal, it is rounded to that many and said to be "about" (`about 50 %`
 * for US$491.9 million against "US$1 billion": the core's `roundedShare`); otherwise as
 * {@link formatRate}, unsigned, but under 0.1 % down to its first digit (`0.04 %`, not `0.0 %`,
 * which reads as none), as `bilateral report` writes it.
 */
export function formatShare(ratio: Decimal, locale: Locale, digits: number | undefined): string {
  const { percent, decimals, about } = roundedShare(ratio, digits);
  return (about ? words(locale).about : '') + percentText(percent, decimals, locale);
}

/**
 * A growth rate with no digit its two figures do not support: `digits` significant digits of
 * each figure know their ratio to about one part in 10^digits, so a rate of two figures known to
 * three digits is written `about +33 %`, to two `about +30 %` (`about` may be replaced, e.g. by
 * `≈` where room is short); with enough digits (or none known), as {@link formatRate}.
 */
export function formatGrowth(
  rate: Decimal,
  locale: Locale,
  digits: number | undefined,
  about = words(locale).about,
): string {
  return memoized(rate, `growth ${locale} ${digits} ${about}`, () =>
    writeGrowth(rate, locale, digits, about),
  );
}

/**
 * {@link formatGrowth}'s text: the rate rounded by the rule of the core's `roundedRate`
 * (`@bilateral/core/rate-digits`), for the whole or no digits its callers pass, and written.
 * The rounding is a copy, held equal to `roundedRate` by format.node.test.ts, because calling the
 * core's function costs bytes the pages have not got to spare (h163: `pnpm build` and size-limit
 * on 8480a74's tree). Imported from `@bilateral/core/rate-digits`, rate-digits.ts moves into this
 * module's chunk (the script-tag runtime, an app's shared chunk) from the timeline's (the series
 * chunk, an app's entry file): dashboard page +57 B, growth page +68 B, app +17 B gzipped. With
 * `roundedRate` in a module and subpath of its own: +47, +16 and +32 B (its code and its
 * `{ rate, decimals }` result are longer than these lines).
 */
function writeGrowth(
  rate: Decimal,
  locale: Locale,
  digits: number | undefined,
  about: string,
): string {
  const ratio = rate.plus(1);
  // The percentage's decimals the ratio's digits support (1 is what formatRate writes).
  const decimals = digits === undefined ? 1 : digits - 3 - exponent(ratio);
  if (decimals >= 1 || !ratio.gt(0)) return formatRate(rate, locale);
  const step = new Decimal(`1e${-decimals}`);
  const percent = rate.times(100).div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return about + percentText(percent.times(step), 0, locale, '+');
}

/**
 * Months from `start` to `end` (`[year, month]`): `Jan – Sep 2024`, `Nov 2023 – Feb 2024`, one
 * month as `Messages.month` writes it; Chinese `2024/1 – 2024/9` (CLDR's ranges of `MMM y`).
 * A line does not end inside a span, in any language ("in Jan –" / "Jul 2025", "thg 1 – thg" /
 * "7 2025"): each space is a no-break space after a word joiner (U+2060), since a line may still
 * break between a dash and a no-break space (UAX #14, LB12a: "thg 1 –" / "thg 7 2025" at
 * 280 px). Not U+FEFF, which Unicode deprecates as a joiner (a byte order mark to programs that
 * read the copied text). Text collapsed for the CSV and the download panel (`collapsedText`)
 * reads each joiner and its space as a plain space.
 */
function formatMonthSpan(
  locale: Locale,
  start: readonly [year: number, month: number],
  end: readonly [year: number, month: number],
): string {
  const m = words(locale);
  const [startYear, startMonth] = start;
  const [endYear, endMonth] = end;
  if (startYear === endYear && startMonth === endMonth) return m.month(endMonth, endYear);
  const from = startYear === endYear ? m.monthName(startMonth) : m.month(startMonth, startYear);
  return (m.monthSpan?.(start, end) ?? `${from} – ${m.month(endMonth, endYear)}`).replaceAll(
    ' ',
    '\u2060\u00a0',
  );
}

/**
 * A period for people: `2024`, `Q3 2024`, `Sep 2024`, `Jan – Sep 2024`; in Lao `ໄຕມາດ 3/2024`,
 * `6 ເດືອນຕົ້ນປີ 2024`, `ມ.ກ. – ກ.ຍ. 2024` (halves and quarters in the words of the language's
 * messages, English until they have loaded; a span of months that no line break splits).
 */
export function formatPeriodLabel(period: Period, locale: Locale): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return words(locale).half(period.half, period.year);
    case 'quarter':
      return words(locale).quarter(period.quarter, period.year);
    case 'month':
      return words(locale).month(period.month, period.year);
    case 'year-to-date':
      return formatMonthSpan(locale, [period.year, 1], [period.year, period.throughMonth]);
    case 'range':
      return formatMonthSpan(
        locale,
        [period.start.year, period.start.month],
        [period.end.year, period.end.month],
      );
  }
}

/** The first and last calendar year a period touches (for `from` / `to` filtering). */
export function periodYears(period: Period): readonly [number, number] {
  return period.kind === 'range'
    ? [period.start.year, period.end.year]
    : [period.year, period.year];
}

/** `Vietnam–Laos`, `Việt Nam – Lào`. */
export function pairName(reporter: string, partner: string, locale: Locale): string {
  const joiner = locale === 'vi' || locale === 'lo' ? ' – ' : '–';
  return `${economyName(reporter, locale)}${joiner}${economyName(partner, locale)}`;
}

/** The unit an axis counts in, chosen from its largest value: `US$ billion`, `tỷ USD`, `亿美元`. */
export function axisUnit(
  max: number,
  currency: string,
  locale: Locale,
): { readonly divisor: number; readonly label: string } {
  const [divisor, word] = words(locale).scales.find(([size]) => max >= size) ?? [1, ''];
  const usd = currency === 'USD';
  return {
    divisor,
    label:
      locale === 'zh'
        ? `${word}${usd ? '美元' : ` ${currency}`}`
        : (locale === 'en' ? `${usd ? 'US$' : currency} ${word}` : `${word} ${currency}`).trim(),
  };
}

/**
 * A timeline point's year-on-year rate, with no digit its two figures do not support (a published
 * rate with the decimals it was published with); `—` if none. `about` replaces the word "about"
 * (`≈` in the labels above the points, where room is short). Here with the formatting rather than
 * with the timeline's view, so that the data table's chunk reaches the formatting only.
 *
 * @example
 * ```ts
 * rateOf(point, 'en'); //=> '+12.3 %' (computed), '+32.7 %' (published as '32.7'), '—' (no base)
 * rateOf(point, 'en', '≈'); //=> '≈+10 %' where the figures support two digits only
 * ```
 */
export function rateOf(point: TimelinePoint, locale: Locale, about?: string): string {
  if (point.rate === null) return '—';
  if (point.publishedRate !== undefined) {
    return formatRate(point.rate, locale, true, decimalsOf(point.publishedRate));
  }
  return formatGrowth(point.rate, locale, point.rateDigits, about);
}

/** The decimals a number was written with: 1 for `'32.7'`, 0 for `'24'`. */
const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

/**
 * An economy's English name as a sentence writes it: "the Philippines", "The United States" when
 * `opening` (it opens the sentence), Vietnam and Laos bare (the core's `nameInText`, which the
 * dataset validator's chunk gives the English messages: `economy-in-text.ts`). Only a document
 * validated in the browser names economies that take "the" (an embedded dataset's file names
 * none but the World, in turnover pairs only: `scripts/embedded-data-files.test.ts`), so until
 * that chunk loads the name is given as it is. With `owner`, in the possessive as Bilateral's
 * English sentences write it (the core's report too): a name ending in s takes the apostrophe
 * alone ("Laos’", "the Philippines’"; the first load's subject, `messages.ts`, writes the same
 * inline). For the words of the elements' own modules (`balance-words.ts`, `gates-words.ts`); an
 * app bundling a growth chart does not carry it.
 *
 * @param name - an English economy name, as `economyName` gives it
 * @param opening - whether the name opens the sentence
 * @param owner - whether to write it in the possessive
 * @returns the name as running text writes it
 *
 * @example
 * ```ts
 * inSentence('Philippines', true); //=> 'The Philippines' (once the validator has loaded)
 * [inSentence('Vietnam', false, true), inSentence('Laos', true, true)]; //=> ['Vietnam’s', 'Laos’']
 * ```
 */
export const inSentence = (name: string, opening?: boolean, owner?: boolean): string => {
  const text = loadedMessages.en?.nameInText?.(name, opening) ?? name;
  return owner ? `${text}’${text.endsWith('s') ? '' : 's'}` : text;
};
