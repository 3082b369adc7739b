import { describe, expect, it } from 'vitest';
import { economyCodeFromComtradeIso, listEconomies } from './index.js';

describe('economyCodeFromComtradeIso', () => {
  it("reads every economy of the table by its code and by Comtrade's ISO text", () => {
    for (const economy of listEconomies()) {
      expect(economyCodeFromComtradeIso(economy.code)).toBe(economy.code);
      expect(economyCodeFromComtradeIso(economy.comtradeIso)).toBe(economy.code);
    }
  });

  it("reads Comtrade's own texts and other ISO 3166-1 alpha-3 codes", () => {
    expect(economyCodeFromComtradeIso('S19')).toBe('TWN');
    expect(economyCodeFromComtradeIso('W00')).toBe('WLD');
    expect(economyCodeFromComtradeIso('EUR')).toBe('EUN');
    expect(economyCodeFromComtradeIso('_X')).toBe('XNS');
    expect(economyCodeFromComtradeIso('MEX')).toBe('MEX');
  });

  it('names no economy for a text that is none', () => {
    for (const iso of ['XXX', 'R4', '', 'vnm', 'VNMX']) {
      expect(economyCodeFromComtradeIso(iso)).toBeUndefined();
    }
  });
});
