import { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';

/** Decimal with Bilateral's 64 digits, rounding towards −∞: for lower bounds. */
const Down = Decimal.clone({ rounding: Decimal.ROUND_FLOOR });
/** Decimal with Bilateral's 64 digits, rounding towards +∞: for upper bounds. */
const Up = Decimal.clone({ rounding: Decimal.ROUND_CEIL });

/** Which way a bound is rounded when the exact result needs more than 64 digits. */
export type Direction = 'down' | 'up';

function finite(value: InstanceType<typeof Down>, what: string): Decimal {
  if (!value.isFinite()) {
    throw new BilateralError('PRECISION_EXCEEDED', `${what} is outside the range of decimals`);
  }
  return new Decimal(value);
}

/** `a + b`, rounded in `direction` when inexact. */
export function addDirected(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return finite(new (direction === 'down' ? Down : Up)(a).plus(b), 'a sum');
}

/** `a − b`, rounded in `direction` when inexact. */
export function subDirected(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return finite(new (direction === 'down' ? Down : Up)(a).minus(b), 'a difference');
}

/** `a × b`, rounded in `direction` when inexact. */
export function mulDirected(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return finite(new (direction === 'down' ? Down : Up)(a).times(b), 'a product');
}

/** `a ÷ b` (b ≠ 0, checked by the caller), rounded in `direction` when inexact. */
export function divDirected(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return finite(new (direction === 'down' ? Down : Up)(a).div(b), 'a quotient');
}

/** Rounds `value` to `digits` significant digits in `direction` (for display). */
export function roundDirected(value: Decimal, digits: number, direction: Direction): Decimal {
  return new Decimal(
    value.toSignificantDigits(
      digits,
      direction === 'down' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL,
    ),
  );
}
