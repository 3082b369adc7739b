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
 * @category Errors
 */
export function toSafeParse<T>(parse: () => T): SafeParseResult<T> {
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (error instanceof BilateralError) return { success: false, error };
    throw error;
  }
}
