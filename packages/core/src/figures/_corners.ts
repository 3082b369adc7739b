import type { Decimal } from '../_internal/decimal.js';
import { divDirected, mulDirected } from './_directed.js';
import { type Interval, makeInterval } from './interval.js';

interface End {
  readonly value: Decimal;
  readonly closed: boolean;
}

function ends(x: Interval): readonly End[] {
  return [
    { value: x.lo, closed: x.loClosed },
    { value: x.hi, closed: x.hiClosed },
  ];
}

/**
 * The product or quotient of two intervals from their four corners (the extremes of `x·y` and
 * `x/y` over a box are at its corners). A bound is closed when a corner reaching it is made of
 * closed ends, or when a closed zero makes the result zero whatever the other factor is. Bounds
 * are rounded outward, so the result always contains the exact set. For `'div'` the caller has
 * checked that `b` keeps away from zero.
 */
export function corners(a: Interval, b: Interval, operation: 'mul' | 'div'): Interval {
  const apply = operation === 'mul' ? mulDirected : divDirected;
  let lo: Decimal | undefined;
  let hi: Decimal | undefined;
  let loClosed = false;
  let hiClosed = false;
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const closed =
        (x.closed && y.closed) ||
        (x.closed && x.value.isZero()) ||
        (operation === 'mul' && y.closed && y.value.isZero());
      const down = apply(x.value, y.value, 'down');
      const up = apply(x.value, y.value, 'up');
      if (lo === undefined || down.lt(lo)) {
        lo = down;
        loClosed = closed;
      } else if (down.eq(lo)) {
        loClosed ||= closed;
      }
      if (hi === undefined || up.gt(hi)) {
        hi = up;
        hiClosed = closed;
      } else if (up.eq(hi)) {
        hiClosed ||= closed;
      }
    }
  }
  // Both are set: the loops above always run four times.
  return makeInterval(lo as Decimal, hi as Decimal, loClosed, hiClosed);
}
