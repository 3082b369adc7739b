import { describe, expect, it } from 'vitest';
import { economyName, getEconomy, LOCALES, type Locale, listEconomies } from './index.js';

describe('economyName', () => {
  it.each([
    ['LAO', 'vi', 'Lào'],
    ['CHN', 'vi', 'Trung Quốc'],
    ['THA', 'vi', 'Thái Lan'],
    ['KHM', 'vi', 'Campuchia'],
    ['VNM', 'vi', 'Việt Nam'],
    ['LAO', 'lo', 'ລາວ'],
    ['VNM', 'lo', 'ຫວຽດນາມ'],
    ['CHN', 'lo', 'ຈີນ'],
    ['THA', 'lo', 'ໄທ'],
    ['KHM', 'lo', 'ກຳປູເຈຍ'],
    ['LAO', 'zh', '老挝'],
    ['VNM', 'zh', '越南'],
    ['CHN', 'zh', '中国'],
    ['WLD', 'en', 'World'],
  ] as const)('names %s in %s: %s', (code, locale, name) => {
    expect(economyName(code, locale)).toBe(name);
  });

  it('defaults to English', () => {
    expect(economyName('KHM')).toBe('Cambodia');
  });

  it('agrees with the table for every economy and locale', () => {
    for (const economy of listEconomies()) {
      for (const locale of LOCALES) {
        expect(economyName(economy.code, locale)).toBe(getEconomy(economy.code).names[locale]);
      }
    }
  });

  it('throws UNKNOWN_ECONOMY naming an unknown code', () => {
    expect(() => economyName('XYZ', 'vi')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message: expect.stringContaining('"XYZ" is not a known economy code'),
      }),
    );
  });

  it('throws INVALID_INPUT naming an unsupported locale', () => {
    expect(() => economyName('LAO', 'fr' as Locale)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['locale'],
            message: '"fr" is not a supported locale (one of "en", "vi", "lo", "zh")',
          },
        ],
      }),
    );
  });
});
