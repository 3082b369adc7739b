import { Decimal } from './decimal.js';
import { checkRange } from './decimal-range.js';
import { preciseSum } from './precise-sum.js';

/**
 * `current ÷ (1 + rate)`, exact to the working precision and checked to be in range
 * (`OUT_OF_RANGE`), for a caller that has checked its inputs: `current` above 0, `rate` above −1
 * (`impliedAmount` checks them, with their errors and paths; a series built from a parsed dataset
 * skips such rates itself, so that its first figure does not load those checks).
 *
 * @internal
 * @example
 * ```ts
 * impliedBase(new Decimal('1100'), new Decimal('0.1')).toString(); //=> '1000'
 * ```
 */
export function impliedBase(current: Decimal, rate: Decimal): Decimal {
  return checkRange(current.div(preciseSum(new Decimal(1), rate)), 'the implied previous value');
}
