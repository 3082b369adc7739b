import type { LowerBound } from '@bilateral/core';
import { type Locale, type Money, money } from '@bilateral/core/calc';
import { formatAmount } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { oneLine } from '../i18n/one-line.js';
import type { BalanceRow } from './balance.js';

/**
 * The two ends of a balance's interval (`BalanceRow.range`), signed (`+` above 0; 0 as `US$0`), or
 * with `sizes` their sizes unsigned, each on one line ({@link oneLine}: a line ends only between
 * the two) and both to the finest power of ten either end other than 0 has a digit in, as
 * `bilateral report` writes them (its `endsUnit`): `['−US$75 million', '+US$35 million']`,
 * `['−US$123.456 thousand', '+US$876.544 thousand']` (not `−US$123.46 thousand`: the ends are
 * exact sums of the figures' values and half-units, and written to the default hundredth of
 * their scale they could read alike: US$1.1305 billion and US$1.1315 billion both `US$1.13
 * billion`). A scale's decimals as the core's `writeKnownAmount` counts them.
 */
export function rangeEnds(
  range: NonNullable<BalanceRow['range']>,
  currency: string,
  locale: Locale,
  sizes?: boolean,
): [string, string] {
  const finest = Math.min(
    ...range.filter((end) => !end.isZero()).map((end) => end.e - end.precision() + 1),
  );
  return range.map((end) => {
    const value = money(sizes ? end.abs() : end, currency);
    // The power of ten of the scale the end is written in: its leading digit's, less the digits
    // before the separator once it is written with 20 decimals (at or below 0 below every scale).
    const scale =
      end.e +
      21 -
      (formatAmount(value, locale, { fractionDigits: 20 }).match(/\d/g) as string[]).length;
    const text = formatAmount(value, locale, {
      fractionDigits: Math.max(0, scale - finest, -finest),
    });
    return oneLine(`${!sizes && end.gt(0) ? '+' : ''}${text}`);
  }) as [string, string];
}

/**
 * A side's flow as the card's bar, its series' tip and data table write it: `text` (by default as
 * {@link formatAmount} writes it alone), or where the side was published as a lower bound
 * (`BalanceRow.bounds`) after "more than" or "at least" with every digit it has
 * (`formatAmount`'s `lowerBound`: "more than US$1.065 billion", not "US$1.07 billion").
 *
 * @example
 * ```ts
 * flowText(money('1065000000', 'USD'), 'more-than', 'en', m); //=> 'more than US$1.065 billion'
 * flowText(money('267000000', 'USD'), undefined, 'en', m); //=> 'US$267 million'
 * ```
 */
export const flowText = (
  value: Money,
  bound: LowerBound | undefined,
  locale: Locale,
  m: Messages,
  text = formatAmount(value, locale),
): string => (bound ? m[bound] + formatAmount(value, locale, { lowerBound: bound }) : text);

/**
 * A row's balance as the card's figure, its series' tip, description and data table write it:
 * the amount to the digits its unit supports ("about −US$500 million"), or where the sign is
 * unknown the interval it is known to ("−US$75 million to +US$35 million", `balanceRange`).
 */
export const balanceText = (
  { point, precision, range }: BalanceRow,
  locale: Locale,
  m: Messages,
) =>
  range
    ? m.balanceRange(...rangeEnds(range, point.balance.currency, locale))
    : formatAmount(point.balance, locale, { precision });
