import { BY_CODE } from './economy-lookup.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';

/**
 * Whether `value` names an economy a flow, statement or target may trade with: a code of
 * Bilateral's economy table (`'VNM'`, `'WLD'` for the World) or any code assigned in ISO 3166-1
 * alpha-3 (`'MEX'`; `'XKK'` for Kosovo). Three capitals that name no country (`'XXX'`) and the
 * codes of groups (UN Comtrade's `'EUR'` for the EU) are not economies.
 *
 * @param value - anything; only a string can pass
 * @returns `true` for a known code
 *
 * @example
 * ```ts
 * isKnownEconomyCode('MEX');
 * //=> true
 * isKnownEconomyCode('WLD');
 * //=> true
 * isKnownEconomyCode('XXX');
 * //=> false
 * ```
 *
 * @category Economies
 */
export function isKnownEconomyCode(value: unknown): value is string {
  return typeof value === 'string' && (BY_CODE.has(value) || ALPHA2_BY_ALPHA3.has(value));
}
