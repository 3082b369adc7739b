import { BY_CODE } from './economy-index.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';

/**
 * Whether `value` names an economy a flow, statement or target may trade with: a code of
 * Bilateral's economy table (`'VNM'`; `'WLD'` the World, `'EUN'` the EU, `'XNS'` and `'XBK'`
 * UN Comtrade's special areas) or any code assigned in ISO 3166-1 alpha-3 (`'MEX'`; `'XKK'`
 * for Kosovo). Three capitals that name no country (`'XXX'`) and Comtrade's own texts for
 * groups and areas (`'EUR'`, `'_X'`) are not economy codes.
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
 * isKnownEconomyCode('XNS');
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
