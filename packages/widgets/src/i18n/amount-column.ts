import { type Decimal, type Locale, type Money, NUMBER_SEPARATORS } from '@bilateral/core/calc';
import { amountScale, formatAmount, roundedToPrecision, sharedDecimals } from './format.js';

/**
 * A table column of amounts, those written in the same scale with the same number of decimals
 * (the most any of them needs, {@link sharedDecimals}: `US$1.00 billion` beside `US$1.15
 * billion`, but `US$656.4 million`, {@link amountScale}), none past the digit a figure's
 * precision gives it (`US$2.2 billion` known to the 0.1 billion stays so beside `US$2.98
 * billion`, not `US$2.20 billion`; the table aligns the column with tabular figures); a missing
 * figure is `—`. Figures said to be "about" keep only their digits.
 *
 * @example
 * ```ts
 * import { Decimal, money } from '@bilateral/core/calc';
 *
 * const usd = (amount: string) => money(amount, 'USD');
 * formatAmountColumn([usd('2980000000'), usd('2200000000'), usd('1000000000')], 'en', [
 *   new Decimal('10000000'),
 *   new Decimal('100000000'),
 * ]); //=> ['US$2.98 billion', 'US$2.2 billion', 'US$1.00 billion']
 * ```
 */
export function formatAmountColumn(
  values: readonly (Money | undefined)[],
  locale: Locale,
  precisions: readonly (Decimal | undefined)[] = [],
): string[] {
  // A missing figure, or one said to be "about" (finer than its precision), sets no decimals.
  const shared = values.filter(
    (value, index): value is Money =>
      value !== undefined && !roundedToPrecision(value.amount, precisions[index]),
  );
  return values.map((value, index) =>
    value === undefined
      ? '—'
      : formatAmount(value, locale, {
          precision: precisions[index],
          fractionDigits: Math.min(
            sharedDecimals(
              shared.filter((other) => amountScale(other, locale) === amountScale(value, locale)),
              locale,
            ),
            knownDecimals(value, locale, precisions[index]),
          ),
        }),
  );
}

/**
 * The decimals of a figure known to `precision` in the compact notation it is written in (1 for
 * US$2.2 billion known to the 0.1 billion, 0 for 22亿美元 known to the 亿, 2 for US$1.56 trillion
 * known to the 10 billion); without a precision, any.
 */
function knownDecimals(value: Money, locale: Locale, precision: Decimal | undefined): number {
  if (precision === undefined || !precision.isPositive()) return Number.POSITIVE_INFINITY;
  // The scale the figure is written in (`writeMoney`'s, trillions included): the figure over the
  // number written, which may have been rounded up into the next scale (1 written in full).
  const [integer = '', fraction = ''] = formatAmount(value, locale).split(
    NUMBER_SEPARATORS[locale][0],
  );
  const written = Number(`${integer.replace(/\D/g, '')}.${fraction.replace(/\D.*/, '')}`);
  const scale = written === 0 ? 0 : Math.log10(Math.abs(value.amount.toNumber()) / written);
  return Math.max(0, Math.round(scale) - precision.e);
}
