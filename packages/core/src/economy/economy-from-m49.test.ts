import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import { economyFromM49, listEconomies } from './index.js';

describe('economyFromM49', () => {
  it('finds every economy by its M49 code, as a number or as digits', () => {
    for (const economy of listEconomies()) {
      if (economy.m49 === null) continue;
      expect(economyFromM49(economy.m49)).toBe(economy);
      expect(economyFromM49(String(economy.m49).padStart(3, '0'))).toBe(economy);
    }
  });

  it('finds no economy for the EU and the areas, which M49 does not list', () => {
    const without = listEconomies().filter((economy) => economy.m49 === null);
    expect(without.map((economy) => economy.code)).toEqual(['EUN', 'XNS', 'XBK']);
  });

  it('reads the M49 codes that differ from Comtrade', () => {
    expect(economyFromM49(356).code).toBe('IND');
    expect(economyFromM49(840).code).toBe('USA');
    expect(economyFromM49(250).code).toBe('FRA');
    expect(economyFromM49(756).code).toBe('CHE');
    expect(economyFromM49(578).code).toBe('NOR');
    expect(economyFromM49('001').code).toBe('WLD');
    expect(economyFromM49(158).code).toBe('TWN');
  });

  it.each([
    [
      699,
      '699 is not a known UN M49 code: it is the UN Comtrade code of India (IND), whose M49 code is 356; read Comtrade files with economyFromComtradeCode()',
    ],
    [
      0,
      '0 is not a known UN M49 code: it is the UN Comtrade code of World (WLD), whose M49 code is 001; read Comtrade files with economyFromComtradeCode()',
    ],
    [
      '842',
      '"842" is not a known UN M49 code: it is the UN Comtrade code of United States (USA), whose M49 code is 840; read Comtrade files with economyFromComtradeCode()',
    ],
    [
      899,
      '899 is not a known UN M49 code: it is the UN Comtrade code of Areas, nes (XNS), which has no M49 code; read Comtrade files with economyFromComtradeCode()',
    ],
    [4, '4 is not a known UN M49 code; listEconomies() lists them all'],
  ])('throws UNKNOWN_ECONOMY naming %j, and says when it is a Comtrade code', (code, message) => {
    expect(() => economyFromM49(code)).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ECONOMY', message }),
    );
  });

  it.each([[-1], [1000], [1.5], [Number.NaN], ['abc'], [''], ['1e2']])(
    'throws UNKNOWN_ECONOMY for %j, which is not an M49 code at all',
    (code) => {
      expect(() => economyFromM49(code)).toThrowError(
        expect.objectContaining({
          code: 'UNKNOWN_ECONOMY',
          message: expect.stringMatching(
            /is not a UN M49 code: expected a whole number from 0 to 999/,
          ),
        }),
      );
    },
  );

  it('either finds the economy with that code or names the code (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (code) => {
        try {
          return economyFromM49(code).m49 === code;
        } catch (error) {
          return (
            error instanceof BilateralError &&
            error.code === 'UNKNOWN_ECONOMY' &&
            error.message.startsWith(`${code} is not a known UN M49 code`)
          );
        }
      }),
      propertyRuns(356, { ci: 1000, full: 1000 }),
    );
  });
});
