import { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import { addDirected, subDirected } from './_directed.js';
import { formatInterval } from './format-interval.js';
import { type Interval, makeInterval } from './interval.js';

const ONE = new Decimal(1);

/**
 * `1 + rate` for a rate given as a fraction (0.255 for 25.5 %), checked to stay above zero: a
 * rate that can reach −100 % is `DIVISION_BY_ZERO` when the factor divides, `NON_POSITIVE_BASE`
 * otherwise.
 */
export function growthFactor(rate: Interval, use: 'divisor' | 'multiplier'): Interval {
  const factor = makeInterval(
    addDirected(rate.lo, ONE, 'down'),
    addDirected(rate.hi, ONE, 'up'),
    rate.loClosed,
    rate.hiClosed,
  );
  if (factor.lo.gt(0)) return factor;
  const message = `the growth rate ${formatInterval(rate, { unit: '0.01' })} % can reach −100 % or below, which leaves no trade to compare with`;
  if (use === 'divisor' && factor.hi.gte(0)) throw new BilateralError('DIVISION_BY_ZERO', message);
  throw new BilateralError('NON_POSITIVE_BASE', message);
}

/** `x − 1`, rounded outward. */
export function minusOne(x: Interval): Interval {
  return makeInterval(
    subDirected(x.lo, ONE, 'down'),
    subDirected(x.hi, ONE, 'up'),
    x.loClosed,
    x.hiClosed,
  );
}
