import { describe, expect, it } from 'vitest';
import { ECONOMIES, ECONOMY_CODES } from './economies.js';
import { LOCALES, listEconomies } from './index.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';
import { EconomySchema } from './schemas.js';

const LAO_SCRIPT = /^[\u0E80-\u0EFF]+(?:[ -][\u0E80-\u0EFF]+)*$/;
const HAN = /^[\u4E00-\u9FFF]+$/;

const uniqueValues = (values: readonly unknown[]) => new Set(values).size === values.length;

describe('the economy table', () => {
  const table = listEconomies();

  it('is the table ECONOMY_CODES lists, in the same order and without duplicates', () => {
    expect(table).toBe(ECONOMIES);
    expect(table.map((economy) => economy.code)).toEqual([...ECONOMY_CODES]);
    expect(uniqueValues(ECONOMY_CODES)).toBe(true);
  });

  it('covers ASEAN, Timor-Leste, the main partners, the World, the EU and the special areas', () => {
    const required = [
      ...['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'TLS'],
      ...['CHN', 'JPN', 'KOR', 'IND', 'USA', 'DEU', 'FRA', 'NLD', 'ITA', 'GBR', 'AUS', 'RUS'],
      ...['TWN', 'HKG', 'BRA', 'CAN', 'CHE', 'NOR', 'EUN', 'WLD', 'XNS', 'XBK'],
    ];
    expect(table.map((economy) => economy.code)).toEqual(expect.arrayContaining(required));
  });

  it.each(table.map((economy) => [economy.code, economy] as const))(
    '%s matches EconomySchema',
    (_code, economy) => {
      expect(EconomySchema.safeParse(economy).error?.issues).toBeUndefined();
    },
  );

  it('has unique codes in every system', () => {
    expect(uniqueValues(table.map((economy) => economy.code))).toBe(true);
    expect(uniqueValues(table.map((economy) => economy.iso2).filter((iso2) => iso2 !== null))).toBe(
      true,
    );
    expect(uniqueValues(table.map((economy) => economy.m49).filter((m49) => m49 !== null))).toBe(
      true,
    );
    expect(uniqueValues(table.map((economy) => economy.comtradeCode))).toBe(true);
    expect(uniqueValues(table.map((economy) => economy.comtradeIso))).toBe(true);
  });

  it('gives every economy a non-empty, trimmed, NFC name in every locale, unique per locale', () => {
    for (const locale of LOCALES) {
      const names = table.map((economy) => economy.names[locale]);
      for (const name of names) {
        expect(name.length).toBeGreaterThan(0);
        expect(name.trim()).toBe(name);
        expect(name.normalize('NFC')).toBe(name);
      }
      expect(uniqueValues(names), `duplicate ${locale} name`).toBe(true);
    }
  });

  it('writes Lao names in Lao script and Chinese names in Han characters', () => {
    for (const economy of table.filter((entry) => entry.kind !== 'area')) {
      expect(economy.names.lo, economy.code).toMatch(LAO_SCRIPT);
      expect(economy.names.zh, economy.code).toMatch(HAN);
    }
  });

  it('spells the names that matter most for the Vietnam–Laos–China datasets', () => {
    const names = Object.fromEntries(table.map((economy) => [economy.code, economy.names]));
    expect(names.VNM).toEqual({ en: 'Vietnam', vi: 'Việt Nam', lo: 'ຫວຽດນາມ', zh: '越南' });
    expect(names.LAO).toEqual({ en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' });
    expect(names.CHN).toEqual({ en: 'China', vi: 'Trung Quốc', lo: 'ຈີນ', zh: '中国' });
    expect(names.THA).toEqual({ en: 'Thailand', vi: 'Thái Lan', lo: 'ໄທ', zh: '泰国' });
    expect(names.KHM).toEqual({ en: 'Cambodia', vi: 'Campuchia', lo: 'ກຳປູເຈຍ', zh: '柬埔寨' });
  });

  it('gives the special areas, which no source translates, their English name in every locale', () => {
    for (const economy of table.filter((entry) => entry.kind === 'area')) {
      const { en } = economy.names;
      expect(economy.names, economy.code).toEqual({ en, vi: en, lo: en, zh: en });
      expect(economy.note, economy.code).toMatch(/Names in vi, lo and zh are the English one/);
    }
  });

  it('differs between M49 and Comtrade exactly where Comtrade codes a customs territory', () => {
    const differing = Object.fromEntries(
      table
        .filter((economy) => economy.m49 !== null && economy.m49 !== economy.comtradeCode)
        .map((economy) => [economy.code, [economy.m49, economy.comtradeCode]]),
    );
    expect(differing).toEqual({
      IND: [356, 699],
      USA: [840, 842],
      FRA: [250, 251],
      ITA: [380, 381],
      TWN: [158, 490],
      CHE: [756, 757],
      NOR: [578, 579],
      WLD: [1, 0],
    });
  });

  it('keeps Vietnam, Laos and China on equal M49 and Comtrade codes', () => {
    const codes = (code: string) => {
      const economy = table.find((entry) => entry.code === code);
      return [economy?.m49, economy?.comtradeCode];
    };
    expect(codes('VNM')).toEqual([704, 704]);
    expect(codes('LAO')).toEqual([418, 418]);
    expect(codes('CHN')).toEqual([156, 156]);
  });

  it('never uses one economy’s Comtrade code as another economy’s M49 code', () => {
    for (const economy of table) {
      const clash = table.find((other) => other !== economy && other.m49 === economy.comtradeCode);
      expect(clash, economy.code).toBeUndefined();
    }
  });

  it('prints the alpha-3 code in Comtrade files, except for Taiwan, the groups and the areas', () => {
    const special = table
      .filter((economy) => economy.comtradeIso !== economy.code)
      .map((economy) => [economy.code, economy.comtradeIso]);
    expect(special).toEqual([
      ['TWN', 'S19'],
      ['EUN', 'EUR'],
      ['WLD', 'W00'],
      ['XNS', '_X'],
      ['XBK', 'X2'],
    ]);
  });

  it('has the World and the EU as aggregates and two areas, the only entries without an alpha-2 code', () => {
    const kinds = (kind: string) =>
      table.filter((economy) => economy.kind === kind).map((economy) => economy.code);
    expect(kinds('aggregate')).toEqual(['EUN', 'WLD']);
    expect(kinds('area')).toEqual(['XNS', 'XBK']);
    expect(table.filter((economy) => economy.iso2 === null).map((economy) => economy.code)).toEqual(
      ['EUN', 'WLD', 'XNS', 'XBK'],
    );
  });

  it('gives the groups and areas codes that name no ISO 3166-1 country', () => {
    for (const economy of table.filter((entry) => entry.kind !== 'country')) {
      expect(ALPHA2_BY_ALPHA3.has(economy.code), economy.code).toBe(false);
    }
  });

  it('explains every uncertain entry in a note', () => {
    for (const economy of table.filter((entry) => entry.uncertain)) {
      expect(economy.note, economy.code).toBeTruthy();
    }
  });

  it('is frozen, entries and names included', () => {
    expect(Object.isFrozen(table)).toBe(true);
    for (const economy of table) {
      expect(Object.isFrozen(economy)).toBe(true);
      expect(Object.isFrozen(economy.names)).toBe(true);
    }
  });
});
