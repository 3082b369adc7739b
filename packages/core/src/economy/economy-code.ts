import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { ECONOMY_CODES } from './economies.js';
import { unknownCodeMessage } from './economy-lookup.js';

/**
 * The code of an economy Bilateral knows: ISO 3166-1 alpha-3 (`'VNM'`, `'LAO'`, `'CHN'` …) or
 * `'WLD'` for the World.
 *
 * @example
 * ```ts
 * const reporter: EconomyCode = 'VNM';
 * getEconomy(reporter).names.en;
 * //=> 'Vietnam'
 * ```
 *
 * @category Economies
 */
export type EconomyCode = (typeof ECONOMY_CODES)[number];

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
 * Whether `value` is the code of an economy Bilateral knows.
 *
 * @example
 * ```ts
 * isEconomyCode('THA');
 * //=> true
 * isEconomyCode('tha');
 * //=> false
 * ```
 *
 * @category Economies
 */
export function isEconomyCode(value: unknown): value is EconomyCode {
  return typeof value === 'string' && (ECONOMY_CODES as readonly string[]).includes(value);
}

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
