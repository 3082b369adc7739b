import { type Locale, money } from '@bilateral/core/calc';
import { formatAmount } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { oneLine } from '../i18n/one-line.js';
import type { BalanceRow } from './balance.js';

/**
 * The two ends of a balance whose sign is unknown (`BalanceRow.range`), each written as an exact
 * amount is ({@link formatAmount}: its ends are sums of the figures' values and half-units) and
 * signed, each on one line ({@link oneLine}: a line ends only between the two):
 * `['−US$75 million', '+US$35 million']`; 0 as `US$0`.
 */
export const rangeEnds = (
  [lo, hi]: NonNullable<BalanceRow['range']>,
  currency: string,
  locale: Locale,
): [string, string] =>
  [lo, hi].map((end) =>
    oneLine(`${end.gt(0) ? '+' : ''}${formatAmount(money(end, currency), locale)}`),
  ) as [string, string];

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
