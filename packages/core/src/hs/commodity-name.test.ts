import { describe, expect, it } from 'vitest';
import { commodityName, HS_NOMENCLATURE_SOURCE } from './commodity-name.js';

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ code, issues: [expect.objectContaining({ path })] });

describe('commodityName', () => {
  it('names soya beans, their chapter and their section', () => {
    expect(commodityName('1201')).toEqual({
      code: '1201',
      level: 'heading',
      name: 'Soya beans, whether or not broken',
    });
    expect(commodityName('12').name).toMatch(/^Oil seeds and oleaginous fruits/);
    expect(commodityName('120190', { level: 'section' })).toEqual({
      code: 'II',
      level: 'section',
      name: 'Vegetable products',
    });
    expect(commodityName('II')).toEqual(commodityName('1201', { level: 'section' }));
    expect(commodityName('XXI').name).toBe("Works of art, collectors' pieces and antiques");
  });

  it('names 6- and 8-digit codes by their heading, with leading zeros kept', () => {
    expect(commodityName('09012100')).toMatchObject({ code: '0901', level: 'heading' });
    expect(commodityName('0901').name).toMatch(/^Coffee/);
    expect(commodityName('271019', { level: 'chapter' })).toMatchObject({ code: '27' });
  });

  it('gives null with a reason for codes HS 2022 does not have', () => {
    expect(commodityName('1299')).toEqual({
      code: '1299',
      level: 'heading',
      name: null,
      reason: 'not-in-nomenclature',
      message: 'HS 2022 has no heading 1299',
    });
    expect(commodityName('77')).toMatchObject({ name: null, reason: 'not-in-nomenclature' });
    expect(commodityName('9801', { level: 'section' })).toMatchObject({
      code: null,
      name: null,
      message: 'HS chapter 98 is in no section of HS 2022',
    });
    expect(commodityName('XXII')).toMatchObject({ code: 'XXII', name: null });
    // Comtrade's "not specified" chapter is named although it is in no section.
    expect(commodityName('9999').name).toBe('Commodities not specified according to kind');
  });

  it('refuses what is not a code or a level, with the path', () => {
    expect(() => commodityName('soy')).toThrow(refused('INVALID_INPUT', ['code']));
    expect(() => commodityName('')).toThrow(refused('INVALID_INPUT', ['code']));
    expect(() => commodityName(1201 as never)).toThrow(refused('INVALID_INPUT', ['code']));
    expect(() => commodityName('12', { level: 'heading' })).toThrow(
      refused('INVALID_INPUT', ['options', 'level']),
    );
    expect(() => commodityName('120190', { level: 'subheading' as never })).toThrow(
      refused('INVALID_INPUT', ['options', 'level']),
    );
    expect(() => commodityName('II', { level: 'chapter' })).toThrow(
      refused('INVALID_INPUT', ['options', 'level']),
    );
    expect(() => commodityName('1201', null as never)).toThrow(
      refused('INVALID_INPUT', ['options']),
    );
  });

  it('cites its source', () => {
    expect(HS_NOMENCLATURE_SOURCE).toMatch(/datasets\/harmonized-system.*commit [0-9a-f]{40}.*ODC/);
  });
});
