/** Economies and locales: codes, names, lookups (no schema: those are in `./schemas.ts`). */
export type { BorderProvince } from './border-province.js';
export { ECONOMY_CODES } from './economies.js';
export type { Economy } from './economy.js';
export { type EconomyCode, isEconomyCode } from './economy-code.js';
export { economyCodeFromComtradeIso } from './economy-code-from-comtrade-iso.js';
export { economyFromComtradeCode } from './economy-from-comtrade-code.js';
export { economyFromM49 } from './economy-from-m49.js';
export { economyLabel } from './economy-label.js';
export { economyName } from './economy-name.js';
export { findEconomy } from './find-economy.js';
export { getEconomy } from './get-economy.js';
export { getProvince } from './get-province.js';
export { isKnownEconomyCode } from './is-known-economy-code.js';
export { listEconomies } from './list-economies.js';
export { listProvinces } from './list-provinces.js';
export { isLocale, LOCALES, type Locale } from './locale.js';
export type { LocalizedNames } from './localized-names.js';
export { nameInText } from './name-in-text.js';
export { provinceAt } from './province-at.js';
// A star re-export, resolved past this barrel: what imports writeEconomyLabel from the root reaches
// its file only, not the files this barrel names one by one (economyLabel and, through it, the
// error helpers), as a named re-export here would (esbuild's chunks; see writeEconomyLabel).
export * from './write-economy-label.js';
