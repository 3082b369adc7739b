import { Decimal } from './decimal.js';
import { getOrCreate } from './get-or-create.js';

const clones = new Map<number, typeof Decimal>();

/** A {@link Decimal} constructor computing to `precision` significant digits (made once each). */
export function withPrecision(precision: number): typeof Decimal {
  return getOrCreate(clones, precision, () => Decimal.clone({ precision }));
}
