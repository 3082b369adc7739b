import { BilateralError, type IssuePath } from '../errors/index.js';
import { Decimal, type DecimalInput } from './decimal.js';
import { decimalFromText, fromExponentText, fromPlainText } from './decimal-from-text.js';
import { checkRange } from './decimal-range.js';
import { fromForeign } from './foreign-decimal.js';
import { describeInput } from './quote-input.js';

/**
 * Converts a decimal string, a finite number (through its shortest string form) or a Decimal to
 * a {@link Decimal} within the supported range, with a negative zero made `0`.
 *
 * Text and numbers must be less than 10^36 in absolute value with at most 36 digits after the
 * decimal point; Decimals (the library's own results among them) less than 10^36 and, unless 0,
 * at least 10^-100 (see `decimal-range.ts`).
 *
 * @throws BilateralError `INVALID_DECIMAL` for anything that is not a finite decimal,
 * `OUT_OF_RANGE` for a decimal past the range; both name `path`
 */
export function toDecimal(value: DecimalInput, path: IssuePath = []): Decimal {
  if (typeof value === 'string') return decimalFromText(value, path);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new BilateralError('INVALID_DECIMAL', [
        { path, message: `${String(value)} is not a finite number` },
      ]);
    }
    const text = String(value);
    return text.includes('e') ? fromExponentText(text, path) : fromPlainText(text, path);
  }
  if (value instanceof Decimal) {
    if (!value.isFinite()) {
      throw new BilateralError('INVALID_DECIMAL', [
        { path, message: `${value.toString()} is not a finite decimal` },
      ]);
    }
    return checkRange(value, 'the value', path);
  }
  if (Decimal.isDecimal(value)) return fromForeign(value, path);
  throw new BilateralError('INVALID_DECIMAL', [
    { path, message: `${describeInput(value)} is not a decimal number` },
  ]);
}
