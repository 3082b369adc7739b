import type { Decimal } from '../_internal/decimal.js';
import { assertPositiveBase, assertRateAboveMinusOne } from '../_internal/growth-checks.js';
import { impliedBase } from '../_internal/implied-base.js';

/**
 * `impliedPrevious` of an amount and a rate already read as Decimals (in range): the rate checked
 * (above −100 %), then the base (above 0), then `current ÷ (1 + rate)` (`impliedBase`), with
 * `impliedPrevious`'s errors and paths. Apart from `implied-previous.ts`, which reads Money and decimal input first,
 * so that a series built from a parsed dataset does not load those checks.
 *
 * @internal
 */
export function impliedAmount(current: Decimal, rate: Decimal): Decimal {
  assertRateAboveMinusOne(rate, ['rate']);
  assertPositiveBase(current, 'the current value', ['current']);
  return impliedBase(current, rate);
}
