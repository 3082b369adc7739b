import { BilateralError, type IssuePath } from '../errors/bilateral-error.js';
import { describeInput } from './quote-input.js';

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
