/**
 * Indexes over the economy table. Private to the module. Apart from the messages of
 * `UNKNOWN_ECONOMY` (`economy-lookup.ts`), so that what only reads names (`writeEconomyLabel`, in
 * the widgets' economy table loaded on demand) does not reach the error helpers, which an app
 * loads first: esbuild places a file by the set of entries that reach it, and an on-demand chunk
 * that reaches first-load files splits them off into a first-load file of their own.
 *
 * @internal
 */

import { ECONOMIES } from './economies.js';
import type { Economy } from './economy.js';

for (const economy of ECONOMIES) {
  Object.freeze(economy.names);
  Object.freeze(economy);
}

/** The whole table, frozen (and every entry in it). */
export const ALL_ECONOMIES: readonly Economy[] = Object.freeze(ECONOMIES);

/** Economies by code. */
export const BY_CODE: ReadonlyMap<string, Economy> = new Map(ALL_ECONOMIES.map((e) => [e.code, e]));

/** Economies by UN M49 numeric code (the EU and Comtrade's areas have none). */
export const BY_M49: ReadonlyMap<number, Economy> = new Map(
  ALL_ECONOMIES.flatMap((e) => (e.m49 === null ? [] : [[e.m49, e] as const])),
);

/** Economies by UN Comtrade reporter/partner code. */
export const BY_COMTRADE: ReadonlyMap<number, Economy> = new Map(
  ALL_ECONOMIES.map((e) => [e.comtradeCode, e]),
);
