import { type Amount, readAmounts } from '../_internal/amounts.js';
import { assertNotNegative } from '../_internal/assert-not-negative.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import type { Money } from '../money/index.js';

/**
 * The coverage ratio of trade: exports ÷ imports (`1.2` means exports pay for imports 1.2 times;
 * below 1 is a deficit). Rounded to 64 significant digits. It is undefined when imports are 0, and
 * then this returns `null` — a real situation (no imports), not a caller's error — never
 * `Infinity`.
 *
 * @param exports - the reporter's exports (Money or a bare decimal); not negative
 * @param imports - the reporter's imports, in the same form and currency; not negative
 * @returns the ratio as a Decimal, or `null` when imports are 0
 * @throws {@link BilateralError} `INVALID_INPUT` for a negative flow; `CURRENCY_MISMATCH` for mixed
 * currencies; `INVALID_DECIMAL` for non-numbers; `OUT_OF_RANGE` for a value past the supported
 * range or a ratio of 10^36 or more
 *
 * @example
 * ```ts
 * coverageRatio(money('159.6', 'USD'), money('179', 'USD'))?.toFixed(4);
 * //=> '0.8916'
 * coverageRatio('10', '0');
 * //=> null
 * ```
 *
 * @category Balance
 */
export function coverageRatio<C extends string>(
  exports: Money<C>,
  imports: Money<NoInfer<C>>,
): Decimal | null;
export function coverageRatio(exports: DecimalInput, imports: DecimalInput): Decimal | null;
export function coverageRatio(exports: Amount, imports: Amount): Decimal | null {
  const { values } = readAmounts({ exports, imports });
  assertNotNegative(values.exports, 'exports', ['exports']);
  assertNotNegative(values.imports, 'imports', ['imports']);
  if (values.imports.isZero()) return null;
  return checkRange(values.exports.div(values.imports), 'the coverage ratio');
}
