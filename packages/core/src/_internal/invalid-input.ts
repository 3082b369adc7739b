import { BilateralError, type IssuePath } from '../errors/index.js';

/**
 * Throws `INVALID_INPUT` with one issue, `message` at `path`: what a checker of an argument's
 * fields (a series, a rate table, the options of a conversion) says of the first one it refuses.
 *
 * @param path - where the bad value is (`['rates', 2, 'rate']`)
 * @param message - what is wrong with it
 *
 * @example
 * ```ts
 * invalidInput(['rates'], 'expected a rate table (an array of rates), got null');
 * // throws BilateralError [INVALID_INPUT]: rates: expected a rate table (an array of rates), got null
 * ```
 */
export function invalidInput(path: IssuePath, message: string): never {
  throw new BilateralError('INVALID_INPUT', [{ path, message }]);
}
