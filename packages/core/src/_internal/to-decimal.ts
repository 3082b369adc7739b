import { BilateralError, type IssuePath } from '../errors/index.js';
import { Decimal, type DecimalInput } from './decimal.js';

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Converts a decimal string, a finite number (through its shortest string form) or a Decimal to
 * a {@link Decimal}; anything else is an `INVALID_DECIMAL` error naming `path`.
 */
export function toDecimal(value: DecimalInput, path: IssuePath = []): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new BilateralError('INVALID_DECIMAL', [
        { path, message: `${String(value)} is not a finite number` },
      ]);
    }
    return new Decimal(String(value));
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) {
      throw new BilateralError('INVALID_DECIMAL', [
        { path, message: `${JSON.stringify(value)} is not a decimal number` },
      ]);
    }
    return new Decimal(text);
  }
  if (Decimal.isDecimal(value)) {
    const decimal = value instanceof Decimal ? value : new Decimal(value);
    if (decimal.isFinite()) return decimal;
    throw new BilateralError('INVALID_DECIMAL', [
      { path, message: `${decimal.toString()} is not a finite decimal` },
    ]);
  }
  throw new BilateralError('INVALID_DECIMAL', [
    { path, message: `${describe(value)} is not a decimal number` },
  ]);
}

/** Whether `text` is a plain decimal string such as `"1491.9"` or `"-0.5"` (no exponent). */
export function isDecimalText(text: string): boolean {
  return /^-?\d+(?:\.\d+)?$/.test(text);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
