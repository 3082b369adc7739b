import type { Economy } from './economy.js';
import { ALL_ECONOMIES } from './economy-lookup.js';

/**
 * Every economy Bilateral knows, in a fixed order: the ten ASEAN members, Timor-Leste, the main
 * trading partners, then the World.
 *
 * @returns a frozen array of frozen {@link Economy} entries
 *
 * @example
 * ```ts
 * listEconomies().length;
 * //=> 30
 * listEconomies().filter((economy) => economy.kind === 'aggregate').map((economy) => economy.code);
 * //=> ['WLD']
 * ```
 *
 * @category Economies
 */
export function listEconomies(): readonly Economy[] {
  return ALL_ECONOMIES;
}
