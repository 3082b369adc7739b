import fc from 'fast-check';
import { Decimal } from '../_internal/decimal.js';

/** A decimal as whole digits and a scale: `digits × 10^-scale`. */
export interface Scaled {
  readonly digits: bigint;
  readonly scale: number;
}

/**
 * Amounts of up to 64 significant digits in the supported range (below 10^36, at most 36
 * decimals), as digits and a scale; a third of them of at most 21 digits.
 */
export const scaledAmount: fc.Arbitrary<Scaled> = fc
  .integer({ min: 0, max: 36 })
  .chain((scale) =>
    fc
      .oneof(
        fc.bigInt({ min: 0n, max: 10n ** BigInt(Math.min(64, 36 + scale)) - 1n }),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
      )
      .map((digits) => ({ digits, scale })),
  );

/** The decimal text of `digits × 10^-scale`, e.g. `{ digits: 1205n, scale: 2 }` → `'12.05'`. */
export const scaledText = ({ digits, scale }: Scaled): string =>
  new Decimal(`${digits}e-${scale}`).toFixed();

/** The significant digits of `digits` (at any scale), trailing zeros left out. */
export const significantDigits = (digits: bigint): number =>
  digits === 0n ? 0 : digits.toString().replace(/0+$/, '').replace(/^-/, '').length;
