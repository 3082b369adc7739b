import { describe, expect, it } from 'vitest';
import { isKnownEconomyCode } from './is-known-economy-code.js';
import { listEconomies } from './list-economies.js';

describe('isKnownEconomyCode', () => {
  it('accepts every code of the table and every ISO 3166-1 alpha-3 code', () => {
    for (const economy of listEconomies()) expect(isKnownEconomyCode(economy.code)).toBe(true);
    for (const code of ['MEX', 'ZAF', 'XKK', 'UMI']) expect(isKnownEconomyCode(code)).toBe(true);
  });

  it("accepts the table's EU and special areas, not Comtrade's own texts for them", () => {
    for (const code of ['EUN', 'XNS', 'XBK']) expect(isKnownEconomyCode(code)).toBe(true);
    for (const code of ['EUR', '_X', 'X2']) expect(isKnownEconomyCode(code)).toBe(false);
  });

  it('refuses three capitals that name no country, groups, and what is not a string', () => {
    for (const code of ['XXX', 'EUR', 'AAA', 'W00', 'vnm', 'VN', 'constructor', '__proto__']) {
      expect(isKnownEconomyCode(code)).toBe(false);
    }
    expect(isKnownEconomyCode(704)).toBe(false);
    expect(isKnownEconomyCode(null)).toBe(false);
  });
});
