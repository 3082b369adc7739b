import type { Economy } from './economy.js';
import { BY_CODE } from './economy-index.js';

/**
 * The economy with this code, or `undefined` when there is none: the non-throwing form of
 * {@link getEconomy}.
 *
 * @param code - ISO 3166-1 alpha-3 in capitals (`'VNM'`), or `'WLD'` for the World
 * @returns the frozen {@link Economy}, or `undefined`
 *
 * @example
 * ```ts
 * findEconomy('KHM')?.names.vi;
 * //=> 'Campuchia'
 * findEconomy('XYZ');
 * //=> undefined
 * ```
 *
 * @category Economies
 */
export function findEconomy(code: string): Economy | undefined {
  return typeof code === 'string' ? BY_CODE.get(code) : undefined;
}
