import { findEconomy } from './find-economy.js';
import { isKnownEconomyCode } from './is-known-economy-code.js';
import { listEconomies } from './list-economies.js';

/**
 * The economy code a UN Comtrade `reporterISO` or `partnerISO` text names, if it names one: a
 * code of Bilateral's economy table (`'VNM'`), Comtrade's own text for an economy of the table
 * (`'S19'` → `'TWN'`, `'W00'` → `'WLD'`, `'_X'` → `'XNS'`), or any other ISO 3166-1 alpha-3
 * code (`'MEX'`). Comtrade's texts for groups it does not map (`'R4'`, `'XXX'`) name none.
 *
 * @param iso - the text as Comtrade gives it, in capitals
 * @returns the economy's code, or `undefined` when the text names no economy
 *
 * @example
 * ```ts
 * economyCodeFromComtradeIso('VNM');
 * //=> 'VNM'
 * economyCodeFromComtradeIso('S19');
 * //=> 'TWN'
 * economyCodeFromComtradeIso('W00');
 * //=> 'WLD'
 * economyCodeFromComtradeIso('MEX');
 * //=> 'MEX'
 * economyCodeFromComtradeIso('XXX');
 * //=> undefined
 * ```
 *
 * @category Economies
 */
export function economyCodeFromComtradeIso(iso: string): string | undefined {
  if (iso === 'W00') return 'WLD';
  const known = findEconomy(iso) ?? listEconomies().find((economy) => economy.comtradeIso === iso);
  if (known !== undefined) return known.code;
  return isKnownEconomyCode(iso) ? iso : undefined;
}
