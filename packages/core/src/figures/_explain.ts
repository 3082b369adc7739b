import { Decimal } from '../_internal/decimal.js';
import { possessive } from '../_internal/possessive.js';
import { findEconomy } from '../economy/index.js';
import { nameInText } from '../economy/name-in-text.js';
import { knownAmount } from '../growth/amount-digits.js';
import { currencyPrefix, inferScale, writeAmount, writeRate, writeStated } from './_describe.js';
import type { Explaining, ExplanationWords } from './_explanation-words.js';
import { impliedUnit } from './_implied-unit.js';
import type { Subject } from './_reconcile-index.js';
import { SCALE_FACTOR, SCALE_SYMBOL } from './_text.js';
import type { AmountFigure } from './figure.js';
import { formatInterval } from './format-interval.js';
import type { Interval } from './interval.js';
import type { PublishedAmount, Scale } from './published-amount.js';
import type { PublishedRate } from './published-rate.js';

/**
 * An economy or group code's name inside an English sentence ("Laos", "the Philippines", "the
 * world", "ASEAN").
 */
export function partyName(code: string): string {
  if (code === 'WLD') return 'the world';
  return nameInText(findEconomy(code)?.names.en ?? code, 'en');
}

/** "Vietnam's exports to ASEAN", "the Philippines' trade with the world". */
export function flowName(
  reporter: string,
  partner: string,
  subject: 'turnover' | 'exports' | 'imports',
): string {
  const owner = possessive(partyName(reporter));
  const other = partyName(partner);
  if (subject === 'exports') return `${owner} exports to ${other}`;
  if (subject === 'imports') return `${owner} imports from ${other}`;
  return `${owner} trade with ${other}`;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The scale to show several amounts in: the smallest of theirs. */
export function displayScale(figures: readonly PublishedAmount[]): Scale {
  let best: Scale = 'trillion';
  for (const figure of figures) {
    if (SCALE_FACTOR[figure.scale].lt(SCALE_FACTOR[best])) best = figure.scale;
  }
  return figures.length === 0 ? 'unit' : best;
}

/** "[338.05, 339.15)" in `scale`, followed by " M" when `withUnit`. */
export function intervalIn(interval: Interval, scale: Scale, withUnit = true): string {
  const text = formatInterval(interval, { unit: SCALE_FACTOR[scale] });
  const symbol = SCALE_SYMBOL[scale];
  return withUnit && symbol !== '' ? `${text} ${symbol}` : text;
}

/**
 * "US$159.6 M [159.55, 159.65)", or "US$1 B [500, 1500) M" when shown in another scale; "more
 * than US$565 M [565, 566)" for a truncated figure (a lower bound, as it was published), "at
 * least US$565 M [565, 566)" where its bound is 'at-least' (`figure.bound`).
 */
export function amountIn(figure: PublishedAmount, scale: Scale): string {
  const written = writeAmount(figure.value, figure.currency, figure.scale, figure.precision);
  const words = figure.bound === 'at-least' ? 'at least ' : 'more than ';
  const bound = figure.rounding === 'truncate' ? words : '';
  return `${bound}${written} ${intervalIn(figure.interval, scale, figure.scale !== scale)}`;
}

/** "2.4 %": a share, without a sign. */
export function shareText(rate: PublishedRate): string {
  return `${writeStated(rate.value, rate.precision)} %`;
}

/** "2.4 % [2.35, 2.45)". */
export function shareWithInterval(rate: PublishedRate): string {
  return `${shareText(rate)} ${formatInterval(rate.interval)}`;
}

/** "are" for exports and imports, "is" for turnover. */
export function verbBe(subject: 'turnover' | 'exports' | 'imports'): string {
  return subject === 'turnover' ? 'is' : 'are';
}

/** "+6.4 % [6.35, 6.45)". */
export function rateWithInterval(rate: PublishedRate): string {
  return `${writeRate(rate.value, rate.precision)} ${formatInterval(rate.interval)}`;
}

/** "+6.4 %". */
export function rateShort(rate: PublishedRate): string {
  return writeRate(rate.value, rate.precision);
}

/**
 * An implied amount's point value for "about …": rounded to the unit its interval knows it to
 * ({@link impliedUnit}: "US$1.2 B" for US$1.5 B up 25.5 %), down to that digit, in the scale of
 * what it is rounded to ("US$1 B" for 792 M known to the billion, not "US$1000 M"); an exact one
 * (no unit) to four significant digits. No exponent.
 */
export function about(figure: AmountFigure): string {
  const { amount, power } = knownAmount(figure.value, impliedUnit(figure));
  const size = amount.abs();
  const scale = inferScale(size, size.div(100));
  const scaled = amount.div(SCALE_FACTOR[scale]);
  const digits =
    power !== undefined
      ? scaled.toFixed(Math.max(0, SCALE_FACTOR[scale].e - power))
      : scaled.abs().gte(1000)
        ? scaled.toFixed(0)
        : scaled.toPrecision(4);
  const currency = figure.currency;
  const symbol = SCALE_SYMBOL[scale];
  return `${currencyPrefix(currency)}${digits}${symbol === '' ? '' : ` ${symbol}`}`;
}

/** A small number in a scale, for gaps and tolerances: six significant digits. */
export function quantity(value: Decimal, scale: Scale): string {
  const scaled = value.div(SCALE_FACTOR[scale]);
  const digits = scaled.isZero() ? '0' : scaled.toSignificantDigits(6).toString();
  const symbol = SCALE_SYMBOL[scale];
  return symbol === '' ? digits : `${digits} ${symbol}`;
}

/** Middle and half-width of an interval. */
export function middle(interval: Interval): { mid: Decimal; half: Decimal } {
  return {
    mid: interval.lo.plus(interval.hi).div(2),
    half: interval.hi.minus(interval.lo).div(2),
  };
}

/** Whether `inner` lies within `outer` (closures). */
function within(inner: Interval, outer: Interval): boolean {
  return inner.lo.gte(outer.lo) && inner.hi.lte(outer.hi);
}

/**
 * A loose-check remark when the coarsest amount is given to a step at least 100 times the
 * finest: "(a loose check: imports US$1 B are given only to the nearest US$1 B)".
 */
export function loosenessNote(
  figures: readonly { readonly subject: Subject; readonly figure: PublishedAmount }[],
  { words, values }: Explaining,
): string {
  if (figures.length < 2) return '';
  let coarsest = figures[0];
  let finest = figures[0];
  for (const entry of figures) {
    if (coarsest === undefined || entry.figure.precision.gt(coarsest.figure.precision)) {
      coarsest = entry;
    }
    if (finest === undefined || entry.figure.precision.lt(finest.figure.precision)) {
      finest = entry;
    }
  }
  if (coarsest === undefined || finest === undefined) return '';
  if (coarsest.figure.precision.lt(finest.figure.precision.times(100))) return '';
  const { figure } = coarsest;
  const note = figure.rounding === 'truncate' ? words.loose.truncated : words.loose.nearest;
  return note(words.subjects[coarsest.subject], values.amount(figure), values.step(figure));
}

/**
 * How `stated` sits against `derived`, for the end of a sentence: "lies inside" ("lies inside
 * it" when the sentence needs an object), "contains it" or "overlaps it".
 */
export function placement(
  stated: Interval,
  derived: Interval,
  words: ExplanationWords,
  object = false,
): string {
  if (within(stated, derived)) return object ? words.placement.insideIt : words.placement.inside;
  if (within(derived, stated)) return words.placement.contains;
  return words.placement.overlaps;
}

/** The distance between two disjoint intervals (0 when they overlap). */
export function gapBetween(a: Interval, b: Interval): Decimal {
  if (a.lo.gt(b.hi)) return a.lo.minus(b.hi);
  if (b.lo.gt(a.hi)) return b.lo.minus(a.hi);
  return new Decimal(0);
}

/** The words for a gap between two disjoint intervals, in `scale` (or percent). */
export function gapWords(
  stated: Interval,
  derived: Interval,
  unit: Scale | '%',
  { words, values }: Explaining,
): string {
  const above = stated.lo.gt(derived.hi);
  const gap = gapBetween(stated, derived);
  const amount =
    unit === '%'
      ? (gap.eq(1) ? words.points.one : words.points.other)(values.points(gap))
      : values.quantity(gap, unit);
  return above ? words.outside.above(amount) : words.outside.below(amount);
}
