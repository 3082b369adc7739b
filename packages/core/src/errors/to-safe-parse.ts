import { wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError, type SafeParseResult } from './bilateral-error.js';

/**
 * Turns a throwing parser into its result form: any {@link BilateralError} it throws becomes
 * `{ success: false, error }`; any other exception is a bug and is rethrown.
 *
 * @example
 * ```ts
 * const result = toSafeParse(() => parsePeriod('2024-Q5'));
 * result.success;
 * //=> false
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `parse` for what is no function (not turned into a
 *   result: it is no parser's mistake)
 *
 * @category Errors
 */
export function toSafeParse<T>(parse: () => T): SafeParseResult<T> {
  if (typeof parse !== 'function') throw wrongArgument(['parse'], 'a function', parse);
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (error instanceof BilateralError) return { success: false, error };
    throw error;
  }
}
