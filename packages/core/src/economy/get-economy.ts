import { BilateralError } from '../errors/index.js';
import type { Economy } from './economy.js';
import { BY_CODE } from './economy-index.js';
import { unknownCodeIssue } from './economy-lookup.js';

/**
 * The economy with this code.
 *
 * @param code - ISO 3166-1 alpha-3 in capitals (`'VNM'`), or `'WLD'` for the World
 * @returns the frozen {@link Economy}
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the code (and the likely code when the
 * input is lower case, an alpha-2 code or a name: `"Lào"` → did you mean "LAO"?); a well-formed
 * code no economy has, with the hint `LIST_ECONOMIES`
 *
 * @example
 * ```ts
 * getEconomy('LAO').names.lo;
 * //=> 'ລາວ'
 * getEconomy('USA').comtradeCode;
 * //=> 842
 * getEconomy('XYZ');
 * // throws BilateralError [UNKNOWN_ECONOMY]: "XYZ" is not a known economy code: …; listEconomies() lists them all
 * ```
 *
 * @category Economies
 */
export function getEconomy(code: string): Economy {
  const economy = typeof code === 'string' ? BY_CODE.get(code) : undefined;
  if (economy === undefined) {
    throw new BilateralError('UNKNOWN_ECONOMY', [{ path: [], ...unknownCodeIssue(code) }]);
  }
  return economy;
}
