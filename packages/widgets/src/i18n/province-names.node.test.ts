import { laosChina, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { lo } from './messages-lo.js';
import { vi } from './messages-vi.js';
import { zh } from './messages-zh.js';
import { provinceNamesIn } from './province-names.js';

describe('provinceNamesIn (h208: the gates’ provinces in the reader’s language)', () => {
  const named = [vietnamLaos, laosChina].flatMap((dataset) =>
    dataset.crossings.flatMap((crossing) =>
      crossing.sides.flatMap((side) => (side.province ? [side.province.name] : [])),
    ),
  );

  it('names every province of the embedded datasets in each language, from the core’s table', () => {
    expect(named.length).toBeGreaterThan(20);
    for (const [locale, messages] of [
      ['vi', vi],
      ['lo', lo],
      ['zh', zh],
    ] as const) {
      const names = messages.provinceNames ?? {};
      const missing = named.filter((name) => names[name] === undefined);
      expect(missing, locale).toEqual([]);
    }
    expect(zh.provinceNames?.['Luang Namtha']).toBe('琅南塔');
    expect(zh.provinceNames?.['Quảng Trị']).toBe('广治');
    expect(lo.provinceNames?.['Quảng Trị']).toBe('ກວາງຈິ');
    expect(vi.provinceNames?.Khammouane).toBe('Khăm Muộn');
    expect(vi.provinceNames?.['Quảng Trị']).toBe('Quảng Trị');
  });

  it('finds a province by its English name as well as its Vietnamese one', () => {
    const names = provinceNamesIn('zh');
    expect([names['Quang Tri'], names['Quảng Trị'], names['Thua Thien Hue']]).toEqual([
      '广治',
      '广治',
      '承天顺化',
    ]);
  });
});
