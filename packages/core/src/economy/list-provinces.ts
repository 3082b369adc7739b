import type { BorderProvince } from './border-province.js';
import { getEconomy } from './get-economy.js';
import { ALL_PROVINCES } from './province-lookup.js';

/**
 * Every border province Bilateral knows, or those of one country: units merged away included
 * (they carry `mergedInto`), in table order (north to south; Vietnam's 2025 successors after the
 * units they absorbed).
 *
 * @param country - an economy code (`'VNM'`, `'LAO'`, `'CHN'`); all countries when omitted
 * @returns a frozen array (a new one when filtered) of frozen {@link BorderProvince} entries
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming a country code Bilateral does not know
 *
 * @example
 * ```ts
 * listProvinces('LAO').length;
 * //=> 13
 * listProvinces('CHN').map((province) => province.names.zh);
 * //=> ['云南', '西双版纳', '普洱']
 * listProvinces('THA');
 * //=> []
 * ```
 *
 * @category Economies
 */
export function listProvinces(country?: string): readonly BorderProvince[] {
  if (country === undefined) return ALL_PROVINCES;
  const code = getEconomy(country).code;
  return Object.freeze(ALL_PROVINCES.filter((province) => province.country === code));
}
