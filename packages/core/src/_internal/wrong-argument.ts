import { BilateralError, type IssuePath } from '../errors/bilateral-error.js';
import { Decimal } from './decimal.js';
import { describeInput } from './quote-input.js';

/**
 * Whether `value` is an object that is not an array (what an argument that takes fields must be).
 *
 * @example
 * ```ts
 * [isRecord({ kind: 'year' }), isRecord([]), isRecord(null)]; //=> [true, false, false]
 * ```
 */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The error a public function throws for an argument of the wrong kind (nothing, a number where a
 * file name goes, an object where a function goes): `INVALID_INPUT` at the argument's path,
 * saying what was expected and what came — not the `TypeError` the function would meet deeper
 * in (in Node's `fs`, or reading a field of `undefined`).
 *
 * @param path - the argument's name (`['file']`), or the path to the field that is wrong in it
 * @param expected - what it must be, in words that follow `expected` (`a function`)
 * @param value - what was given
 */
export function wrongArgument(path: IssuePath, expected: string, value: unknown): BilateralError {
  return new BilateralError('INVALID_INPUT', [
    { path, message: `expected ${expected}, got ${describeInput(value)}` },
  ]);
}

/**
 * Refuses, as {@link wrongArgument} at `[name]`, a count that is no whole number from 0 (a
 * number of records, fields, issues: a NaN from `Number()` of nothing, a fraction, −1).
 *
 * @param name - the argument's name
 * @param value - what was given
 */
export function checkCount(name: string, value: unknown): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw wrongArgument([name], 'a count, a whole number from 0', value);
  }
}

/**
 * Refuses, as {@link wrongArgument} at `path`, what is not a Decimal (this copy's or another's:
 * `Decimal.isDecimal`), where a function computes with one: text, a number, nothing.
 *
 * @param value - what was given
 * @param path - the argument's path (`['rate']`)
 *
 * @example
 * ```ts
 * let refused = '';
 * try {
 *   checkDecimal('0.3', ['rate']);
 * } catch (error) {
 *   refused = String(error);
 * }
 * refused; //=> 'BilateralError [INVALID_INPUT]: rate: expected a Decimal, got "0.3"'
 * ```
 */
export function checkDecimal(value: unknown, path: IssuePath): asserts value is Decimal {
  if (!Decimal.isDecimal(value)) throw wrongArgument(path, 'a Decimal', value);
}
