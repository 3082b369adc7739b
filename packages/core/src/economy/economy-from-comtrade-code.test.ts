import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import { economyFromComtradeCode, listEconomies } from './index.js';

describe('economyFromComtradeCode', () => {
  it('finds every economy by its Comtrade code, as a number or as digits', () => {
    for (const economy of listEconomies()) {
      expect(economyFromComtradeCode(economy.comtradeCode)).toBe(economy);
      expect(economyFromComtradeCode(String(economy.comtradeCode))).toBe(economy);
    }
  });

  it('reads Comtrade codes that differ from M49 as Comtrade codes', () => {
    expect(economyFromComtradeCode(699).code).toBe('IND');
    expect(economyFromComtradeCode(842).code).toBe('USA');
    expect(economyFromComtradeCode(251).code).toBe('FRA');
    expect(economyFromComtradeCode(381).code).toBe('ITA');
    expect(economyFromComtradeCode(757).code).toBe('CHE');
    expect(economyFromComtradeCode(579).code).toBe('NOR');
    expect(economyFromComtradeCode(490).code).toBe('TWN');
    expect(economyFromComtradeCode(0).code).toBe('WLD');
  });

  it("reads Comtrade's EU and special areas as the table's group and areas", () => {
    expect(economyFromComtradeCode(97)).toMatchObject({ code: 'EUN', kind: 'aggregate' });
    expect(economyFromComtradeCode(899)).toMatchObject({ code: 'XNS', kind: 'area' });
    expect(economyFromComtradeCode('837')).toMatchObject({ code: 'XBK', kind: 'area' });
  });

  it('reads codes equal in both systems', () => {
    expect(economyFromComtradeCode(704).code).toBe('VNM');
    expect(economyFromComtradeCode(418).code).toBe('LAO');
    expect(economyFromComtradeCode(156).code).toBe('CHN');
  });

  it('falls back to M49 for numbers Comtrade does not use (files with plain M49 codes)', () => {
    expect(economyFromComtradeCode(356).code).toBe('IND');
    expect(economyFromComtradeCode(840).code).toBe('USA');
    expect(economyFromComtradeCode('001').code).toBe('WLD');
  });

  it('throws UNKNOWN_ECONOMY naming an unknown code', () => {
    expect(() => economyFromComtradeCode(4)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message:
          '4 is not the UN Comtrade code of an economy Bilateral knows; listEconomies() lists them all',
        issues: [
          {
            path: [],
            message:
              '4 is not the UN Comtrade code of an economy Bilateral knows; listEconomies() lists them all',
            hint: { code: 'LIST_ECONOMIES', message: 'listEconomies() lists them all' },
          },
        ],
      }),
    );
  });

  it.each([[-1], [1000], [2.5], ['W00'], ['']])(
    'throws UNKNOWN_ECONOMY for %j, which is not a Comtrade code at all',
    (code) => {
      expect(() => economyFromComtradeCode(code)).toThrowError(
        expect.objectContaining({
          code: 'UNKNOWN_ECONOMY',
          message: `${JSON.stringify(code)} is not a UN Comtrade code: expected a whole number from 0 to 999 such as 704 or "704"`,
        }),
      );
    },
  );

  it('prefers the Comtrade reading, and names any code it cannot read (property)', () => {
    const economies = listEconomies();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (code) => {
        const byComtrade = economies.find((economy) => economy.comtradeCode === code);
        const byM49 = economies.find((economy) => economy.m49 === code);
        try {
          return economyFromComtradeCode(code) === (byComtrade ?? byM49);
        } catch (error) {
          return (
            byComtrade === undefined &&
            byM49 === undefined &&
            error instanceof BilateralError &&
            error.code === 'UNKNOWN_ECONOMY' &&
            error.message.startsWith(`${code} is not the UN Comtrade code`)
          );
        }
      }),
      propertyRuns(699, { ci: 1000, full: 1000 }),
    );
  });
});
