/**
 * Maps the distinct (Comtrade code, ISO text) pairs of a bulk read to Bilateral's economies with
 * the core's `economyFromComtradeCode`, once per pair rather than once per row, following the
 * core importer's rules. Private to the package.
 *
 * @internal
 */

import {
  BilateralError,
  economyCodeFromComtradeIso,
  economyFromComtradeCode,
} from '@bilateral/core';

/**
 * How a pair was read: `economy` (a known Comtrade code), `fallback` (an unknown code, the ISO
 * text names an economy: note `iso-fallback`), `group` (an unknown code whose ISO text names no
 * country: a Comtrade group or area), or a problem: `missing` (no code and no ISO text),
 * `not-a-code`, `unknown` (an unknown code and no ISO text), `contradiction` (the ISO text names
 * another economy than the code), `bad-iso` (no code and an ISO text that names no economy).
 */
export type CodeStatus =
  | 'economy'
  | 'fallback'
  | 'group'
  | 'missing'
  | 'not-a-code'
  | 'unknown'
  | 'contradiction'
  | 'bad-iso';

/** One distinct pair and what it maps to. */
export interface MappedCode {
  readonly code: string;
  readonly iso: string;
  /** The economy's ISO alpha-3 code (`WLD` for the World); `''` for a problem. */
  readonly economy: string;
  readonly status: CodeStatus;
}

/**
 * Maps one pair (`code` and `iso` as read, `''` when empty).
 */
export function mapComtradeCode(code: string, iso: string): MappedCode {
  const pair = { code, iso };
  if (code === '') {
    if (iso === '') return { ...pair, economy: '', status: 'missing' };
    const economy = economyCodeFromComtradeIso(iso);
    return economy === undefined
      ? { ...pair, economy: '', status: 'bad-iso' }
      : { ...pair, economy, status: 'economy' };
  }
  // A whole number as the core reads one (`0704`, `704.0`), of any size.
  const number = /^[+-]?\d+(?:\.0+)?$/.test(code) ? Number.parseInt(code, 10) : Number.NaN;
  if (!Number.isSafeInteger(number)) return { ...pair, economy: '', status: 'not-a-code' };
  try {
    const economy = economyFromComtradeCode(number);
    if (iso !== '' && iso !== economy.code && iso !== economy.comtradeIso) {
      return { ...pair, economy: economy.code, status: 'contradiction' };
    }
    return { ...pair, economy: economy.code, status: 'economy' };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
  }
  if (iso === '') return { ...pair, economy: '', status: 'unknown' };
  const economy = economyCodeFromComtradeIso(iso);
  return economy === undefined
    ? { ...pair, economy: iso, status: 'group' }
    : { ...pair, economy, status: 'fallback' };
}
