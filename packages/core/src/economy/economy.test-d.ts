import { describe, expectTypeOf, it } from 'vitest';
import {
  type BorderProvince,
  type Economy,
  type EconomyCode,
  economyName,
  getEconomy,
  type Locale,
  listProvinces,
  provinceAt,
} from './index.js';
import { parseEconomyCode } from './schemas.js';

describe('economy types', () => {
  it('types codes as the known literals', () => {
    expectTypeOf(getEconomy('VNM')).toEqualTypeOf<Economy>();
    expectTypeOf(getEconomy('VNM').code).toEqualTypeOf<EconomyCode>();
    expectTypeOf(parseEconomyCode('LAO')).toEqualTypeOf<EconomyCode>();
    expectTypeOf<'VNM'>().toMatchTypeOf<EconomyCode>();
    // @ts-expect-error 'XYZ' is not a known economy code
    const unknown: EconomyCode = 'XYZ';
    void unknown;
  });

  it('accepts only supported locales', () => {
    expectTypeOf(economyName('LAO', 'lo')).toEqualTypeOf<string>();
    // @ts-expect-error French is not a supported locale
    economyName('LAO', 'fr');
    // @ts-expect-error a locale is not a number
    const locale: Locale = 1;
    void locale;
  });

  it('refuses a number where a code or a province id is expected', () => {
    // @ts-expect-error getEconomy reads alpha-3 codes; numbers go through economyFromM49
    getEconomy(704);
    // @ts-expect-error a date is a Date or a YYYY-MM-DD string
    provinceAt('VN-KON-TUM', 20250701);
    expectTypeOf(listProvinces('VNM')).toEqualTypeOf<readonly BorderProvince[]>();
  });

  it('keeps the tables read-only', () => {
    const economy = getEconomy('VNM');
    // @ts-expect-error an economy is read-only
    economy.m49 = 0;
  });
});
