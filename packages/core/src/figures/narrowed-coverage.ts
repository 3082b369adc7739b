import type { Decimal } from '../_internal/decimal.js';
import { checkDecimal, isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { intervalAmount } from '../growth/amount-digits.js';
import { uncheckedFewestDigits } from '../growth/unchecked-fewest-digits.js';
import { checkInterval } from './_check-figure.js';
import type { Interval } from './interval.js';

/**
 * The coverage ratio (exports ÷ imports) of a period whose published figures narrow its exports
 * and imports (`kept`, as {@link tradeIntervals} gives them), as `bilateral report` and the
 * widgets' balance card give it: the flows' own ratio where both flows lie in the kept sides
 * (`ratio` `undefined`), else the ratio of the kept sides' midpoints (`null` where the kept
 * imports' midpoint is not above 0 or the kept exports' is below 0); in either case written to the
 * fewest digits the kept sides are known to (their {@link intervalAmount}s: {@link fewestDigits}).
 *
 * @param exported - the flows' exports
 * @param imported - the flows' imports
 * @param kept - the exports and imports every published figure allows
 * @returns the ratio where it is not the flows' own, and the digits to write it with
 *
 * @example
 * ```ts
 * // Exports "US$1.0 billion", imports "US$1.02 billion", a turnover of "US$2.06 billion": the
 * // exports kept to US$1.03 to 1.05 billion, the flows' US$1.0 billion outside them.
 * const { ratio, digits } = narrowedCoverage(new Decimal('1000000000'), new Decimal('1020000000'), {
 *   exports: interval('1030000000', '1050000000'),
 *   imports: interval('1015000000', '1025000000'),
 * });
 * [ratio?.toSignificantDigits(4).toFixed(), digits]; //=> ['1.02', 3] ("about 102 %")
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `exported` or `imported` for what is no Decimal, at
 *   `kept` (or its `exports`, `imports`) for what is not its intervals
 *
 * @category Figures
 */
export function narrowedCoverage(
  exported: Decimal,
  imported: Decimal,
  kept: { readonly exports: Interval; readonly imports: Interval },
): { readonly ratio: Decimal | null | undefined; readonly digits: number | undefined } {
  checkDecimal(exported, ['exported']);
  checkDecimal(imported, ['imported']);
  if (!isRecord(kept))
    throw wrongArgument(['kept'], 'the kept intervals of exports and imports', kept);
  checkInterval(kept.exports, ['kept', 'exports']);
  checkInterval(kept.imports, ['kept', 'imports']);
  const within = (amount: Decimal, { lo, hi }: Interval) => amount.gte(lo) && amount.lte(hi);
  const [x, m] = [intervalAmount(kept.exports), intervalAmount(kept.imports)];
  const ratio =
    within(exported, kept.exports) && within(imported, kept.imports)
      ? undefined
      : m.amount.gt(0) && !x.amount.isNegative()
        ? x.amount.div(m.amount)
        : null;
  return {
    ratio,
    digits: uncheckedFewestDigits([
      [x.amount, x.unit],
      [m.amount, m.unit],
    ]),
  };
}
