import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { getEconomy, listEconomies } from './index.js';

describe('getEconomy', () => {
  it('returns the economy for every known code', () => {
    for (const economy of listEconomies()) expect(getEconomy(economy.code)).toBe(economy);
  });

  it('carries all the codes of an economy', () => {
    expect(getEconomy('VNM')).toMatchObject({
      code: 'VNM',
      iso2: 'VN',
      m49: 704,
      comtradeCode: 704,
      comtradeIso: 'VNM',
      kind: 'country',
    });
    expect(getEconomy('WLD')).toMatchObject({
      iso2: null,
      m49: 1,
      comtradeCode: 0,
      comtradeIso: 'W00',
      kind: 'aggregate',
    });
  });

  it('throws UNKNOWN_ECONOMY naming an unknown code', () => {
    expect(() => getEconomy('XYZ')).toThrowError(BilateralError);
    expect(() => getEconomy('XYZ')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message:
          '"XYZ" is not a known economy code: known codes are ISO 3166-1 alpha-3 such as "VNM", "LAO", "CHN"; listEconomies() lists them all',
        issues: [
          {
            path: [],
            message:
              '"XYZ" is not a known economy code: known codes are ISO 3166-1 alpha-3 such as "VNM", "LAO", "CHN"; listEconomies() lists them all',
            hint: { code: 'LIST_ECONOMIES', message: 'listEconomies() lists them all' },
          },
        ],
      }),
    );
  });

  it('points to the list only for a well-formed code no economy has', () => {
    const hintOf = (input: string) => {
      try {
        getEconomy(input);
      } catch (error) {
        return error instanceof BilateralError ? (error.issues[0]?.hint?.code ?? null) : 'x';
      }
      return 'no error';
    };
    expect(hintOf('QQQ')).toBe('LIST_ECONOMIES');
    expect(hintOf('lao')).toBeNull();
    expect(hintOf('V1')).toBeNull();
  });

  it('suggests the code for lower case, alpha-2 codes and names in any locale', () => {
    const suggested = (input: string) => {
      try {
        getEconomy(input);
      } catch (error) {
        return error instanceof BilateralError
          ? /did you mean "(\w+)"/.exec(error.message)?.[1]
          : 'x';
      }
      return 'no error';
    };
    expect(suggested('lao')).toBe('LAO');
    expect(suggested('LA')).toBe('LAO');
    expect(suggested('Laos')).toBe('LAO');
    expect(suggested('ລາວ')).toBe('LAO');
    expect(suggested('老挝')).toBe('LAO');
    expect(suggested('trung quốc')).toBe('CHN');
    expect(suggested('Atlantis')).toBeUndefined();
  });

  it('refuses a value that is not a string', () => {
    expect(() => getEconomy(704 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message:
          '704 is not an economy code: expected three capital letters (ISO 3166-1 alpha-3) such as "VNM"',
      }),
    );
  });
});
