import type { Economy } from './economy.js';
import { ALL_ECONOMIES } from './economy-index.js';

/**
 * Every economy Bilateral knows, in a fixed order: the ten ASEAN members, Timor-Leste, the main
 * trading partners, the aggregates (the EU, the World), then UN Comtrade's special areas
 * ("Areas, nes", bunkers).
 *
 * @returns a frozen array of frozen {@link Economy} entries
 *
 * @example
 * ```ts
 * listEconomies().length;
 * //=> 33
 * listEconomies().filter((economy) => economy.kind === 'aggregate').map((economy) => economy.code);
 * //=> ['EUN', 'WLD']
 * listEconomies().filter((economy) => economy.kind === 'area').map((economy) => economy.names.en);
 * //=> ['Areas, nes', 'Bunkers']
 * ```
 *
 * @category Economies
 */
export function listEconomies(): readonly Economy[] {
  return ALL_ECONOMIES;
}
