import { laosChina, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { provinceNamesIn } from './province-names.js';

describe('provinceNamesIn (h208: the gates’ provinces in the reader’s language)', () => {
  const named = [vietnamLaos, laosChina].flatMap((dataset) =>
    dataset.crossings.flatMap((crossing) =>
      crossing.sides.flatMap((side) => (side.province ? [side.province.name] : [])),
    ),
  );

  it('names every province of the embedded datasets in each language, from the core’s table', () => {
    expect(named.length).toBeGreaterThan(20);
    for (const locale of ['vi', 'lo', 'zh'] as const) {
      const names = provinceNamesIn(locale);
      const missing = named.filter((name) => names[name] === undefined);
      expect(missing, locale).toEqual([]);
    }
    expect(provinceNamesIn('zh')['Luang Namtha']).toBe('琅南塔');
    expect(provinceNamesIn('zh')['Quảng Trị']).toBe('广治');
    expect(provinceNamesIn('lo')['Quảng Trị']).toBe('ກວາງຈິ');
    expect(provinceNamesIn('vi').Khammouane).toBe('Khăm Muộn');
    expect(provinceNamesIn('vi')['Quảng Trị']).toBe('Quảng Trị');
  });

  it('finds a province by its English name as well as its Vietnamese one', () => {
    const names = provinceNamesIn('zh');
    expect([names['Quang Tri'], names['Quảng Trị'], names['Thua Thien Hue']]).toEqual([
      '广治',
      '广治',
      '承天顺化',
    ]);
  });

  it('makes each language’s names once (the gates ask on each drawing)', () => {
    expect(provinceNamesIn('lo')).toBe(provinceNamesIn('lo'));
    expect(provinceNamesIn('lo')).not.toBe(provinceNamesIn('zh'));
  });
});
