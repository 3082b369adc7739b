import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { ECONOMY_CODES } from './economies.js';
import type { EconomyCode } from './economy-code.js';
import { unknownCodeMessage } from './economy-lookup.js';

/**
 * The JSON form of an {@link EconomyCode}: three capital letters that are a known code. The
 * message names the input and, when it can, the code that was meant (`"vnm"`, `"VN"`, `"Lào"`).
 *
 * @example
 * ```ts
 * EconomyCodeSchema.safeParse('LAO').success;
 * //=> true
 * EconomyCodeSchema.safeParse('XYZ').success;
 * //=> false
 * ```
 *
 * @category Economies
 */
export const EconomyCodeSchema = z.enum(ECONOMY_CODES, {
  error: (issue) => unknownCodeMessage(issue.input),
});

/**
 * Validates an economy code.
 *
 * @param input - anything; a known code such as `'VNM'` passes
 * @returns the code, typed as {@link EconomyCode}
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the input (and the likely code)
 *
 * @example
 * ```ts
 * parseEconomyCode('KHM');
 * //=> 'KHM'
 * parseEconomyCode('VN');
 * // throws BilateralError [UNKNOWN_ECONOMY]: "VN" is not an economy code: did you mean "VNM"? …
 * ```
 *
 * @category Economies
 */
export function parseEconomyCode(input: unknown): EconomyCode {
  return parseWithSchema(EconomyCodeSchema, input, 'UNKNOWN_ECONOMY');
}

/**
 * The result form of {@link parseEconomyCode}.
 *
 * @example
 * ```ts
 * safeParseEconomyCode('XYZ').success;
 * //=> false
 * ```
 *
 * @category Economies
 */
export function safeParseEconomyCode(input: unknown): SafeParseResult<EconomyCode> {
  return toSafeParse(() => parseEconomyCode(input));
}
