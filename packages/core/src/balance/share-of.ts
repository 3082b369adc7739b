import { type Amount, readAmounts } from '../_internal/amounts.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { BilateralError } from '../errors/index.js';
import type { Money } from '../money/index.js';

/**
 * The share of a part in a total, as a decimal fraction (`0.024` = 2.4 %): `part ÷ total`, rounded
 * to 64 significant digits.
 *
 * A part larger than the total is allowed and gives a share above 1; a negative part (a balance,
 * say) gives a negative share. Neither is flagged here: this is arithmetic, and whether published
 * parts and totals agree is for the figures module's reconciliation — test `share.gt(1)` if you
 * need it. A total of 0 has no shares.
 *
 * @param part - the part (Money or a bare decimal)
 * @param total - the total, in the same form and currency; must be greater than 0
 * @returns the share as a Decimal fraction
 * @throws {@link BilateralError} `DIVISION_BY_ZERO` when the total is 0; `NON_POSITIVE_BASE` when
 * it is negative; `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL` for non-numbers;
 * `OUT_OF_RANGE` for a value past the supported range or a share of 10^36 or more
 *
 * @example
 * ```ts
 * shareOf(money('1.65', 'USD'), money('16.5', 'USD')).toString();
 * //=> '0.1'
 * shareOf('159.6', '6650').toFixed(3);
 * //=> '0.024'
 * ```
 *
 * @category Balance
 */
export function shareOf<C extends string>(part: Money<C>, total: Money<NoInfer<C>>): Decimal;
export function shareOf(part: DecimalInput, total: DecimalInput): Decimal;
export function shareOf(part: Amount, total: Amount): Decimal {
  const { values } = readAmounts({ part, total });
  if (values.total.isZero()) {
    throw new BilateralError('DIVISION_BY_ZERO', [
      { path: ['total'], message: 'the total is 0, so no share of it is defined' },
    ]);
  }
  if (values.total.isNegative()) {
    throw new BilateralError('NON_POSITIVE_BASE', [
      {
        path: ['total'],
        message: `the total is ${values.total.toString()}; a share needs a total greater than 0`,
      },
    ]);
  }
  return checkRange(values.part.div(values.total), 'the share');
}
