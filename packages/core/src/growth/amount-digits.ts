/**
 * The digits an amount's figures know, for writing it as the widgets and the `bilateral report`
 * command do: "about US$1.2 billion" for US$1.15 billion known to the 0.1 billion, "US$1.001
 * billion" for a figure known to the million. The amount's counterpart of `roundedRate`.
 *
 * @packageDocumentation
 */
import { Decimal } from '../_internal/decimal.js';
import { oneOfValues } from '../_internal/must-be.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { isLocale, LOCALES, type Locale } from '../economy/locale.js';
import { checkInterval } from '../figures/_check-figure.js';
import type { Interval } from '../figures/interval.js';
import { moneyOfShape } from '../money/check-money.js';
import type { Money } from '../money/money.js';
import { MAX_FRACTION_DIGITS, writeCheckedMoney } from '../money/write-money.js';

/**
 * An amount as {@link knownAmount} rounds it.
 *
 * @example
 * ```ts
 * const known: KnownAmount = knownAmount(new Decimal('1150000000'), new Decimal('100000000'));
 * [known.amount.toFixed(), known.power, known.about]; //=> ['1200000000', 8, true]
 * ```
 *
 * @category Growth
 */
export interface KnownAmount {
  /** The amount rounded to its last known digit, or the amount itself when it is exact. */
  readonly amount: Decimal;
  /**
   * The power of ten of the last digit the amount is known to (the first digit of its unit: 7
   * for 10,100,000), or `undefined` for an exact amount (no unit).
   */
  readonly power: number | undefined;
  /** Whether the amount had digits finer than that, rounded away: to be written "about" it. */
  readonly about: boolean;
}

/**
 * An amount rounded to the power of ten of the unit it is known to (`unit`: a figure's published
 * `precision`, summed for a sum or a difference of figures, or `knownUnit` of a series point, which
 * gives a derived value three significant digits), halves away from zero: US$1.15 billion known
 * to the 0.1 billion is "about US$1.2 billion"; US$822,949,308.76 implied by a rounded rate, known
 * to three digits (the million), "about US$823 million"; US$2.2 billion known to the 0.1 billion
 * stays as it is. An amount without a unit (or a unit that is not above 0) is exact and kept. The
 * widgets write a figure so (`formatAmount`'s `precision`), and {@link writeKnownAmount} writes it
 * with the digits it knows.
 *
 * @param amount - the amount, in currency units
 * @param unit - the unit it is known to, in currency units; `undefined` for an exact amount
 * @returns the amount rounded, the power of ten of its last known digit, and whether it was rounded
 *
 * @example
 * ```ts
 * knownAmount(new Decimal('1150000000'), new Decimal('100000000')).amount.toFixed();
 * //=> '1200000000' ("about US$1.2 billion")
 * knownAmount(new Decimal('1001000000'), new Decimal('1000000')).about; //=> false
 * knownAmount(new Decimal('-508100000'), new Decimal('1000100000')).amount.toFixed();
 * //=> '-1000000000' (491.9 million to the 0.1 million less "US$1 billion" to the billion)
 * ```
 *
 * @category Growth
 */
export function knownAmount(amount: Decimal, unit: Decimal | undefined): KnownAmount {
  if (unit === undefined || !unit.gt(0)) return { amount, power: undefined, about: false };
  const power = unit.e;
  const step = new Decimal(`1e${power}`);
  const rounded = amount.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  if (rounded.eq(amount)) return { amount, power, about: false };
  // Never a minus zero.
  return { amount: rounded.isZero() ? new Decimal(0) : rounded, power, about: true };
}

/**
 * The amount an interval of amounts is written as, and the unit it is known to, for
 * {@link knownAmount} and {@link writeKnownAmount}: its midpoint, known to the power of ten
 * above its width when the midpoint rounded to that still lies in the interval, else to the power
 * of ten of its width (as a sum of figures is known to their precisions summed): the fewest
 * digits that stay inside, as `rateDigits` writes a rate. A turnover of [1450, 1550] million is
 * "US$1.5 billion"; a balance of [−566.3, −466.1] million "about −US$500 million" (−1 billion
 * lies outside it); [832.5, 833] million "about US$833 million". A single point is exact.
 *
 * @param range - the interval, in currency units (its ends' openness does not matter)
 * @returns the midpoint and the unit to write it to; `unit` undefined for a single point
 *
 * @example
 * ```ts
 * const { amount, unit } = intervalAmount(interval('-566300000', '-466100000'));
 * [amount.toFixed(), unit?.toFixed()]; //=> ['-516200000', '100000000']
 * knownAmount(amount, unit).amount.toFixed(); //=> '-500000000' ("about −US$500 million")
 * intervalAmount(interval('832500000', '833000000')).unit?.toFixed(); //=> '1000000'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `range` for what is no interval
 *
 * @category Growth
 */
