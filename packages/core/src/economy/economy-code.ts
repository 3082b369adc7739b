import { ECONOMY_CODES } from './economies.js';

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
