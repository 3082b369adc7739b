/**
 * An amount in compact notation with the digits it knows, as `writeKnownAmount` writes it, from
 * its decimal text by digit work on a BigInt: the report writes four amounts a row, and a million
 * rows with `writeKnownAmount` are two `writeMoney` calls each, with their Decimal divisions and
 * roundings. Every step here is the one `writeKnownAmount` and `writeMoney` take (`knownAmount`'s
 * rounding, `pickScale`, the default unit of the English scales, `formatDecimal`), exact on the
 * amount's digits; the currency's and scale's words, the separators and the scales are not
 * restated but read from `writeMoney` and `formatDecimal` themselves, once per locale and currency.
 * An amount of more digits than decimal.js keeps exact (its 64 significant digits) is left to
 * `writeKnownAmount`.
 *
 * @packageDocumentation
 */
import { Decimal } from '../_internal/decimal.js';
import { digitCount, pow10 } from '../_internal/decimal-bigint.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import type { Locale } from '../economy/locale.js';
import { type KnownAmountText, writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/index.js';
import { compactScaleWords, MAX_FRACTION_DIGITS, writeMoney } from '../money/write-money.js';
import { type Exact, exactOf, exponent, rounded, shifted } from './exact-decimal.js';
import { formatted } from './local-digits.js';

/** The most digits the fast path takes: decimal.js divides and multiplies them exactly. */
const MOST_DIGITS = 60;

/** Whether `|x| ≥ 10^k`. */
function reaches(x: Exact, k: number): boolean {
  if (x.digits === 0n) return false;
  const at = k + x.places;
  return at < 0 || x.digits >= pow10(at);
}

/** Whether `x` has no digit past the units. */
function isWhole(x: Exact): boolean {
  return x.places <= 0 || x.digits % pow10(x.places) === 0n;
}

/** `writeMoney`'s `pickScale`, over the scales' powers of ten (largest first). */
function pickScale(
  x: Exact,
  scales: readonly number[],
  fractionDigits: number,
): number | undefined {
  const index = scales.findIndex((k) => reaches(x, k));
  const own = index === -1 ? undefined : scales[index];
  const next = index === -1 ? scales[scales.length - 1] : scales[index - 1];
  if (next === undefined) return own;
  const written =
    own === undefined
      ? rounded(x, fractionDigits)
      : shifted(rounded(shifted(x, own), fractionDigits), -own);
  return reaches(written, next) ? next : own;
}

/** The scales' powers of ten of each locale, largest first (`compactScaleWords`). */
const SCALES = new Map<Locale, readonly number[]>();
const scalesOf = (locale: Locale): readonly number[] =>
  getOrCreate(SCALES, locale, () => [...compactScaleWords(locale).keys()].sort((a, b) => b - a));

/**
 * What `writeMoney` writes around a number of a scale (or of none: `scale` undefined), by sign:
 * its text of ±1 in that scale split at the digit (`US$` and ` billion`, `-US$` and ` billion`);
 * undefined when the currency's own text has digits.
 */
const AFFIXES = new Map<string, readonly [string, string] | undefined>();
function affixesOf(
  currency: string,
  locale: Locale,
  scale: number | undefined,
  negative: boolean,
): readonly [string, string] | undefined {
  const key = `${currency}|${locale}|${scale ?? ''}|${negative ? '-' : ''}`;
  if (AFFIXES.has(key)) return AFFIXES.get(key);
  const one = `${negative ? '-' : ''}1${'0'.repeat(scale ?? 0)}`;
  const text = writeMoney(money(one, currency), { locale, compact: true, fractionDigits: 0 });
  const [before = '', after = ''] = text.split('1');
  const affixes = text.match(/\d/g)?.length === 1 ? ([before, after] as const) : undefined;
  AFFIXES.set(key, affixes);
  return affixes;
}

/** `writeMoney(x, { locale, compact: true, fractionDigits })`; undefined where it cannot tell. */
function compactMoney(
  x: Exact,
  currency: string,
  locale: Locale,
  fractionDigits: number | undefined,
): string | undefined {
  const scales = scalesOf(locale);
  let unit: number | undefined;
  let value = x;
  if (fractionDigits === undefined) {
    // The hundredth of the English scale, in every locale.
    const english = pickScale(x, scalesOf('en'), 2);
    unit = english === undefined ? undefined : english - 2;
    if (unit !== undefined) value = shifted(rounded(shifted(x, unit), 0), -unit);
  }
  const scale = pickScale(value, scales, fractionDigits ?? MAX_FRACTION_DIGITS);
  const number =
    scale === undefined
      ? formatted(x, fractionDigits ?? (isWhole(x) ? 0 : 2), false, locale, true)
      : formatted(
          shifted(value, scale),
          fractionDigits ?? Math.max(0, scale - (unit ?? scale)),
          fractionDigits === undefined,
          locale,
          true,
        );
  const affixes = affixesOf(currency, locale, scale, number.negative);
  return affixes === undefined ? undefined : `${affixes[0]}${number.text}${affixes[1]}`;
}

/**
 * `writeKnownAmount`'s `scaleExponent`: the power of ten of the scale `x` is written in (its
 * leading power less the digits before the separator with every fraction digit, plus one);
 * undefined where the currency's text has digits of its own.
 */
function scaleExponent(x: Exact, currency: string, locale: Locale): number | undefined {
  if (x.digits === 0n) return 0;
  const scale = pickScale(x, scalesOf(locale), MAX_FRACTION_DIGITS);
  if (affixesOf(currency, locale, scale, x.negative) === undefined) return undefined;
  const all = rounded(shifted(x, scale ?? 0), MAX_FRACTION_DIGITS).digits;
  const whole = all / pow10(MAX_FRACTION_DIGITS);
  return Math.max(0, exponent(x) + 1 - digitCount(whole));
}

/**
 * `writeKnownAmount(money(amount, currency), unit, locale)` for an amount and a unit given as
 * decimal text (as a report's rows give them; `unit` null for an exact amount): the same text and
 * `about`, computed on the amount's digits.
 *
 * @param amount - the amount, decimal text (`-383600000`, `0.004`)
 * @param currency - its currency code
 * @param locale - the language of the separators, scale words and currency
 * @param unit - the unit the amount is known to, decimal text; null for an exact amount
 * @returns the text, and whether the amount was rounded to its known digits
 *
 * @example
 * ```ts
 * compactAmount('1150000000', 'USD', 'en', '100000000');
 * //=> { text: 'US$1.2 billion', about: true }
 * compactAmount('-383600000', 'USD', 'vi', '100000').text; //=> '-383,6 triệu USD'
 * compactAmount('822949308.756', 'USD', 'en', null).text; //=> 'US$822.95 million'
 * ```
 */
export function compactAmount(
  amount: string,
  currency: string,
  locale: Locale,
  unit: string | null,
): KnownAmountText {
  const x = exactOf(amount, MOST_DIGITS);
  const step = unit === null ? undefined : exactOf(unit, MOST_DIGITS);
  const fast =
    x === undefined || (unit !== null && step === undefined) ? undefined : known(x, step);
  return (
    (fast === undefined ? undefined : written(fast, currency, locale)) ??
    writeKnownAmount(money(amount, currency), unit === null ? undefined : new Decimal(unit), locale)
  );
}

/** `knownAmount` of `x` and `unit`: the amount rounded, its power, and whether it changed. */
function known(
  x: Exact,
  unit: Exact | undefined,
): { readonly amount: Exact; readonly power: number | undefined; readonly about: boolean } {
  if (unit === undefined || unit.negative || unit.digits === 0n) {
    return { amount: x, power: undefined, about: false };
  }
  const power = exponent(unit);
  const amount = rounded(x, -power);
  const about = !isWhole(shifted(x, power));
  return { amount: about ? amount : x, power, about };
}

/** `writeKnownAmount`'s text of a known amount; undefined where `writeMoney`'s affixes cannot be read. */
function written(
  { amount, power, about }: ReturnType<typeof known>,
  currency: string,
  locale: Locale,
): KnownAmountText | undefined {
  let fractionDigits: number | undefined;
  if (power === undefined) {
    // Below half a cent, its first digit (never 0 for an amount that is not).
    const tiny =
      amount.places > 0 && amount.digits !== 0n && amount.digits * 200n < pow10(amount.places);
    fractionDigits = tiny ? -exponent(amount) : undefined;
  } else {
    const scale = scaleExponent(amount, currency, locale);
    if (scale === undefined) return undefined;
    fractionDigits = Math.max(0, scale - power);
  }
  const text = compactMoney(amount, currency, locale, fractionDigits);
  return text === undefined ? undefined : { text, about };
}
