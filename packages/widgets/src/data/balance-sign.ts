import type { Decimal } from '@bilateral/core/calc';

/**
 * The sign of a balance known to a unit (−1, 0 or 1), or `undefined` where the interval it is
 * known to holds 0 and is not the single point 0: no surplus or deficit can be told, as
 * `bilateral report` says "surplus or deficit unknown within rounding". A balance of the flows
 * is known to their intervals together (each value ± half its `precision`): it holds 0 where the
 * balance is within half their units summed of 0. A balance the published turnover narrows
 * (`narrowedBalances`: the interval's midpoint and the unit `intervalAmount` gives it) holds 0
 * exactly then too — the unit is a power of ten at least as wide as the interval wherever the
 * interval holds 0, and narrower than twice the midpoint's distance from 0 wherever it does
 * not (narrowed-balances.node.test.ts checks it) — so the data files need not say it.
 *
 * @param balance - the balance (the flows' difference, or the narrowed interval's midpoint)
 * @param unit - the unit it is known to; `undefined` or 0 for an exact balance
 *
 * @example
 * ```ts
 * import { Decimal } from '@bilateral/core/calc';
 *
 * // Exports "US$1.0 billion", imports "US$1.02 billion": −US$20 million, known to 0.11 billion.
 * balanceSign(new Decimal('-20000000'), new Decimal('110000000')); //=> undefined
 * balanceSign(new Decimal('-516200000'), new Decimal('100000000')); //=> -1
 * balanceSign(new Decimal('0'), undefined); //=> 0
 * ```
 */
export const balanceSign = (balance: Decimal, unit: Decimal | undefined): number | undefined =>
  unit?.gt(0) && balance.abs().lte(unit.div(2)) ? undefined : balance.cmp(0);