export function intervalAmount(range: Interval): {
  readonly amount: Decimal;
  readonly unit: Decimal | undefined;
} {
  checkInterval(range, ['range']);
  const amount = range.lo.plus(range.hi).div(2);
  const width = range.hi.minus(range.lo);
  if (width.isZero()) return { amount, unit: undefined };
  const below = new Decimal(`1e${width.e}`);
  const above = below.eq(width) ? below : below.times(10);
  const rounded = knownAmount(amount, above).amount;
  const inside = rounded.gte(range.lo) && rounded.lte(range.hi);
  return { amount, unit: inside ? above : below };
}

/**
 * An amount written by {@link writeKnownAmount}.
 *
 * @example
 * ```ts
 * const written: KnownAmountText = writeKnownAmount(money('1150000000', 'USD'), new Decimal('1e8'), 'en');
 * written; //=> { text: 'US$1.2 billion', about: true }
 * ```
 *
 * @category Growth
 */
export interface KnownAmountText {
  /** The amount in compact notation, without the word "about" (the caller's language has it). */
  readonly text: string;
  /** Whether the amount was rounded to its known digits: to be written "about" it. */
  readonly about: boolean;
}

/**
 * Money in compact notation with the digits it knows ({@link knownAmount}): rounded to the power
 * of ten of its unit and written down to that digit, trailing zeros included ("US$1.001 billion"
 * and "US$1.000 billion" known to the million, "US$1.2 billion" for US$1.15 billion known to the
 * 0.1 billion, `about` then true); an exact amount (no unit) as compact notation writes it by
 * default (to the hundredth of its scale: "US$8.12 billion"), or, below half a cent, to its first
 * digit ("US$0.004": never 0 for an amount that is not). Every locale's scales
 * ("1,2 tỷ USD", "12亿美元").
 *
 * @param value - the money to write
 * @param unit - the unit its amount is known to, in currency units; `undefined` for an exact amount
 * @param locale - the language of the separators, scale words and currency
 * @returns the text, and whether the amount was rounded (to be written "about" it)
 * @throws BilateralError `INVALID_INPUT` at `value` (what is no Money), `unit` (what is
 * neither a Decimal nor `undefined`) or `locale`; an amount past the supported range is written
 *
 * @example
 * ```ts
 * writeKnownAmount(money('1150000000', 'USD'), new Decimal('100000000'), 'en');
 * //=> { text: 'US$1.2 billion', about: true }: "about US$1.2 billion"
 * writeKnownAmount(money('1001000000', 'USD'), new Decimal('1000000'), 'vi').text;
 * //=> '1,001 tỷ USD'
 * writeKnownAmount(money('892900000', 'USD'), new Decimal('100000'), 'zh').text;
 * //=> '8.929亿美元'
 * writeKnownAmount(money('822949308.756', 'USD'), undefined, 'en').text;
 * //=> 'US$822.95 million' (exact)
 * ```
 *
 * @category Growth
 */
export function writeKnownAmount(
  value: Money,
  unit: Decimal | undefined,
  locale: Locale,
): KnownAmountText {
  // The shape only: an amount past the range is written (below 10^36, rounding may reach it).
  const written = moneyOfShape(value, ['value']);
  if (unit !== undefined && !Decimal.isDecimal(unit)) {
    throw wrongArgument(['unit'], 'a Decimal or undefined', unit);
  }
  if (!isLocale(locale)) throw wrongArgument(['locale'], oneOfValues(LOCALES), locale);
  const { amount, power, about } = knownAmount(written.amount, unit);
  if (power === undefined) {
    // Below a cent, the default two decimals would write a non-zero amount as 0: write its first
    // digit instead ("US$0.004").
    const tiny = !amount.isZero() && amount.abs().lt('0.005');
    const digits = tiny ? { fractionDigits: -amount.e } : {};
    return { text: writeCheckedMoney(written, { locale, compact: true, ...digits }), about };
  }
  const rounded = { ...written, amount };
  return {
    text: writeCheckedMoney(rounded, {
      locale,
      compact: true,
      fractionDigits: Math.max(0, scaleExponent(rounded, locale) - power),
    }),
    about,
  };
}

/**
 * The power of ten of the scale compact notation writes an amount in (9 for "US$1.2 billion", 8
 * for "12亿美元", 0 below every scale). Written with every fraction digit it may have, the amount
 * is not rounded into the next scale, and its number has as many digits before the separator as
 * the text has digits past those fraction digits (currency symbols, names and codes have none);
 * the scale is the amount's leading power of ten less that many, plus one.
 */
function scaleExponent(value: Money, locale: Locale): number {
  if (value.amount.isZero()) return 0;
  const exact = writeCheckedMoney(value, {
    locale,
    compact: true,
    fractionDigits: MAX_FRACTION_DIGITS,
  });
  const integerDigits = (exact.match(/\d/g)?.length ?? 0) - MAX_FRACTION_DIGITS;
  // Below 1 the number is written "0.…": its scale is 0, not the amount's negative exponent.
  return Math.max(0, value.amount.e + 1 - integerDigits);
}
